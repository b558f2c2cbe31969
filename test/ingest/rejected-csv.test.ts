import { expect } from '@open-wc/testing';
import { loadTable, rejectedRowsCsv } from '../../src/ingest/index.js';

describe('rejected rows CSV', () => {
  it('defuses a value that starts like a formula', async () => {
    const text = '工单号,结算日期,合计金额\nR1,2024-01-01,=HYPERLINK("x")\nR2,2024-01-02,100\n';
    const report = await loadTable(new TextEncoder().encode(text), { fileName: 'formula.csv' });
    const csv = rejectedRowsCsv(report.rejectedRows);

    expect(report.rowsRejected).to.equal(1);
    expect(csv).to.equal(
      '\uFEFFsource_file,source_row,column_name,source_header,reason,raw_value,ro_no,order_date,total_amount\r\n' +
        'formula.csv,1,total_amount,合计金额,invalid_amount,"\'=HYPERLINK(""x"")",R1,2024-01-01,"\'=HYPERLINK(""x"")"\r\n',
    );
  });
});
