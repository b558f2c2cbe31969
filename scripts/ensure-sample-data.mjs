#!/usr/bin/env node
// Generates the demo's sample data (demo/data/) with the default options when any file is missing,
// so `npm start` works on a fresh clone. Existing files are left as they are: delete the folder or
// run `npm run sample-data` to write them again.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OUT, parseOptions } from './generate-sample-data.mjs';
import { FILES, generateSampleData } from './sample-data/generator.mjs';

// The generator moves orders.parquet into place after every other file is complete, so an interrupted
// run leaves it missing and the next start generates the whole set again.
const missing = Object.values(FILES).filter((name) => !existsSync(join(DEFAULT_OUT, name)));
if (missing.length > 0) {
  console.log(`Sample data missing in ${DEFAULT_OUT} (${missing.join(', ')}): generating it.`);
  try {
    const summary = await generateSampleData(parseOptions([]));
    console.log(`Wrote ${summary.orders} orders, ${summary.customers} customers and ${summary.surveys} surveys.`);
  } catch (error) {
    console.error(`ensure-sample-data: generating the sample data failed: ${error.message}`);
    process.exitCode = 1;
  }
}
