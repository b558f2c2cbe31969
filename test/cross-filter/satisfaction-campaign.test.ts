// <campaign-roi>, <satisfaction-panel> and <service-mix> on one page: each sends its selection and
// follows the others'.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { CampaignRoiElement } from '../../src/elements/campaign-roi/index.js';
import { SatisfactionPanelElement } from '../../src/elements/satisfaction-panel/index.js';
import { ServiceMixElement } from '../../src/elements/service-mix/index.js';
import { defineElement } from '../../src/elements/base/define-element.js';
import { AnalysisReadyEvent, type AnalysisElement } from '../../src/elements/base/index.js';
import { clearFilters, getFilterState } from '../../src/filters/index.js';
import { createCanonicalTable } from '../support/canonical.js';

defineElement('campaign-roi', CampaignRoiElement);
defineElement('satisfaction-panel', SatisfactionPanelElement);
defineElement('service-mix', ServiceMixElement);

// K1 (03-01..03-10, code on O1 and O2) and K2 (April, code on O4). Every order but the cancelled O5 has a
// survey; S5 belongs to customer A and has no order. All attitude scores are on 1–5.
async function loadFixture(): Promise<void> {
  await createCanonicalTable('orders', [
    { ro_no: 'O1', order_date: '2024-03-02', customer_id: 'A', service_type: '保养', total_amount: '800.00', campaign_id: 'K1' },
    { ro_no: 'O2', order_date: '2024-03-05', customer_id: 'B', service_type: '保养', total_amount: '600.00', campaign_id: 'K1' },
    { ro_no: 'O3', order_date: '2024-03-20', customer_id: 'C', service_type: '钣喷', total_amount: '1500.00' },
    { ro_no: 'O4', order_date: '2024-04-10', customer_id: 'D', service_type: '钣喷', total_amount: '2000.00', campaign_id: 'K2' },
    { ro_no: 'O5', order_date: '2024-03-06', customer_id: 'E', service_type: '保养', total_amount: '300.00', campaign_id: 'K1', status: '作废', is_cancelled: true },
  ]);
  await createCanonicalTable('campaigns', [
    { campaign_id: 'K1', campaign_name: '春季保养节', start_date: '2024-03-01', end_date: '2024-03-10', cost_amount: '1000.00' },
    { campaign_id: 'K2', campaign_name: '钣喷特惠', start_date: '2024-04-01', end_date: '2024-04-30', cost_amount: '1000.00' },
  ]);
  await createCanonicalTable('surveys', [
    { survey_id: 'S1', survey_date: '2024-03-03', ro_no: 'O1', customer_id: 'A', channel: '电话' },
    { survey_id: 'S2', survey_date: '2024-03-06', ro_no: 'O2', customer_id: 'B', channel: '微信' },
    { survey_id: 'S3', survey_date: '2024-03-21', ro_no: 'O3', customer_id: 'C', channel: '电话' },
    { survey_id: 'S4', survey_date: '2024-04-11', ro_no: 'O4', customer_id: 'D', channel: '短信' },
    { survey_id: 'S5', survey_date: '2024-04-15', ro_no: null, customer_id: 'A', channel: '问卷' },
  ]);
  const attitude = (survey_id: string, score: number) => ({ survey_id, dimension: 'attitude', score, scale_min: 1, scale_max: 5 });
  await createCanonicalTable('survey_scores', [attitude('S1', 5), attitude('S2', 3), attitude('S3', 1), attitude('S4', 4), attitude('S5', 2)]);
}

interface Page {
  readonly roi: CampaignRoiElement;
  readonly csi: SatisfactionPanelElement;
  readonly mix: ServiceMixElement;
}

let wrapper: HTMLElement | undefined;

// open-wc's fixture() waits for an animation frame, which a background page never gets, so the page
// is mounted by hand in a fixed-size scrolling box.
async function mountPage(): Promise<Page> {
  wrapper = document.createElement('div');
  wrapper.style.cssText = 'width: 900px; height: 600px; overflow: auto';
  render(
    html`<campaign-roi id="roi"></campaign-roi><satisfaction-panel id="csi"></satisfaction-panel><service-mix id="mix"></service-mix>`,
    wrapper,
  );
  document.body.append(wrapper);
  const page = {
    roi: wrapper.querySelector('campaign-roi') as CampaignRoiElement,
    csi: wrapper.querySelector('satisfaction-panel') as SatisfactionPanelElement,
    mix: wrapper.querySelector('service-mix') as ServiceMixElement,
  };
  for (const element of Object.values(page) as AnalysisElement<unknown>[]) {
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);
  }
  return page;
}

/** Resolves when each of `elements` has drawn a new result. */
function redrawnAll(elements: readonly HTMLElement[]): Promise<unknown> {
  return Promise.all(elements.map((element) => oneEvent(element, AnalysisReadyEvent.eventName)));
}

