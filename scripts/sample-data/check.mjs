// Self-checks of a generated data set (`--check`): row counts, money totals, links between the files,
// and that the same seed writes the same bytes. Returns a list of failure messages, empty when all pass.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FILES, generateSampleData } from './generator.mjs';
import { quoteLiteral, withDuckDB } from './parquet.mjs';

const DETERMINISM_ORDERS = 2000;

export async function runChecks(summary, options) {
  const failures = [];
  const expect = (condition, message) => {
    if (!condition) failures.push(message);
  };
  const out = summary.out;
  expect(summary.orders === options.orders, `wrote ${summary.orders} orders, expected ${options.orders} (too few customers for the range?)`);

  await withDuckDB(async (connection) => {
    const value = async (sql) => Object.values((await connection.runAndReadAll(sql)).getRowObjectsJS()[0])[0];
    const csv = (name) => `read_csv(${quoteLiteral(join(out, name))}, header = true, all_varchar = true)`;

    if (options.formats.includes('csv')) {
      const rows = Number(await value(`SELECT count(*) FROM ${csv(FILES.csv)}`));
      expect(rows === summary.orderRows, `${FILES.csv} has ${rows} data rows, expected ${summary.orderRows}`);
      const distinct = Number(await value(`SELECT count(DISTINCT 工单号) FROM ${csv(FILES.csv)}`));
      expect(distinct === summary.orders, `${FILES.csv} has ${distinct} distinct RO numbers, expected ${summary.orders}`);
    }

    if (options.formats.includes('gb18030') && options.formats.includes('csv')) {
      const decoded = iconv.decode(readFileSync(join(out, FILES.gb18030)), 'gb18030');
      const utf8 = readFileSync(join(out, FILES.csv), 'utf8');
      expect(decoded === utf8, `${FILES.gb18030} does not decode to the text of ${FILES.csv}`);
    }

    if (options.formats.includes('parquet')) {
      const orders = `read_parquet(${quoteLiteral(join(out, FILES.parquet))})`;
      const rows = Number(await value(`SELECT count(*) FROM ${orders}`));
      expect(rows === summary.orderRows, `${FILES.parquet} has ${rows} rows, expected ${summary.orderRows}`);
      const badTotals = Number(await value(`SELECT count(*) FROM ${orders} WHERE 合计金额 <> 工时费 + 配件费`));
      expect(badTotals === 0, `${badTotals} orders have 合计金额 different from 工时费 + 配件费`);
      const outside = Number(await value(`SELECT count(*) FROM ${orders} o JOIN ${csv(FILES.campaigns)} c USING (活动编号) WHERE o.结算日期 NOT BETWEEN c.开始日期::DATE AND c.结束日期::DATE`));
      expect(outside === 0, `${outside} orders carry a campaign code outside the campaign's dates`);
      const unknownCustomers = Number(await value(`SELECT count(*) FROM ${orders} WHERE 客户编号 NOT IN (SELECT 客户编号 FROM ${csv(FILES.customers)})`));
      expect(unknownCustomers === 0, `${unknownCustomers} orders name a customer ID missing from ${FILES.customers}`);
      const unknownOrders = Number(await value(`SELECT count(*) FROM ${csv(FILES.surveys)} WHERE 工单号 NOT IN (SELECT 工单号 FROM ${orders})`));
      expect(unknownOrders === 0, `${unknownOrders} surveys name an RO number missing from the orders`);
    }

    const customers = Number(await value(`SELECT count(*) FROM ${csv(FILES.customers)}`));
    expect(customers === summary.customers, `${FILES.customers} has ${customers} rows, expected ${summary.customers}`);
    const surveys = Number(await value(`SELECT count(*) FROM ${csv(FILES.surveys)}`));
    expect(surveys === summary.surveys, `${FILES.surveys} has ${surveys} rows, expected ${summary.surveys}`);
    const badScores = Number(await value(`SELECT count(*) FROM ${csv(FILES.surveys)} WHERE NOT (服务态度::INT BETWEEN 1 AND 5 AND 服务速度::INT BETWEEN 1 AND 5 AND 服务质量::INT BETWEEN 1 AND 5 AND 价格满意度::INT BETWEEN 1 AND 5 AND 总体评分::INT BETWEEN 1 AND 5 AND 推荐意愿::INT BETWEEN 0 AND 10)`));
    expect(badScores === 0, `${badScores} surveys have a score outside 1–5 (推荐意愿 outside 0–10)`);
  });

  failures.push(...(await checkDeterminism(options.seed)));
  return failures;
}

/** Two small runs with the same seed must write identical CSV bytes, and another seed different ones. */
async function checkDeterminism(seed) {
  const failures = [];
  const folders = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'sample-data-check-')));
  try {
    const run = (out, runSeed) => generateSampleData({ out, orders: DETERMINISM_ORDERS, customers: 400, seed: runSeed, months: 36, endDate: '2026-11-30', formats: ['csv', 'gb18030'] });
    await run(folders[0], seed);
    await run(folders[1], seed);
    await run(folders[2], seed + 1);
    for (const name of [FILES.csv, FILES.gb18030, FILES.customers, FILES.surveys, FILES.campaigns]) {
      const first = readFileSync(join(folders[0], name));
      if (!first.equals(readFileSync(join(folders[1], name)))) failures.push(`${name} differs between two runs with seed ${seed}`);
    }
    if (readFileSync(join(folders[0], FILES.csv)).equals(readFileSync(join(folders[2], FILES.csv)))) {
      failures.push(`${FILES.csv} is the same for seeds ${seed} and ${seed + 1}`);
    }
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
  return failures;
}
