import { expect, fixture, html } from '@open-wc/testing';
import { DataQualityReportElement } from '../../../src/elements/quality-report/index.js';
import { clearReports, loadTable, rejectedRowsCsv } from '../../../src/ingest/index.js';

if (!customElements.get('data-quality-report')) customElements.define('data-quality-report', DataQualityReportElement);

const FIXTURES = '/test/fixtures/ingest/';

function text(root: ParentNode, selector: string): string {
  return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function cells(root: ParentNode, table: string): string[][] {
  return [...root.querySelectorAll(`table[data-table=${table}] tbody tr`)].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

describe('<data-quality-report>', () => {
  beforeEach(() => clearReports());

  it('says when nothing is loaded', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    expect(text(element.shadowRoot!, '[part=status]')).to.equal('尚未载入任何文件。');
  });

  it('shows the counts of the latest load', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    await loadTable(`${FIXTURES}orders-traps.csv`);
    await element.updateComplete;
    const root = element.shadowRoot!;

    expect(text(root, '[data-count=rows-read]')).to.equal('25');
    expect(text(root, '[data-count=rows-loaded]')).to.equal('12');
    expect(text(root, '[data-count=rows-rejected]')).to.equal('13');
    expect(text(root, '[data-count=duplicates]')).to.equal('1');
    expect(text(root, '[data-count=cancelled]')).to.equal('3');
    expect(cells(root, 'reason')).to.deep.equal([
      ['必填值为空', '3'],
      ['日期无效', '3'],
      ['日期有歧义（无法确定月、日顺序或世纪），请声明日期顺序', '2'],
      ['日期超出合理范围', '1'],
      ['金额无效', '2'],
      ['数字无效', '1'],
      ['与前面的记录完全重复', '1'],
    ]);
    expect(cells(root, 'rule')).to.deep.include(['单位“万”乘以 10000（合计金额）', '1']);
    expect(cells(root, 'date-format')).to.deep.include(['结算日期：Excel 日期序列号', '3']);
    expect(cells(root, 'date-format')).to.deep.include(['结算日期：YYYY-MM-DD + 时间', '1']);
    expect(cells(root, 'missing')).to.deep.include(['客户编号', '2']);
    expect(text(root, '[data-list=unmapped]')).to.equal('备注');
  });

  it('lists rejected rows with masked personal data', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    await loadTable(new TextEncoder().encode('工单号,结算日期,客户姓名,手机号码,合计金额\nR1,2024-13-01,张小三,13812341234,100\nR2,2024-01-02,李四,13900001111,\n'), {
      fileName: 'bad.csv',
    });
    await element.updateComplete;
    const root = element.shadowRoot!;

    expect(text(root, '[part=rejected] summary')).to.equal('被拒绝的行（2）');
    expect(cells(root, 'rejected')).to.deep.equal([
      ['bad.csv', '1', '结算日期（order_date）', '日期无效', '2024-13-01'],
      ['bad.csv', '2', '合计金额（total_amount）', '必填值为空', ''],
    ]);
  });

  it('hides the line of a malformed record', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    await loadTable(new TextEncoder().encode('工单号,结算日期,合计金额\nR1,2024-01-01,100,张三 13812341234\n'), { fileName: 'wide.csv' });
    await element.updateComplete;

    expect(cells(element.shadowRoot!, 'rejected')).to.deep.equal([['wide.csv', '1', '', '字段数与表头不一致', '***']]);
  });

  it('downloads rejected rows as masked CSV', async () => {
    const report = await loadTable(new TextEncoder().encode('工单号,结算日期,客户姓名,手机号码,车牌号,VIN,合计金额\nR1,昨天,张小三,13812341234,京A12345,LSVAB2BM1KN000001,100\n'), {
      fileName: 'bad.csv',
    });
    const csv = rejectedRowsCsv(report.rejectedRows);
    expect(csv).to.equal(
      '\uFEFFsource_file,source_row,column_name,source_header,reason,raw_value,ro_no,order_date,customer_name,phone,plate,vin,total_amount\r\n' +
        'bad.csv,1,order_date,结算日期,invalid_date,昨天,R1,昨天,张*三,138****1234,京A***45,LSV**********0001,100\r\n',
    );

    const element = await fixture<DataQualityReportElement>(html`<data-quality-report .reports=${[report]}></data-quality-report>`);
    const clicked: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      (element.shadowRoot!.querySelector('[part=download]') as HTMLButtonElement).click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('bad-rejected.csv');
    expect(clicked[0].href).to.match(/^blob:/);
  });

  it('passes the accessibility audit', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    await loadTable(`${FIXTURES}orders-traps.csv`);
    await element.updateComplete;
    (element.shadowRoot!.querySelector('[part=rejected]') as HTMLDetailsElement).open = true;
    await expect(element).to.be.accessible();
  });

  it('filters by table in English', async () => {
    await loadTable(`${FIXTURES}campaigns.csv`, { table: 'campaigns' });
    await loadTable(`${FIXTURES}orders-semicolon.csv`);
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report table="campaigns" locale="en-US"></data-quality-report>`);
    const root = element.shadowRoot!;

    const sections = root.querySelectorAll('[part=report]');
    expect(sections).to.have.length(1);
    expect(sections[0].getAttribute('data-file')).to.equal('campaigns.csv');
    expect(text(root, 'h2')).to.equal('Data quality report');
    expect(text(root, '[data-count=rows-loaded]')).to.equal('3');
  });

  it('English punctuation in labels', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report locale="en-US"></data-quality-report>`);
    await loadTable(`${FIXTURES}orders-traps.csv`);
    await element.updateComplete;
    const root = element.shadowRoot!;
    const rejectedColumns = [...root.querySelectorAll('[part=rejected] tbody tr td:nth-child(3)')].map((cell) => cell.textContent!.trim());

    expect(text(root, 'h3')).to.equal('orders-traps.csv → orders');
    expect(cells(root, 'rule')).to.deep.include(['unit 万 multiplied by 10,000 (合计金额)', '1']);
    expect(cells(root, 'date-format')).to.deep.include(['结算日期: YYYY-MM-DD + time', '1']);
    expect(rejectedColumns).to.include('合计金额 (total_amount)');
    expect(root.textContent).to.not.match(/[（），：]/);
  });

  it('Chinese punctuation in labels', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report></data-quality-report>`);
    await loadTable(`${FIXTURES}orders-traps.csv`);
    await element.updateComplete;
    const root = element.shadowRoot!;

    expect(text(root, 'h3')).to.equal('orders-traps.csv → orders（工单）');
    expect(cells(root, 'date-format')).to.deep.include(['结算日期：YYYY-MM-DD + 时间', '1']);
  });

  it('narrow report keeps tables inside', async () => {
    const element = await fixture<DataQualityReportElement>(html`<data-quality-report style="width: 300px"></data-quality-report>`);
    await loadTable(`${FIXTURES}orders-traps.csv`);
    await element.updateComplete;
    const right = element.getBoundingClientRect().right;
    const overflowing = [...element.shadowRoot!.querySelectorAll('table')].filter((table) => table.getBoundingClientRect().right > right + 0.5);

    expect(overflowing.map((table) => table.getAttribute('data-table') ?? table.className)).to.deep.equal([]);
  });
});