function shadowText(element: HTMLElement, selector: string): string {
  return element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function rowCells(element: HTMLElement, tableSelector: string, name: string): string[] {
  const rows = [...(element.shadowRoot?.querySelectorAll(`${tableSelector} tbody tr`) ?? [])];
  const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === name);
  return row ? [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '') : [];
}

function attitudeMean(csi: SatisfactionPanelElement): string[] {
  return rowCells(csi, 'table.figures', '服务态度（1–5 分）');
}

describe('satisfaction and campaign cross-filter', () => {
  beforeEach(async () => {
    clearFilters();
    await loadFixture();
  });

  afterEach(() => {
    wrapper?.remove();
    wrapper = undefined;
    clearFilters();
  });

  it('campaign click filters the others', async () => {
    const { roi, csi, mix } = await mountPage();
    expect(shadowText(csi, '.kpis > div:first-child')).to.contain('回访 5 份');

    const followed = redrawnAll([csi, mix]);
    roi.shadowRoot?.querySelector<HTMLButtonElement>('.row-select[data-index="0"]')?.click();
    await followed;

    expect(getFilterState()).to.have.length(1);
    expect(getFilterState()[0].source).to.equal('roi');
    // S1 and S2 have orders inside K1's period from K1's customers; S5 (customer A) has no order.
    expect(shadowText(csi, '.kpis > div:first-child')).to.equal('回访 2 份，评分 2 条');
    expect(attitudeMean(csi)).to.deep.equal(['服务态度（1–5 分）', '4', '2']);
    expect(shadowText(csi, '[part="filters"] li')).to.equal('活动：春季保养节（期间及客户）');
    expect(rowCells(mix, 'table.figures', '保养').slice(1, 4)).to.deep.equal(['2', '2', '¥1,400.00']);
    expect(rowCells(mix, 'table.figures', '钣喷')).to.deep.equal([]);
    // The source does not filter itself.
    expect(rowCells(roi, 'table.results', '钣喷特惠')[4]).to.equal('1');
  });

  it('satisfaction click filters the others', async () => {
    const { roi, csi, mix } = await mountPage();
    const bars = [...(csi.shadowRoot?.querySelectorAll<SVGRectElement>('.distribution g[aria-label="bar"] rect[role="button"]') ?? [])];
    // Attitude 1–5 bars: 1, 2, 3, 4, 5; score 4 is customer D.
    expect(bars[3].getAttribute('aria-label')).to.equal('服务态度（1–5 分） 4 分：1 条');

    const followed = redrawnAll([roi, mix]);
    bars[3].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => getFilterState().length > 0, 'no selection was published');
    await followed;

    expect(getFilterState()[0].predicates).to.deep.equal([{ field: 'customer_key', kind: 'point', values: ['D'] }]);
    expect(rowCells(roi, 'table.results', '春季保养节')[4]).to.equal('0');
    expect(rowCells(roi, 'table.results', '钣喷特惠').slice(4, 8)).to.deep.equal(['1', '1', '1', '¥2,000.00']);
    expect(rowCells(mix, 'table.figures', '钣喷').slice(1, 4)).to.deep.equal(['1', '1', '¥2,000.00']);
    expect(shadowText(csi, '.kpis > div:first-child')).to.contain('回访 5 份');
  });

  it('service-mix click filters both', async () => {
    const { roi, csi, mix } = await mountPage();
    const row = [...(mix.shadowRoot?.querySelectorAll<HTMLButtonElement>('.row-select') ?? [])].find((button) => button.textContent?.trim() === '钣喷');

    const followed = redrawnAll([roi, csi]);
    row?.click();
    await followed;

    // S3 and S4 belong to 钣喷 orders; S5 has no order, so the order-level filter leaves it out.
    expect(shadowText(csi, '.kpis > div:first-child')).to.equal('回访 2 份，评分 2 条');
    expect(attitudeMean(csi)).to.deep.equal(['服务态度（1–5 分）', '2.5', '2']);
    expect(shadowText(csi, '.response-rate .note')).to.equal('2 / 2 张已结算工单有回访');
    expect(rowCells(roi, 'table.results', '春季保养节')[4]).to.equal('0');
    expect(rowCells(roi, 'table.results', '钣喷特惠')[4]).to.equal('1');
  });

  it('clearing restores every widget', async () => {
    const { roi, csi, mix } = await mountPage();
    const selected = redrawnAll([csi, mix]);
    roi.shadowRoot?.querySelector<HTMLButtonElement>('.row-select[data-index="0"]')?.click();
    await selected;

    const cleared = redrawnAll([csi, mix]);
    csi.shadowRoot?.querySelector<HTMLButtonElement>('[part="filters"] button')?.click();
    await cleared;

    expect(getFilterState()).to.deep.equal([]);
    expect(shadowText(csi, '.kpis > div:first-child')).to.contain('回访 5 份');
    expect(rowCells(mix, 'table.figures', '钣喷').slice(1, 3)).to.deep.equal(['2', '2']);
  });
});
