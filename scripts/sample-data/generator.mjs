// Generation of the whole sample data set: customers, orders, surveys and campaigns.

import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDay, startOfMonthBefore } from './calendar.mjs';
import { CsvWriter } from './csv.mjs';
import { DUPLICATE_ROW_SHARE } from './dirty.mjs';
import { buildCampaigns, simulateOrders } from './orders.mjs';
import { csvToParquet } from './parquet.mjs';
import { buildCustomers } from './population.mjs';
import { Random } from './random.mjs';
import { CAMPAIGN_HEADER, campaignFields, cleanOrderFields, CUSTOMER_HEADER, customerFields, exportedOrderFields, ORDER_HEADER, ORDER_PARQUET_TYPES } from './rows.mjs';
import { SURVEY_HEADER, surveyFor } from './surveys.mjs';

export const DEFAULTS = {
  orders: 100_000,
  /** Customers default to one per five orders: about 2.5 visits a year over three years. */
  customersPerOrder: 0.2,
  /** Floor of the default customer count, so that small runs still have active customers every month. */
  minCustomers: 100,
  seed: 20261130,
  months: 36,
  endDate: '2026-11-30',
  formats: ['csv', 'gb18030', 'parquet'],
};

export const ORDER_FORMATS = ['csv', 'gb18030', 'parquet'];

/** The files one run writes, by format, relative to the output folder. */
export const FILES = {
  csv: 'orders.csv',
  gb18030: 'orders.gb18030.csv',
  parquet: 'orders.parquet',
  customers: 'customers.csv',
  surveys: 'surveys.csv',
  campaigns: 'campaigns.csv',
};

/**
 * Writes the data set into `options.out` and returns what was written. The content depends only on
 * the seed and the counts: `formats` chooses which order files are written, not what they contain.
 */
export async function generateSampleData(options) {
  const { out, orders: orderCount, customers: customerCount, seed, months, endDate, formats } = options;
  mkdirSync(out, { recursive: true });
  const endDay = parseIsoDay(endDate);
  const range = { startDay: startOfMonthBefore(endDay, months - 1), endDay };

  const customers = buildCustomers(customerCount, range, new Random(seed, 'customers'));
  const campaigns = buildCampaigns(range);

  // The Parquet file is converted from a clean CSV written alongside; a temporary name marks it.
  const cleanPath = join(out, 'orders.clean.tmp.csv');
  const orderTargets = [];
  if (formats.includes('csv')) orderTargets.push({ path: join(out, FILES.csv), encoding: 'utf8' });
  if (formats.includes('gb18030')) orderTargets.push({ path: join(out, FILES.gb18030), encoding: 'gb18030' });
  const orderWriter = new CsvWriter(orderTargets, ORDER_HEADER);
  const cleanWriter = formats.includes('parquet') ? new CsvWriter([{ path: cleanPath, encoding: 'utf8' }], ORDER_HEADER) : null;
  const surveyWriter = new CsvWriter([{ path: join(out, FILES.surveys), encoding: 'utf8' }], SURVEY_HEADER);

  const exportRandom = new Random(seed, 'export');
  const surveyRandom = new Random(seed, 'surveys');
  let duplicates = 0;
  let surveys = 0;
  const emit = (order) => {
    const clean = cleanOrderFields(order);
    orderWriter.writeRow(exportedOrderFields(order, clean, exportRandom));
    cleanWriter?.writeRow(clean);
    if (exportRandom.chance(DUPLICATE_ROW_SHARE)) {
      orderWriter.repeatLastRow();
      cleanWriter?.repeatLastRow();
      duplicates += 1;
    }
    const survey = surveyFor(order, surveys + 1, range, surveyRandom);
    if (survey) {
      surveyWriter.writeRow(survey);
      surveys += 1;
    }
  };
  const ordersWritten = simulateOrders({ customers, campaigns, range, orderCount, random: new Random(seed, 'orders'), emit });
  const orderRows = orderWriter.close();
  cleanWriter?.close();
  surveyWriter.close();

  const customerWriter = new CsvWriter([{ path: join(out, FILES.customers), encoding: 'utf8', bom: true }], CUSTOMER_HEADER);
  const customerRandom = new Random(seed, 'customer-export');
  for (const customer of customers) customerWriter.writeRow(customerFields(customer, customerRandom));
  customerWriter.close();

  const campaignWriter = new CsvWriter([{ path: join(out, FILES.campaigns), encoding: 'utf8' }], CAMPAIGN_HEADER);
  for (const campaign of campaigns) campaignWriter.writeRow(campaignFields(campaign, customerCount));
  campaignWriter.close();

  let parquetRows = null;
  if (cleanWriter) {
    const parquetPath = join(out, FILES.parquet);
    const partialPath = `${parquetPath}.tmp`;
    parquetRows = await csvToParquet(cleanPath, partialPath, ORDER_PARQUET_TYPES);
    renameSync(partialPath, parquetPath);
    rmSync(cleanPath);
  }

  return {
    out,
    range,
    orders: ordersWritten,
    orderRows,
    duplicates,
    parquetRows,
    customers: customers.length,
    surveys,
    campaigns: campaigns.length,
    files: listFiles(out, formats),
  };
}

/** Sizes in bytes of the files of this run. */
function listFiles(out, formats) {
  const names = [...ORDER_FORMATS.filter((format) => formats.includes(format)).map((format) => FILES[format]), FILES.customers, FILES.surveys, FILES.campaigns];
  return Object.fromEntries(names.map((name) => [name, statSync(join(out, name)).size]));
}
