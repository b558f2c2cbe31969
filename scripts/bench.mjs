#!/usr/bin/env node
// `npm run bench`: generates order files of several sizes, serves bench/index.html with vite on
// 127.0.0.1, drives headless Chromium through it and prints the median time of each step and the
// p50 and p95 latency of cross-filter clicks. Results are written as JSON to bench/results/. Run with
// --help for the options.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { DEFAULTS, FILES, generateSampleData, ORDER_FORMATS } from './sample-data/generator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = join(ROOT, 'bench', 'data');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Any request to a host other than this machine fails at once instead of leaving the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const HELP = `Usage: node scripts/bench.mjs [options]

  --runs N        measured runs per size and format; the median is reported; 0 skips the load
                  measurements (default: 3)
  --sizes LIST    order counts, comma-separated (default: 100000,1000000)
  --formats LIST  order files to load: csv, parquet, gb18030 (the CSV in GB18030) (default: csv,parquet)
  --clicks N      measured cross-filter clicks per size, after one warm-up click; 0 skips the
                  cross-filter measurement (default: 20)
  --profile       after each run, load the file once more and print the time of each SQL
                  statement of that load; with cross-filter clicks, print the time of each query
                  batch a click sends (both are written to the JSON too)
  --port N        port of the vite dev server on 127.0.0.1 (default: 5199)
  --help          show this text`;

/**
 * Steps measured in each run, in order, on a fresh browser context (no HTTP cache, a new engine).
 * Each returns the page's `{ ms, detail }`. To measure something new, add a step to bench/bench.ts
 * and one entry here.
 */
const STEPS = [
  { name: 'engineStart', label: 'engine start', run: (page) => callStep(page, 'engineStart') },
  { name: 'fetchFile', label: 'fetch file', run: (page, scenario) => callStep(page, 'fetchFile', scenario.url) },
  { name: 'loadOrders', label: 'load (loadTable)', run: (page, scenario) => callStep(page, 'loadOrders', scenario.loadFormat) },
  // The same load again on the same page, without the first load's one-time work (such as compiling parquet-wasm).
  { name: 'reloadOrders', label: 'load again', run: (page, scenario) => callStep(page, 'loadOrders', scenario.loadFormat) },
  { name: 'drawServiceMix', label: '<service-mix> ready', run: (page) => callStep(page, 'drawServiceMix') },
  { name: 'queryServiceMix', label: 'service-mix queries', run: (page) => callStep(page, 'queryServiceMix') },
];

function callStep(page, name, ...args) {
  return page.evaluate(([stepName, stepArgs]) => window.aftersalesBench[stepName](...stepArgs), [name, args]);
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '100000,1000000' },
      formats: { type: 'string', default: 'csv,parquet' },
      clicks: { type: 'string', default: '20' },
      profile: { type: 'boolean', default: false },
      port: { type: 'string', default: '5199' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const positive = (text, option) => {
    const value = Number(text.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`Invalid ${option} "${text}": expected a whole number of at least 1.`);
    return value;
  };
  const formats = values.formats.split(',').map((format) => format.trim());
  for (const format of formats) {
    if (!ORDER_FORMATS.includes(format)) throw new Error(`Invalid --formats value "${format}": use a comma-separated list of ${ORDER_FORMATS.join(', ')}.`);
  }
  const wholeNumber = (text, option) => {
    const value = Number(text.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Invalid ${option} "${text}": expected a whole number of at least 0.`);
    return value;
  };
  return {
    help: values.help,
    clicks: wholeNumber(values.clicks, '--clicks'),
    profile: values.profile,
    runs: wholeNumber(values.runs, '--runs'),
    sizes: values.sizes.split(',').map((size) => positive(size.trim(), '--sizes')),
    formats,
    port: positive(values.port, '--port'),
  };
}

/** Generates the order files of one size into bench/data/orders-SIZE/ unless they exist. */
async function ensureData(size, formats) {
  const out = join(DATA_DIR, `orders-${size}`);
  const needed = [...formats.map((format) => FILES[format]), FILES.customers, FILES.surveys, FILES.campaigns];
  if (needed.every((file) => existsSync(join(out, file)))) return out;
  console.log(`Generating ${size} orders into ${out} ...`);
  const customers = Math.max(DEFAULTS.minCustomers, Math.round(size * DEFAULTS.customersPerOrder));
  await generateSampleData({ out, orders: size, customers, seed: DEFAULTS.seed, months: DEFAULTS.months, endDate: DEFAULTS.endDate, formats: ORDER_FORMATS.filter((format) => format !== 'gb18030' || formats.includes(format)) });
  return out;
}

