#!/usr/bin/env node
// Writes a synthetic but realistic data set of a Chinese 4S dealership's after-sales department:
// repair orders (CSV in UTF-8 and GB18030, Parquet), the customer base, call-back surveys and
// campaigns. Same seed and counts give byte-identical CSV files. Run with --help for the options.

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChecks } from './sample-data/check.mjs';
import { DEFAULTS, generateSampleData, ORDER_FORMATS } from './sample-data/generator.mjs';

/** Longest range: its first month, December 2016, still follows the oldest purchase dates (2015). */
const MAX_MONTHS = 120;

export const DEFAULT_OUT = fileURLToPath(new URL('../demo/data/', import.meta.url));

const HELP = `Usage: node scripts/generate-sample-data.mjs [options]

  --out DIR          output folder (default: demo/data/)
  --orders N         number of repair orders (default: ${DEFAULTS.orders})
  --customers N      number of customers in the base (default: orders / 5, at least ${DEFAULTS.minCustomers})
  --seed S           integer seed of the random streams (default: ${DEFAULTS.seed})
  --months N         months of data ending ${DEFAULTS.endDate} (default: ${DEFAULTS.months}, 24 to ${MAX_MONTHS})
  --formats LIST     order files to write, comma-separated: ${ORDER_FORMATS.join(',')} (default: all)
  --check            after writing, verify row counts and totals, and that a small run repeats byte for byte
  --quiet            print nothing but errors
  --help             show this text`;

/** Parses and validates the command line. Throws an Error whose message names the invalid option. */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      orders: { type: 'string' },
      customers: { type: 'string' },
      seed: { type: 'string' },
      months: { type: 'string' },
      formats: { type: 'string' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });

  const orders = positiveInteger(values.orders ?? String(DEFAULTS.orders), '--orders');
  const customers = values.customers === undefined ? Math.max(DEFAULTS.minCustomers, Math.round(orders * DEFAULTS.customersPerOrder)) : positiveInteger(values.customers, '--customers');
  const months = positiveInteger(values.months ?? String(DEFAULTS.months), '--months');
  if (months < 24 || months > MAX_MONTHS) {
    throw new Error(`Invalid --months ${months}: use 24 to ${MAX_MONTHS} (24 months are needed for the 12-month churn figures, and the vehicle and holiday tables start in 2016).`);
  }
  const formats = (values.formats ?? ORDER_FORMATS.join(',')).split(',').map((format) => format.trim()).filter(Boolean);
  const unknown = formats.filter((format) => !ORDER_FORMATS.includes(format));
  if (unknown.length > 0) throw new Error(`Invalid --formats value "${unknown.join(',')}": use a comma-separated list of ${ORDER_FORMATS.join(', ')}.`);

  return {
    help: values.help,
    check: values.check,
    quiet: values.quiet,
    out: values.out ?? DEFAULT_OUT,
    orders,
    customers,
    seed: integer(values.seed ?? String(DEFAULTS.seed), '--seed'),
    months,
    endDate: DEFAULTS.endDate,
    formats,
  };
}

function integer(text, option) {
  if (!/^-?\d+$/.test(text)) throw new Error(`Invalid ${option} "${text}": expected an integer.`);
  return Number(text);
}

function positiveInteger(text, option) {
  const value = integer(text.replaceAll('_', ''), option);
  if (value < 1 || !Number.isSafeInteger(value)) throw new Error(`Invalid ${option} "${text}": expected a whole number of at least 1.`);
  return value;
}

function printSummary(summary, seconds) {
  const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`Wrote ${summary.orders} orders (${summary.orderRows} rows with ${summary.duplicates} duplicates), ${summary.customers} customers, ${summary.surveys} surveys and ${summary.campaigns} campaigns to ${summary.out} in ${seconds.toFixed(1)} s:`);
  for (const [name, bytes] of Object.entries(summary.files)) console.log(`  ${name.padEnd(20)} ${megabytes(bytes)}`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return;
  }
  const started = performance.now();
  const summary = await generateSampleData(options);
  if (!options.quiet) printSummary(summary, (performance.now() - started) / 1000);
  if (summary.orders < options.orders) {
    console.warn(`Warning: wrote ${summary.orders} of ${options.orders} orders because too few customers were active at the end of the range; raise --customers.`);
  }
  if (options.check) {
    const failures = await runChecks(summary, options);
    if (failures.length > 0) {
      for (const failure of failures) console.error(`check failed: ${failure}`);
      process.exitCode = 1;
    } else if (!options.quiet) {
      console.log('All checks passed.');
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    const hint = error.code?.startsWith('ERR_PARSE_ARGS') || error.message.startsWith('Invalid --') ? ' Run with --help for the options.' : '';
    console.error(`generate-sample-data: ${error.message.replace(/\.?$/, '.')}${hint}`);
    process.exitCode = 1;
  });
}
