import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AftersalesDataElement, DataErrorEvent, DataLoadEvent, DataProgressEvent } from '../../../src/elements/aftersales-data/index.js';
import { getEngine } from '../../../src/engine/index.js';
import type { PropertyValues } from 'lit';

if (!customElements.get('aftersales-data')) customElements.define('aftersales-data', AftersalesDataElement);

const FIXTURES = '/test/fixtures/ingest/';

function statusText(element: AftersalesDataElement): string {
  return element.shadowRoot!.querySelector('[part=status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Records each update after which another update is already pending, the condition of lit's
 * development-mode "change-in-update" warning (a reactive property set in updated()).
 */
class UpdateProbe extends AftersalesDataElement {
  readonly changedInUpdate: string[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.isUpdatePending) this.changedInUpdate.push([...changed.keys()].map(String).join(','));
  }
}
customElements.define('update-probe-data', UpdateProbe);

describe('<aftersales-data>', () => {
  it('sets no property in updated()', async () => {
    const loaded = oneEvent(document, 'data-load');
    const element = await fixture<UpdateProbe>(html`<update-probe-data src="${FIXTURES}orders-traps.csv" table="orders"></update-probe-data>`);
    await loaded;
    await element.updateComplete;

    expect(element.status).to.equal('loaded');
    expect(element.changedInUpdate).to.deep.equal([]);
  });

  it('loads its src and fires data-load', async () => {
    const progress: DataProgressEvent[] = [];
    document.addEventListener('data-progress', (event) => progress.push(event as DataProgressEvent));
    const loaded = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;

    const element = await fixture<AftersalesDataElement>(html`<aftersales-data src="${FIXTURES}orders-traps.csv" table="orders"></aftersales-data>`);
    const event = await loaded;
    await element.updateComplete;

    expect(event.composed).to.equal(true);
    expect(event.bubbles).to.equal(true);
    expect(event.report.rowsLoaded).to.equal(12);
    expect(event.report.rowsRejected).to.equal(13);
    expect(progress.length).to.be.at.least(1);
    expect(element.status).to.equal('loaded');
    expect(statusText(element)).to.equal('“orders-traps.csv”已载入工单表：12 行，拒绝 13 行（共读取 25 行）。');
    const engine = await getEngine();
    expect((await engine.query('SELECT count(*)::INTEGER AS n FROM orders')).getChild('n')?.get(0)).to.equal(12);
  });

  it('passes date order and mapping attributes', async () => {
    const loaded = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    const element = await fixture<AftersalesDataElement>(
      html`<aftersales-data src="${FIXTURES}orders-english.tsv" date-order="MDY" mapping='{"Customer Name": null}'></aftersales-data>`,
    );
    const { report } = await loaded;

    expect(report.rowsLoaded).to.equal(3);
    expect(report.unmappedHeaders).to.deep.equal(['Customer Name']);
    expect(element.status).to.equal('loaded');
  });

  it('reloads when src changes', async () => {
    const first = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data src="${FIXTURES}orders-semicolon.csv"></aftersales-data>`);
    expect((await first).report.sourceFile).to.equal('orders-semicolon.csv');

    const second = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    element.src = `${FIXTURES}orders-bom.csv`;
    expect((await second).report.sourceFile).to.equal('orders-bom.csv');
  });

  it('shows the translated error naming the missing column', async () => {
    const failed = oneEvent(document, 'data-error') as Promise<DataErrorEvent>;
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data src="${FIXTURES}orders-missing-date.csv"></aftersales-data>`);
    const event = await failed;
    await element.updateComplete;

    expect(element.status).to.equal('error');
    expect(event.message).to.contain('缺少必需的列 order_date');
    expect(statusText(element)).to.equal(
      '载入失败：文件“orders-missing-date.csv”缺少必需的列 order_date（可用的表头：结算日期、进厂日期、进店日期、维修日期、工单创建时间、接待日期）。文件中的表头：工单号、客户编号、合计金额',
    );
    expect(element.shadowRoot!.querySelector('[part=status]')!.getAttribute('role')).to.equal('alert');

    element.locale = 'en-US';
    await element.updateComplete;
    expect(statusText(element)).to.match(/^Loading failed: File "orders-missing-date.csv" lacks the required column order_date/);
  });

  it('reports an invalid mapping attribute', async () => {
    const failed = oneEvent(document, 'data-error') as Promise<DataErrorEvent>;
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data mapping="{not json" src="${FIXTURES}orders-semicolon.csv"></aftersales-data>`);
    await failed;
    await element.updateComplete;

    expect(statusText(element)).to.match(/^载入失败：属性 mapping 的值无效：/);
  });

  it('appends with the append attribute', async () => {
    const first = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    await fixture(html`<aftersales-data src="${FIXTURES}orders-semicolon.csv"></aftersales-data>`);
    await first;
    const second = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    await fixture(html`<aftersales-data append src="${FIXTURES}orders-bom.csv"></aftersales-data>`);
    expect((await second).report.append).to.equal(true);

    const engine = await getEngine();
    expect((await engine.query('SELECT count(*)::INTEGER AS n FROM orders')).getChild('n')?.get(0)).to.equal(5);
  });

  it('passes the accessibility audit', async () => {
    const loaded = oneEvent(document, 'data-load') as Promise<DataLoadEvent>;
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data src="${FIXTURES}campaigns.csv" table="campaigns"></aftersales-data>`);
    await loaded;
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('loads a picked file', async () => {
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data table="campaigns"></aftersales-data>`);
    const response = await fetch(`${FIXTURES}campaigns.csv`);
    const file = new File([await response.arrayBuffer()], '活动.csv');
    const input = element.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;

    const loaded = oneEvent(element, 'data-load') as Promise<DataLoadEvent>;
    input.dispatchEvent(new Event('change'));
    const { report } = await loaded;

    expect(report.sourceFile).to.equal('活动.csv');
    expect(report.table).to.equal('campaigns');
    expect(report.rowsLoaded).to.equal(3);
  });

  it('loads a dropped file', async () => {
    const element = await fixture<AftersalesDataElement>(html`<aftersales-data></aftersales-data>`);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['ro_no,order_date,total_amount\nD1,2024-01-01,5\n'], 'dropped.csv'));

    const loaded = oneEvent(element, 'data-load') as Promise<DataLoadEvent>;
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    const { report } = await loaded;

    expect(report.sourceFile).to.equal('dropped.csv');
    expect(report.rowsLoaded).to.equal(1);
  });
});