/** Commit of the working tree and whether src/ has uncommitted changes, which the dev server also serves. */
function sourceVersion() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, uncommittedSrcChanges: changed };
  } catch (error) {
    console.warn(`bench: reading the git commit failed, so the results name none: ${error.message}`);
    return { commit: null, uncommittedSrcChanges: null };
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Opens the bench page in a new browser context and waits until its steps are available. */
async function openBenchPage(browser, baseUrl, errors) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/bench/index.html`);
  await page.waitForFunction(() => window.aftersalesBench !== undefined, null, { timeout: 120_000 });
  return { context, page };
}

async function runScenario(browser, baseUrl, scenario, runs, profile) {
  const samples = Object.fromEntries(STEPS.map((step) => [step.name, []]));
  const details = [];
  for (let run = 1; run <= runs; run += 1) {
    const errors = [];
    const { context, page } = await openBenchPage(browser, baseUrl, errors);
    try {
      const runDetail = {};
      for (const step of STEPS) {
        const result = await step.run(page, scenario);
        samples[step.name].push(result.ms);
        runDetail[step.name] = result.detail ?? null;
      }
      // Staging a Parquet file in parts, so the breakdown shows where its load time goes.
      if (scenario.loadFormat === 'parquet') runDetail.parquetStages = (await callStep(page, 'parquetStages')).detail;
      if (profile) {
        const statements = await callStep(page, 'profileLoad', scenario.loadFormat);
        runDetail.profileLoad = { ms: statements.ms, statements: statements.detail };
        console.log(`  ${scenario.label} run ${run}: profiled load ${Math.round(statements.ms)} ms, statements taking 100 ms or more:`);
        for (const [sql, ms] of Object.entries(statements.detail)) if (ms >= 100) console.log(`    ${String(ms).padStart(6)} ms  ${sql}`);
      }
      details.push(runDetail);
      console.log(`  ${scenario.label} run ${run}: ${STEPS.map((step) => `${step.name} ${Math.round(samples[step.name].at(-1))} ms`).join(', ')}`);
      const { stageMs, cleanMs } = runDetail.loadOrders;
      const parts = runDetail.parquetStages ? `; Parquet staging in parts: ${JSON.stringify(runDetail.parquetStages)}` : '';
      console.log(`  ${scenario.label} run ${run}: first load staged in ${stageMs} ms and cleaned in ${cleanMs} ms${parts}`);
    } finally {
      await context.close();
      for (const error of errors) console.warn(`  ${scenario.label} run ${run}: ${error}`);
    }
  }
  const medians = Object.fromEntries(STEPS.map((step) => [step.name, median(samples[step.name])]));
  return { ...scenario, medians, samples, details };
}

/** Nearest-rank percentile: the smallest sample with at least `percent`% of the samples at or below it. */
const percentile = (values, percent) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)];
};

/**
 * Loads the whole data set of one size (orders from the CSV, customers, surveys, campaigns) on a fresh
 * page, mounts the five widgets in one group and clicks `clicks + 1` times. The first click is a
 * warm-up and is left out of the percentiles.
 */
async function runCrossFilter(browser, baseUrl, size, clicks, profile) {
  const errors = [];
  const { context, page } = await openBenchPage(browser, baseUrl, errors);
  try {
    await callStep(page, 'engineStart');
    const load = await callStep(page, 'loadDataSet', `/bench/data/orders-${size}`);
    console.log(`  ${size} cross-filter: loaded the four tables in ${Math.round(load.ms)} ms (${JSON.stringify(load.detail)})`);
    const mount = await callStep(page, 'mountWidgets');
    console.log(`  ${size} cross-filter: five widgets ready in ${Math.round(mount.ms)} ms`);
    const samples = [];
    for (let click = 0; click <= clicks; click += 1) {
      const result = await callStep(page, 'crossFilterClick', click, profile);
      samples.push({ click, ms: result.ms, ...result.detail });
      const { source, row, action, rows, ...rest } = result.detail;
      const perWidget = Object.fromEntries(Object.entries(rest).filter(([key]) => key.endsWith('Ms')));
      console.log(`  ${size} cross-filter click ${click}${click === 0 ? ' (warm-up)' : ''}: ${action} ${source} row ${row} of ${rows}, ${Math.round(result.ms)} ms ${JSON.stringify(perWidget)}`);
      if (profile) {
        for (const [sql, ms] of Object.entries(rest)) if (!sql.endsWith('Ms')) console.log(`    ${String(ms).padStart(6)} ms  ${sql}`);
      }
    }
    const measured = samples.slice(1).map((sample) => sample.ms);
    return {
      size,
      loadMs: load.ms,
      loadDetail: load.detail,
      widgetsReadyMs: mount.ms,
      clicks: measured.length,
      p50: percentile(measured, 50),
      p95: percentile(measured, 95),
      max: Math.max(...measured),
      warmUpMs: samples[0].ms,
      samples,
    };
  } finally {
    await context.close();
    for (const error of errors) console.warn(`  ${size} cross-filter: ${error}`);
  }
}

function printCrossFilterTable(results) {
  console.log('| orders | load 4 tables | 5 widgets ready | clicks | click p50 | click p95 | click max |');
  console.log('|---|---|---|---|---|---|---|');
  const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
  for (const result of results) {
    console.log(`| ${result.size.toLocaleString('en-US')} | ${ms(result.loadMs)} | ${ms(result.widgetsReadyMs)} | ${result.clicks} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.max)} |`);
  }
}

function printTable(results) {
  const header = ['orders', 'format', 'MB', ...STEPS.map((step) => step.label)];
  const rows = results.map((result) => [
    result.size.toLocaleString('en-US'),
    result.format,
    (result.bytes / 1e6).toFixed(1),
    ...STEPS.map((step) => `${Math.round(result.medians[step.name]).toLocaleString('en-US')} ms`),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return;
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium package (see README).`);

  const scenarios = [];
  for (const size of options.sizes) {
    const folder = await ensureData(size, options.formats);
    for (const format of options.formats) {
      const file = FILES[format];
      // loadTable knows two formats. GB18030 is a CSV whose encoding it detects.
      const loadFormat = format === 'parquet' ? 'parquet' : 'csv';
      scenarios.push({ size, format, loadFormat, label: `${size} ${format}`, url: `/bench/data/orders-${size}/${file}`, bytes: statSync(join(folder, file)).size });
    }
  }

  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    // Scan only the bench page for dependencies to pre-bundle, not the build inputs of vite.config.ts.
    optimizeDeps: { entries: ['bench/index.html'] },
    server: { host: '127.0.0.1', port: options.port, strictPort: true, open: false, hmr: false, watch: { ignored: ['**/bench/data/**', '**/bench/results/**'] } },
  });
  let browser = null;
  try {
    await server.listen();
    const baseUrl = `http://127.0.0.1:${options.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    console.log(`Chromium ${browser.version()}, vite dev server at ${baseUrl}, ${options.runs} runs per scenario.`);

    // One unmeasured page load lets vite pre-bundle the dependencies before the first measured run.
    const warmup = await openBenchPage(browser, baseUrl, []);
    await callStep(warmup.page, 'engineStart');
    await warmup.context.close();

    // Other processes on the machine slow the steps down; the load averages record how busy it was.
    const loadBefore = loadavg();
    const results = [];
    if (options.runs > 0) {
      for (const scenario of scenarios) results.push(await runScenario(browser, baseUrl, scenario, options.runs, options.profile));
    }
    const crossFilter = [];
    if (options.clicks > 0) {
      for (const size of options.sizes) crossFilter.push(await runCrossFilter(browser, baseUrl, size, options.clicks, options.profile));
    }
    const loadAfter = loadavg();

    if (results.length > 0) printTable(results);
    if (crossFilter.length > 0) {
      console.log('');
      printCrossFilterTable(crossFilter);
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(RESULTS_DIR, `bench-${stamp}.json`);
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: browser.version(),
      loadAverage1mBefore: loadBefore[0],
      loadAverage1mAfter: loadAfter[0],
    };
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), source: sourceVersion(), machine, runs: options.runs, steps: STEPS.map(({ name, label }) => ({ name, label })), results, crossFilter }, null, 2)}\n`);
    console.log(`Load average (1 min) ${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after the runs, on ${machine.cpus} CPUs.`);
    console.log(`Results written to ${file}`);
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
