import { expect } from '@open-wc/testing';
import { resolveDateRange } from '../../src/ingest/date-range.js';
import { describeRejection, loadTable } from '../../src/ingest/index.js';
import { isoDate, rows } from './helpers.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('loadTable date window', () => {
  it('rejects dates outside a given window', async () => {
    // Rows 3 and 5 are the Excel serials of 2024-01-01 and 2025-01-01.
    const csv = [
      '工单号,结算日期,合计金额',
      'W1,2023-12-31,100',
      'W2,2024-01-01,100',
      'W3,45292,100',
      'W4,2024-12-31,100',
      'W5,45658,100',
      'W6,2025-01-01,100',
      'W7,2024-02-30,100',
    ].join('\n');

    const report = await loadTable(encode(csv), { fileName: 'window.csv', dateRange: { min: '2024-01-01', max: '2024-12-31' } });

    expect(report.dateRange).to.deep.equal({ min: '2024-01-01', max: '2024-12-31' });
    expect(report.rowsLoaded).to.equal(3);
    expect(report.rejectedByReason.date_out_of_range).to.equal(3);
    expect(report.rejectedByReason.invalid_date).to.equal(1);
    const byRow = Object.fromEntries(report.rejectedRows.map((row) => [row.sourceRow, `${row.reason} ${row.value}`]));
    expect(byRow).to.deep.equal({
      1: 'date_out_of_range 2023-12-31',
      5: 'date_out_of_range 45658',
      6: 'date_out_of_range 2025-01-01',
      7: 'invalid_date 2024-02-30',
    });
    const loaded = await rows('SELECT ro_no, order_date FROM orders ORDER BY ro_no');
    expect(loaded.map((row) => `${row.ro_no} ${isoDate(row.order_date)}`)).to.deep.equal(['W2 2024-01-01', 'W3 2024-01-01', 'W4 2024-12-31']);
  });

  it('applies the default window', async () => {
    // 2999-01-01 is more than a year after any date this test runs on.
    const csv = ['工单号,结算日期,合计金额', 'D1,1989-12-31,100', 'D2,1990-01-01,100', 'D3,2024-06-01,100', 'D4,2999-01-01,100', 'D5,30,100'].join('\n');

    const report = await loadTable(encode(csv), { fileName: 'default-window.csv' });

    expect(report.dateRange.min).to.equal('1990-01-01');
    expect(report.rowsLoaded).to.equal(2);
    expect(report.rejectedByReason.date_out_of_range).to.equal(3);
    expect(report.rejectedRows.map((row) => row.sourceRow)).to.deep.equal([1, 4, 5]);
  });

  it('checks dates of other tables', async () => {
    const csv = ['活动编号,活动名称,开始日期,结束日期', 'A1,春节保养,2024-01-15,2024-02-15', 'A2,旧活动,1900-01-01,2024-02-15', 'A3,笔误,2024-03-01,2204-03-31'].join('\n');

    const report = await loadTable(encode(csv), { table: 'campaigns', fileName: 'campaigns-window.csv' });

    expect(report.rowsLoaded).to.equal(1);
    const byRow = Object.fromEntries(report.rejectedRows.map((row) => [row.sourceRow, `${row.reason} ${row.column}`]));
    expect(byRow).to.deep.equal({ 2: 'date_out_of_range start_date', 3: 'date_out_of_range end_date' });
  });

  it('describes an out-of-range date', async () => {
    const report = await loadTable(encode('工单号,结算日期,合计金额\nR1,30,100\n'), { fileName: 'serial.csv' });

    const [row] = report.rejectedRows;
    expect(describeRejection(row, 'zh-CN')).to.equal('文件“serial.csv”第 1 行，列“结算日期 → order_date”：日期超出合理范围（值：30）');
    expect(describeRejection(row, 'en-US')).to.equal('File "serial.csv", row 1, column "结算日期 → order_date": date out of range (value: 30)');
  });

  it('throws for an invalid window option', async () => {
    const csv = encode('工单号,结算日期,合计金额\nR1,2024-01-01,100\n');
    let error: unknown;
    try {
      await loadTable(csv, { dateRange: { min: '2024/01/01' } });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.equal('aftersales-widgets: dateRange.min must be a date written as YYYY-MM-DD, not "2024/01/01".');
  });
});

describe('resolveDateRange', () => {
  it('defaults to 1990 until a year ahead', () => {
    expect(resolveDateRange(undefined, new Date(2026, 11, 4))).to.deep.equal({ min: '1990-01-01', max: '2027-12-04' });
  });

  it('moves Feb 29 to Mar 1', () => {
    expect(resolveDateRange({}, new Date(2024, 1, 29))).to.deep.equal({ min: '1990-01-01', max: '2025-03-01' });
  });

  it('keeps given bounds', () => {
    expect(resolveDateRange({ min: '2000-01-01', max: '2030-12-31' }, new Date(2026, 0, 1))).to.deep.equal({ min: '2000-01-01', max: '2030-12-31' });
  });

  it('throws for invalid bounds', () => {
    expect(() => resolveDateRange({ max: '2024-02-30' })).to.throw('dateRange.max must be a date written as YYYY-MM-DD, not "2024-02-30"');
    expect(() => resolveDateRange({ min: '24-01-01' })).to.throw('dateRange.min must be a date');
    expect(() => resolveDateRange({ min: '2025-01-01', max: '2024-12-31' })).to.throw('dateRange.min (2025-01-01) is after dateRange.max (2024-12-31)');
  });
});
