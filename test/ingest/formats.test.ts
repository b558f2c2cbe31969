import { expect } from '@open-wc/testing';
import { loadTable } from '../../src/ingest/index.js';
import { FIXTURES, countCsvRecords, fixtureText, isoDate, rows } from './helpers.js';

async function fixtureBytes(name: string): Promise<Uint8Array> {
  const response = await fetch(`${FIXTURES}${name}`);
  return new Uint8Array(await response.arrayBuffer());
}

describe('loadTable encodings and formats', () => {
  it('decodes GB18030 without being told', async () => {
    const bytes = await fixtureBytes('orders-gb18030.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).to.throw();
    const records = countCsvRecords(new TextDecoder('gb18030').decode(bytes));

    const report = await loadTable(bytes, { fileName: 'orders-gb18030.csv' });

    expect(records).to.equal(3);
    expect(report.encoding).to.equal('gb18030');
    expect(report.rowsRead).to.equal(records);
    expect(report.rowsLoaded).to.equal(3);
    const loaded = await rows(
      'SELECT ro_no, customer_id, customer_name, phone, vin, service_type, labor_amount, parts_amount, total_amount, cost_amount, package_amount, surcharge_amount, discount_amount, advisor, mileage, campaign_id, status, is_cancelled FROM orders ORDER BY source_row',
    );
    expect(loaded[0]).to.deep.equal({
      ro_no: 'G001',
      customer_id: 'G100',
      customer_name: '欧阳娜娜',
      phone: '13500000001',
      vin: 'LSVAB2BM1KN000011',
      service_type: '定期保养',
      labor_amount: 100,
      parts_amount: 200,
      total_amount: 300,
      cost_amount: 120,
      package_amount: 50,
      surcharge_amount: 10,
      discount_amount: 20,
      advisor: '刘备',
      mileage: 10000,
      campaign_id: 'HD01',
      status: '已结算',
      is_cancelled: false,
    });
    expect(loaded.map((row) => row.customer_name)).to.deep.equal(['欧阳娜娜', '諸葛亮', '龍鳳']);
    expect(loaded[2].is_cancelled).to.equal(true);
    expect(report.unmappedHeaders).to.deep.equal([]);
  });

  it('strips the UTF-8 byte order mark from the first header', async () => {
    const bytes = await fixtureBytes('orders-bom.csv');
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);

    const report = await loadTable(`${FIXTURES}orders-bom.csv`);

    expect(report.encoding).to.equal('utf-8-bom');
    expect(report.mapping[0]).to.deep.equal({ header: '结算单号', column: 'ro_no' });
    expect(report.rowsRead).to.equal(countCsvRecords(await fixtureText('orders-bom.csv')));
    const loaded = await rows('SELECT ro_no, order_date, customer_id, customer_name, phone, service_type, total_amount, advisor, series, is_customer_paid FROM orders ORDER BY source_row');
    expect(loaded.map((row) => ({ ...row, order_date: isoDate(row.order_date) }))).to.deep.equal([
      { ro_no: 'B001', order_date: '2024-06-01', customer_id: 'B100', customer_name: '刘一', phone: '13400000001', service_type: '定期保养', total_amount: 250.5, advisor: '赵云', series: '大众', is_customer_paid: true },
      { ro_no: 'B002', order_date: '2024-06-02', customer_id: 'B101', customer_name: '陈二', phone: '13400000002', service_type: '美容', total_amount: 80, advisor: '赵云', series: '大众', is_customer_paid: true },
    ]);
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const text = '工单号\t结算日期\t合计金额\r\nU1\t2024-03-01\t¥1,000\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      bytes[2 + index * 2] = code & 0xff;
      bytes[3 + index * 2] = code >> 8;
    }

    const report = await loadTable(bytes, { fileName: 'unicode.txt' });

    expect(report.encoding).to.equal('utf-16');
    expect(report.delimiter).to.equal('\t');
    expect(report.mapping[0]).to.deep.equal({ header: '工单号', column: 'ro_no' });
    const loaded = await rows('SELECT ro_no, total_amount::VARCHAR AS total FROM orders');
    expect(loaded).to.deep.equal([{ ro_no: 'U1', total: '1000.00' }]);
  });

  it('reads semicolon-separated canonical headers', async () => {
    const report = await loadTable(`${FIXTURES}orders-semicolon.csv`);

    expect(report.delimiter).to.equal(';');
    expect(report.rowsRead).to.equal(countCsvRecords(await fixtureText('orders-semicolon.csv')));
    expect(report.rowsLoaded).to.equal(3);
    expect(report.cancelledOrders).to.equal(1);
    const names = await rows('SELECT customer_name FROM orders ORDER BY source_row');
    expect(names.map((row) => row.customer_name)).to.deep.equal(['周一', '吴;二', '郑三']);
  });

  it('reads tab-separated plain-English headers', async () => {
    const report = await loadTable(`${FIXTURES}orders-english.tsv`, { dateOrder: 'MDY' });

    expect(report.delimiter).to.equal('\t');
    expect(report.rowsRead).to.equal(3);
    expect(report.rowsLoaded).to.equal(3);
    expect(report.mapping.map((entry) => entry.column)).to.deep.equal([
      'ro_no', 'order_date', 'customer_id', 'customer_name', 'phone', 'plate', 'vin', 'model', 'service_type',
      'labor_amount', 'parts_amount', 'total_amount', 'cost_amount', 'advisor', 'mileage', 'campaign_id', 'status',
    ]);
    const dates = await rows('SELECT ro_no, order_date FROM orders ORDER BY source_row');
    expect(dates.map((row) => isoDate(row.order_date))).to.deep.equal(['2024-10-01', '2024-08-28', '2024-03-04']);
  });

  it('rejects year-last dates as ambiguous without a date order', async () => {
    const report = await loadTable(`${FIXTURES}orders-english.tsv`);

    expect(report.rowsLoaded).to.equal(1);
    expect(report.rejectedByReason.ambiguous_date).to.equal(2);
    expect(report.rejectedRows.map((row) => [row.sourceRow, row.header, row.value])).to.deep.equal([
      [2, 'Order Date', '8/28/24'],
      [3, 'Order Date', '03/04/2024'],
    ]);
  });

  it('reads day-first dates when told', async () => {
    const report = await loadTable(`${FIXTURES}orders-english.tsv`, { dateOrder: 'DMY' });

    // 8/28/24 read day first has month 28: invalid, not ambiguous.
    expect(report.rejectedRows.map((row) => [row.sourceRow, row.reason])).to.deep.equal([[2, 'invalid_date']]);
    const dates = await rows('SELECT order_date FROM orders ORDER BY source_row');
    expect(dates.map((row) => isoDate(row.order_date))).to.deep.equal(['2024-10-01', '2024-04-03']);
  });

  it('reads Parquet with typed columns', async () => {
    const report = await loadTable(`${FIXTURES}orders.parquet`);

    expect(report.format).to.equal('parquet');
    expect(report.encoding).to.equal(null);
    expect(report.rowsRead).to.equal(4);
    expect(report.rowsLoaded).to.equal(3);
    expect(report.duplicates).to.equal(1);
    expect(report.cancelledOrders).to.equal(1);
    expect(report.unmappedHeaders).to.deep.equal(['created_at']);
    const loaded = await rows('SELECT ro_no, order_date, customer_id, plate, total_amount::VARCHAR AS total, mileage, is_customer_paid FROM orders ORDER BY source_row');
    expect(loaded.map((row) => ({ ...row, order_date: isoDate(row.order_date) }))).to.deep.equal([
      { ro_no: 'P001', order_date: '2024-05-01', customer_id: '0042', plate: '京P10001', total: '300.00', mileage: 11000, is_customer_paid: true },
      { ro_no: 'P002', order_date: '2024-05-02', customer_id: '0043', plate: '京P10002', total: '500.00', mileage: 22000, is_customer_paid: false },
      { ro_no: 'P003', order_date: '2024-05-03', customer_id: '0044', plate: '京P10003', total: '100.00', mileage: null, is_customer_paid: true },
    ]);
  });

  it('sets aside records with the wrong number of fields', async () => {
    const text = await fixtureText('orders-malformed.csv');
    const report = await loadTable(`${FIXTURES}orders-malformed.csv`);

    expect(report.rowsRead).to.equal(countCsvRecords(text));
    expect(report.rowsRead).to.equal(5);
    expect(report.rowsLoaded).to.equal(3);
    expect(report.rejectedByReason.malformed_record).to.equal(2);
    expect(report.rejectedRows.map((row) => [row.sourceRow, row.reason, row.value])).to.deep.equal([
      [2, 'malformed_record', 'M002,2024-12-02,200,多余字段'],
      [4, 'malformed_record', 'M004,2024-12-04'],
    ]);
    const loaded = await rows('SELECT ro_no, source_row FROM orders ORDER BY source_row');
    expect(loaded).to.deep.equal([
      { ro_no: 'M001', source_row: 1 },
      { ro_no: 'M003', source_row: 3 },
      { ro_no: 'M005', source_row: 5 },
    ]);
  });

  it('numbers rows around many malformed records', async () => {
    // Records 1..300; every third one (3, 6, ..., 300) has an extra field, and 150–152 are all malformed.
    const lines = ['ro_no,order_date,total_amount'];
    for (let record = 1; record <= 300; record += 1) {
      const malformed = record % 3 === 0 || (record >= 150 && record <= 152);
      lines.push(`N${record},2024-01-01,${record}${malformed ? ',extra' : ''}`);
    }
    const report = await loadTable(new TextEncoder().encode(`${lines.join('\n')}\n`), { fileName: 'many.csv' });

    // 100 multiples of 3, plus 151 and 152 (150 is a multiple of 3).
    expect(report.rejectedByReason.malformed_record).to.equal(102);
    expect(report.rowsLoaded).to.equal(198);
    const mismatched = await rows("SELECT count(*)::INTEGER AS n FROM orders WHERE ro_no <> 'N' || source_row");
    expect(mismatched).to.deep.equal([{ n: 0 }]);
    const rejected = await rows('SELECT source_row FROM orders_rejected WHERE source_row BETWEEN 147 AND 153 ORDER BY source_row');
    expect(rejected.map((row) => row.source_row)).to.deep.equal([147, 150, 151, 152, 153]);
  });
});
