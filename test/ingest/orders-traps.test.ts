import { expect } from '@open-wc/testing';
import { describeRejection, loadTable, type LoadReport } from '../../src/ingest/index.js';
import { FIXTURES, countCsvRecords, fixtureText, isoDate, rows } from './helpers.js';

// orders-traps.csv contains 25 records: 12 load and 13 are rejected, one per reason case.
describe('loadTable orders-traps.csv', () => {
  let report: LoadReport;
  let recordsInFile: number;

  before(async () => {
    recordsInFile = countCsvRecords(await fixtureText('orders-traps.csv'));
    report = await loadTable(`${FIXTURES}orders-traps.csv`);
  });

  it('counts rows read, loaded and rejected', () => {
    expect(recordsInFile).to.equal(25);
    expect(report.rowsRead).to.equal(recordsInFile);
    expect(report.rowsLoaded).to.equal(12);
    expect(report.rowsRejected).to.equal(13);
    expect(report.rowsLoaded + report.rowsRejected).to.equal(report.rowsRead);
  });

  it('detects encoding and delimiter', () => {
    expect(report.format).to.equal('csv');
    expect(report.encoding).to.equal('utf-8');
    expect(report.delimiter).to.equal(',');
    expect(report.sourceFile).to.equal('orders-traps.csv');
  });

  it('gives each rejected row its reason and column', () => {
    const byRow = Object.fromEntries(report.rejectedRows.map((row) => [row.sourceRow, `${row.reason} ${row.column}`]));
    expect(byRow).to.deep.equal({
      10: 'ambiguous_date order_date',
      11: 'ambiguous_date order_date',
      12: 'invalid_date order_date',
      13: 'invalid_date order_date',
      14: 'invalid_date order_date',
      15: 'invalid_amount total_amount',
      16: 'missing_required ro_no',
      17: 'missing_required order_date',
      18: 'missing_required total_amount',
      19: 'duplicate ',
      20: 'invalid_number mileage',
      21: 'invalid_amount labor_amount',
      24: 'date_out_of_range order_date',
    });
  });

  it('counts rejections per reason', () => {
    expect(report.rejectedByReason).to.deep.equal({
      missing_required: 3,
      invalid_date: 3,
      ambiguous_date: 2,
      date_out_of_range: 1,
      invalid_amount: 2,
      invalid_number: 1,
      score_out_of_range: 0,
      malformed_record: 0,
      duplicate: 1,
    });
    expect(report.duplicates).to.equal(1);
  });

  it('keeps rejected rows in orders_rejected', async () => {
    const rejected = await rows('SELECT source_file, source_row, column_name, source_header, reason, raw_value, ro_no FROM orders_rejected ORDER BY source_row');
    expect(rejected).to.have.length(13);
    const amount = rejected.find((row) => row.source_row === 15);
    expect(amount).to.deep.equal({
      source_file: 'orders-traps.csv',
      source_row: 15,
      column_name: 'total_amount',
      source_header: '合计金额',
      reason: 'invalid_amount',
      raw_value: 'abc',
      ro_no: 'RO0015',
    });
    expect(rejected.find((row) => row.source_row === 11)?.raw_value).to.equal('03/04/2024');
    // Excel serial 30 is 1900-01-30, before the default window that starts on 1990-01-01.
    expect(rejected.find((row) => row.source_row === 24)?.raw_value).to.equal('30');
  });

  it('applies the default date window', () => {
    expect(report.dateRange.min).to.equal('1990-01-01');
  });

  it('describes a rejection with file, row and column', () => {
    const row = report.rejectedRows.find((candidate) => candidate.sourceRow === 12)!;
    expect(describeRejection(row, 'zh-CN')).to.equal('文件“orders-traps.csv”第 12 行，列“结算日期 → order_date”：日期无效（值：2024-02-30）');
    expect(describeRejection(row, 'en-US')).to.equal('File "orders-traps.csv", row 12, column "结算日期 → order_date": invalid date (value: 2024-02-30)');
  });

  it('parses every accepted date form', async () => {
    const dates = await rows('SELECT source_row, order_date FROM orders ORDER BY source_row');
    const byRow = Object.fromEntries(dates.map((row) => [row.source_row, isoDate(row.order_date)]));
    expect(byRow).to.deep.equal({
      1: '2024-08-28',
      2: '2024-08-29',
      3: '2024-09-01',
      4: '2024-09-02',
      5: '2024-09-02',
      6: '2024-09-03',
      7: '2024-09-04',
      8: '2024-09-05',
      9: '2024-09-06',
      22: '2024-09-12',
      23: '2024-09-13',
      25: '2024-09-15',
    });
  });

  it('reads amounts as exact decimals', async () => {
    const [sum] = await rows('SELECT sum(total_amount)::VARCHAR AS total, typeof(total_amount) AS type FROM orders GROUP BY ALL');
    expect(sum).to.deep.equal({ total: '18350.00', type: 'DECIMAL(18,2)' });
    const amounts = await rows('SELECT source_row, labor_amount::VARCHAR AS labor, parts_amount::VARCHAR AS parts, total_amount::VARCHAR AS total, mileage FROM orders WHERE source_row IN (2, 3, 5) ORDER BY source_row');
    expect(amounts).to.deep.equal([
      { source_row: 2, labor: '1000.00', parts: '2000.00', total: '3000.00', mileage: 35000 },
      { source_row: 3, labor: '0.00', parts: '0.00', total: '0.00', mileage: 5000 },
      { source_row: 5, labor: '1234.50', parts: '0.00', total: '12000.00', mileage: null },
    ]);
  });

  it('keeps IDs as text and normalises phones and plates', async () => {
    const people = await rows('SELECT source_row, customer_id, phone, plate, vin, customer_key, vehicle_key FROM orders WHERE source_row IN (1, 2, 3, 4, 5, 6, 7, 22, 23) ORDER BY source_row');
    expect(people).to.deep.equal([
      { source_row: 1, customer_id: '00123', phone: '13812341234', plate: '京A12345', vin: 'LSVAB2BM1KN000001', customer_key: '00123', vehicle_key: 'LSVAB2BM1KN000001' },
      { source_row: 2, customer_id: 'C002', phone: '13900001111', plate: '京A12346', vin: null, customer_key: 'C002', vehicle_key: '京A12346' },
      { source_row: 3, customer_id: null, phone: '13700001234', plate: '京A12345', vin: null, customer_key: '13700001234', vehicle_key: '京A12345' },
      { source_row: 4, customer_id: 'C004', phone: '01088886666', plate: '沪B88888', vin: null, customer_key: 'C004', vehicle_key: '沪B88888' },
      { source_row: 5, customer_id: 'C005', phone: '138****5678', plate: '粤BD12345', vin: null, customer_key: 'C005', vehicle_key: '粤BD12345' },
      { source_row: 6, customer_id: 'C006', phone: '13911112222', plate: '京AD12345', vin: null, customer_key: 'C006', vehicle_key: '京AD12345' },
      { source_row: 7, customer_id: '1.2E+17', phone: '13922223333', plate: null, vin: null, customer_key: '1.2E+17', vehicle_key: null },
      { source_row: 22, customer_id: null, phone: null, plate: null, vin: 'LSVAB2BM1KN00002', customer_key: '陈小明', vehicle_key: 'LSVAB2BM1KN00002' },
      { source_row: 23, customer_id: '110101199001011234', phone: '13800008888', plate: null, vin: null, customer_key: '110101199001011234', vehicle_key: null },
    ]);
  });

  it('keeps quoted commas, quotes and newlines', async () => {
    const [row] = await rows('SELECT campaign_id, customer_name FROM orders WHERE source_row = 2');
    expect(row).to.deep.equal({ campaign_id: 'HD01', customer_name: '王 五' });
    expect(report.unmappedHeaders).to.deep.equal(['备注']);
  });

  it('flags cancelled and non-paying orders', async () => {
    const flags = await rows('SELECT source_row, is_cancelled, is_customer_paid FROM orders WHERE NOT is_customer_paid OR is_cancelled ORDER BY source_row');
    expect(flags).to.deep.equal([
      { source_row: 3, is_cancelled: false, is_customer_paid: false },
      { source_row: 4, is_cancelled: false, is_customer_paid: false },
      { source_row: 6, is_cancelled: false, is_customer_paid: false },
      { source_row: 7, is_cancelled: true, is_customer_paid: true },
      { source_row: 8, is_cancelled: true, is_customer_paid: true },
      { source_row: 9, is_cancelled: true, is_customer_paid: false },
    ]);
    expect(report.cancelledOrders).to.equal(3);
  });

  it('lists date formats with counts', () => {
    const formats = Object.fromEntries(report.dateFormats.map((entry) => [entry.format, entry.count]));
    expect(formats).to.deep.equal({
      'YYYY-MM-DD': 14,
      'Excel serial': 3,
      'YYYY/MM/DD': 1,
      'YYYY年M月D日': 1,
      YYYYMMDD: 1,
      'YYYY-MM-DD + time': 1,
      'XX/XX/YY': 1,
      'XX/XX/YYYY': 1,
      unrecognised: 1,
    });
  });

  it('counts every cleaning rule', () => {
    const counts = Object.fromEntries(report.cleaning.map((entry) => [`${entry.rule} ${entry.column}`, entry.count]));
    expect(counts).to.deep.equal({
      'text_trimmed customer_name': 1,
      'text_trimmed total_amount': 1,
      'fullwidth_characters order_date': 1,
      'date_excel_serial order_date': 3,
      'date_with_time order_date': 1,
      'id_excel_damaged customer_id': 1,
      'phone_prefix_removed phone': 2,
      'phone_masked phone': 1,
      'phone_not_mobile phone': 1,
      'fullwidth_characters plate': 2,
      'plate_normalised plate': 3,
      'vin_invalid vin': 1,
      'amount_thousands_separator labor_amount': 2,
      'amount_currency_symbol labor_amount': 1,
      'amount_currency_symbol parts_amount': 1,
      'amount_currency_symbol total_amount': 1,
      'amount_thousands_separator total_amount': 1,
      'amount_unit_yuan total_amount': 2,
      'amount_unit_wan total_amount': 1,
    });
  });

  it('reports empty values and the mapping', () => {
    expect(report.missingByColumn.ro_no).to.equal(1);
    expect(report.missingByColumn.order_date).to.equal(1);
    expect(report.missingByColumn.customer_id).to.equal(2);
    expect(report.missingByColumn.campaign_id).to.equal(24);
    expect(report.mapping.slice(0, 3)).to.deep.equal([
      { header: '工单号', column: 'ro_no' },
      { header: '结算日期', column: 'order_date' },
      { header: '客户编号', column: 'customer_id' },
    ]);
    expect(report.mapping).to.have.length(18);
  });
});
