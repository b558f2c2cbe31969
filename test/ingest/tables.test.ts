import { expect } from '@open-wc/testing';
import { loadTable } from '../../src/ingest/index.js';
import { FIXTURES, countCsvRecords, fixtureText, isoDate, rows } from './helpers.js';

describe('loadTable other canonical tables', () => {
  it('loads customers with derived keys', async () => {
    const report = await loadTable(`${FIXTURES}customers.csv`, { table: 'customers' });

    expect(report.rowsRead).to.equal(countCsvRecords(await fixtureText('customers.csv')));
    expect(report.rowsLoaded).to.equal(3);
    expect(report.rejectedRows.map((row) => [row.sourceRow, row.reason, row.column, row.value])).to.deep.equal([[4, 'invalid_date', 'since_date', '无']]);
    const loaded = await rows('SELECT customer_id, phone, plate, since_date, customer_key, vehicle_key FROM customers ORDER BY source_row');
    expect(loaded.map((row) => ({ ...row, since_date: isoDate(row.since_date) }))).to.deep.equal([
      { customer_id: 'K001', phone: '13812341234', plate: '京A12345', since_date: '2021-05-01', customer_key: 'K001', vehicle_key: 'LSVAB2BM1KN000001' },
      { customer_id: null, phone: '13812345678', plate: '京B54321', since_date: '2022-03-15', customer_key: '13812345678', vehicle_key: '京B54321' },
      { customer_id: null, phone: null, plate: '京C11111', since_date: '2023-01-02', customer_key: '王五', vehicle_key: '京C11111' },
    ]);
  });

  it('loads surveys and scores in long form', async () => {
    const report = await loadTable(`${FIXTURES}surveys.csv`, { table: 'surveys', scales: { attitude: [1, 5] } });

    expect(report.rowsRead).to.equal(6);
    expect(report.rowsLoaded).to.equal(4);
    expect(report.rejectedRows.map((row) => [row.sourceRow, row.reason, row.column, row.header, row.value])).to.deep.equal([
      [5, 'score_out_of_range', 'survey_scores.attitude', '服务态度', '6'],
      [6, 'invalid_number', 'survey_scores.attitude', '服务态度', '五'],
    ]);
    expect(report.unmappedHeaders).to.deep.equal(['序号']);
    // The full-width comma of a comment is ordinary Chinese punctuation, not a cleaning case.
    expect(report.cleaning).to.deep.equal([]);
    expect(report.scoreDimensions.map((score) => [score.dimension, score.header, score.scaleMin, score.scaleMax])).to.deep.equal([
      ['attitude', '服务态度', 1, 5],
      ['speed', '服务效率', 1, 5],
      ['quality', '服务质量', 1, 5],
      ['price', '价格满意度', 1, 5],
      ['overall', '总体评分', 1, 5],
      ['recommend', '推荐意愿', 0, 10],
      ['设施评分', '设施评分', 1, 5],
    ]);

    const surveys = await rows('SELECT survey_id, survey_date, ro_no, channel, comment FROM surveys ORDER BY source_row');
    expect(surveys[0]).to.deep.equal({ survey_id: 'surveys.csv#1', survey_date: Date.UTC(2024, 8, 1), ro_no: 'RO0001', channel: '电话', comment: '很好,谢谢' });
    const counts = await rows('SELECT count(*)::INTEGER AS n, sum(score)::INTEGER AS total FROM survey_scores');
    // 7 + 7 + 6 + 6 answered questions; the scores of rows 1–4 add up to 36 + 33 + 21 + 34.
    expect(counts).to.deep.equal([{ n: 26, total: 124 }]);
    const third = await rows("SELECT dimension, score, scale_min, scale_max FROM survey_scores WHERE survey_id = 'surveys.csv#3' ORDER BY dimension");
    expect(third).to.deep.equal([
      { dimension: 'attitude', score: 3, scale_min: 1, scale_max: 5 },
      { dimension: 'overall', score: 3, scale_min: 1, scale_max: 5 },
      { dimension: 'price', score: 2, scale_min: 1, scale_max: 5 },
      { dimension: 'quality', score: 4, scale_min: 1, scale_max: 5 },
      { dimension: 'recommend', score: 6, scale_min: 0, scale_max: 10 },
      { dimension: '设施评分', score: 3, scale_min: 1, scale_max: 5 },
    ]);
  });

  it('widens a scale when scores exceed it', async () => {
    const report = await loadTable(`${FIXTURES}surveys.csv`, { table: 'surveys' });

    expect(report.rowsLoaded).to.equal(5);
    expect(report.scoreDimensions[0]).to.deep.equal({ dimension: 'attitude', header: '服务态度', scaleMin: 1, scaleMax: 10 });

    const percent = await loadTable(`${FIXTURES}surveys-percent.csv`, { table: 'surveys' });
    expect(percent.scoreDimensions.map((score) => [score.dimension, score.scaleMin, score.scaleMax])).to.deep.equal([
      ['overall', 0, 100],
      ['recommend', 0, 10],
    ]);
    const ids = await rows('SELECT DISTINCT survey_id FROM survey_scores ORDER BY survey_id');
    expect(ids.map((row) => row.survey_id)).to.deep.equal(['V1', 'V2', 'V3']);
  });

  it('loads campaigns with amounts, counts and serial dates', async () => {
    const report = await loadTable(`${FIXTURES}campaigns.csv`, { table: 'campaigns' });

    expect(report.rowsRead).to.equal(3);
    expect(report.rowsLoaded).to.equal(3);
    const loaded = await rows('SELECT campaign_id, campaign_name, start_date, end_date, cost_amount::VARCHAR AS cost, target_service_type, reached_customers FROM campaigns ORDER BY source_row');
    expect(loaded.map((row) => ({ ...row, start_date: isoDate(row.start_date), end_date: isoDate(row.end_date) }))).to.deep.equal([
      { campaign_id: 'HD01', campaign_name: '秋季保养节', start_date: '2024-09-01', end_date: '2024-09-30', cost: '12000.00', target_service_type: '定期保养', reached_customers: 1200 },
      { campaign_id: 'HD02', campaign_name: '钣喷特惠', start_date: '2024-10-01', end_date: '2024-10-31', cost: '8000.00', target_service_type: '钣喷', reached_customers: 500 },
      { campaign_id: 'HD03', campaign_name: '空调检测', start_date: '2024-11-01', end_date: '2024-11-30', cost: '3000.00', target_service_type: '一般维修', reached_customers: null },
    ]);
  });
});
