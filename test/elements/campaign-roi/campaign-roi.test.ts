import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { CampaignRoiElement, formatRevenueToCost } from '../../../src/elements/campaign-roi/index.js';
import { defineElement } from '../../../src/elements/base/define-element.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from '../../../src/elements/base/index.js';
import { clearFilters, getFilterState } from '../../../src/filters/index.js';
import { createCanonicalTable } from '../../support/canonical.js';
import { expectSnapshot } from '../../support/commands.js';
import { normalizeSvg } from '../../charts/normalize-svg.js';
import { loadCampaignFixture } from '../../analyses/campaigns-fixture.js';

defineElement('campaign-roi', CampaignRoiElement);

const mounted: HTMLElement[] = [];

// open-wc's fixture() waits for an animation frame, which a page running in the background (parallel
// test files) never gets, so the widgets are mounted by hand in a fixed-size scrolling box.
function mount(template: TemplateResult): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'width: 900px; height: 600px; overflow: auto';
  render(template, wrapper);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return wrapper;
}

async function drawn(template: TemplateResult): Promise<CampaignRoiElement> {
  const element = mount(template).querySelector('campaign-roi') as CampaignRoiElement;
  if (!['ready', 'empty', 'error'].includes(element.status)) await oneEvent(element, AnalysisReadyEvent.eventName);
  await element.updateComplete;
  return element;
}

/** Waits for the next drawn result after `action`. */
async function redrawn(element: CampaignRoiElement, action: () => void): Promise<void> {
  const ready = oneEvent(element, AnalysisReadyEvent.eventName);
  action();
  await ready;
  await element.updateComplete;
}

function shadow(element: CampaignRoiElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('campaign-roi has no shadow root');
  return element.shadowRoot;
}

function tableRow(element: CampaignRoiElement, table: 'results' | 'uplift', name: string): string[] {
  const rows = [...shadow(element).querySelectorAll(`table.${table} tbody tr`)];
  const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === name);
  if (!row) throw new Error(`no ${table} row for ${name}`);
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

function rulesText(element: CampaignRoiElement): string {
  return shadow(element).querySelector('.rules')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function bars(element: CampaignRoiElement): SVGRectElement[] {
  return [...shadow(element).querySelectorAll<SVGRectElement>('g[aria-label="bar"] rect[role="button"]')];
}

// Number of line boxes the text of `cell` takes: more than one means the text wrapped.
function lineCount(cell: Element): number {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
  return tops.size;
}

describe('<campaign-roi>', () => {
  beforeEach(async () => {
    clearFilters();
    await loadCampaignFixture();
  });

  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
  });

  it('shows results under code attribution', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);

    expect(element.status).to.equal('ready');
    expect(shadow(element).querySelector('h2')?.textContent).to.equal('营销活动投入产出');
    expect(tableRow(element, 'results', '春季保养节')).to.deep.equal([
      '春季保养节', '2024年3月1日 至 2024年3月10日', '¥1,000.00', '50', '4', '4', '3', '¥2,600.50', '160.1%', '2.6:1', '50.0%',
    ]);
    expect(tableRow(element, 'results', '钣喷特惠')).to.deep.equal([
      '钣喷特惠', '2024年4月1日 至 2024年4月30日', '¥2,000.00', '未知', '2', '2', '1', '¥4,000.00', '100.0%', '2:1', '50.0% 窗口未结束',
    ]);
    expect(rulesText(element)).to.equal('归因：工单带有活动编号即计入该活动（不论日期）。 拉动对比：活动期间全店全部业务减去基期（活动前同长度期间）。回厂窗口：90 天。');
  });

  it('phone headings keep words whole', async () => {
    const element = await drawn(html`<campaign-roi style="width: 390px"></campaign-roi>`);
    const headings = [...shadow(element).querySelectorAll('table.results thead th, table.uplift thead th')];
    // Breaks are allowed at spaces and at the operators of a formula such as (产值−投入)÷投入.
    const words = (cell: Element): number => (cell.textContent ?? '').trim().split(/[\s−÷:]+/).length;

    expect(headings).to.have.length.greaterThan(10);
    expect(headings.map((cell) => `${cell.textContent}: ${lineCount(cell)} lines`)).to.deep.equal(headings.map((cell) => `${cell.textContent}: ${Math.min(lineCount(cell), words(cell))} lines`));
  });

  it('shows a campaign with no visits', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);

    expect(tableRow(element, 'results', '空活动').slice(2)).to.deep.equal(['¥500.00', '未知', '0', '0', '0', '¥0.00', '-100.0%', '0:1', '—']);
    expect(tableRow(element, 'uplift', '空活动').slice(2)).to.deep.equal(['0', '0', '0', '¥0.00', '¥0.00', '¥0.00']);
  });

  it('shows uplift against the period before', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);

    expect(tableRow(element, 'uplift', '春季保养节')).to.deep.equal([
      '春季保养节', '2024年2月20日 至 2024年2月29日', '4', '2', '+2', '¥2,800.50', '¥1,600.00', '+¥1,200.50',
    ]);
    expect(tableRow(element, 'uplift', '钣喷特惠')[4]).to.equal('-3');
  });

  it('switches the baseline to last year', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);
    const select = shadow(element).querySelector<HTMLSelectElement>('select[name="baseline"]') as HTMLSelectElement;
    await redrawn(element, () => {
      select.value = 'last_year';
      select.dispatchEvent(new Event('change'));
    });

    expect(element.baseline).to.equal('last_year');
    expect(tableRow(element, 'uplift', '春季保养节')).to.deep.equal([
      '春季保养节', '2023年3月1日 至 2023年3月10日 基期数据不全', '4', '1', '+3', '¥2,800.50', '¥500.00', '+¥2,300.50',
    ]);
    expect(rulesText(element)).to.contain('去年同期');
  });

  it('switches to window attribution', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);
    const select = shadow(element).querySelector<HTMLSelectElement>('select[name="attribution"]') as HTMLSelectElement;
    await redrawn(element, () => {
      select.value = 'window';
      select.dispatchEvent(new Event('change'));
    });

    expect(element.attribution).to.equal('window');
    expect(tableRow(element, 'results', '春季保养节').slice(4)).to.deep.equal(['4', '4', '3', '¥2,800.50', '180.1%', '2.8:1', '75.0%']);
    expect(rulesText(element)).to.contain('归因：活动起止日期内的全部已结算工单计入该活动。');
  });

  it('counts the target type only', async () => {
    const element = await drawn(html`<campaign-roi attribution="window" target-only></campaign-roi>`);

    expect(tableRow(element, 'results', '春季保养节').slice(4)).to.deep.equal(['3', '3', '2', '¥1,800.00', '80.0%', '1.8:1', '100.0%']);
    expect(tableRow(element, 'uplift', '春季保养节').slice(2)).to.deep.equal(['3', '1', '+2', '¥1,800.00', '¥700.00', '+¥1,100.00']);
    expect(rulesText(element)).to.contain('属于活动目标业务类型');
    expect(rulesText(element)).to.contain('全店目标业务类型');
  });

  it('applies a typed return window', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);
    const input = shadow(element).querySelector<HTMLInputElement>('input[name="return-days"]') as HTMLInputElement;
    await redrawn(element, () => {
      input.value = '30';
      input.dispatchEvent(new Event('change'));
    });

    expect(element.returnDays).to.equal(30);
    expect(tableRow(element, 'results', '春季保养节')[10]).to.equal('0.0%');
    expect(rulesText(element)).to.contain('回厂窗口：30 天');
  });

  it('rejects a bad typed return window', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);
    const input = shadow(element).querySelector<HTMLInputElement>('input[name="return-days"]') as HTMLInputElement;
    input.value = '2.5';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;

    expect(element.returnDays).to.equal(90);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.validationMessage).to.contain('回厂窗口无效：2.5');
  });

  it('selects period and customers on click', async () => {
    const element = await drawn(html`<campaign-roi id="roi"></campaign-roi>`);
    bars(element)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => getFilterState().length > 0, 'no selection was published');
    await element.updateComplete;

    expect(getFilterState()).to.deep.equal([
      {
        source: 'roi',
        predicates: [
          { field: 'order_date', kind: 'interval', range: ['2024-03-01', '2024-03-11'] },
          { field: 'customer_key', kind: 'point', values: ['A', 'B', 'C', 'F'] },
        ],
        label: '活动：春季保养节（期间及客户）',
      },
    ]);
    expect(bars(element)[0].getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('.row-select[data-index="0"]')?.getAttribute('aria-pressed')).to.equal('true');

    bars(element)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    expect(getFilterState()).to.deep.equal([]);
  });

  it('selects with Enter on a bar', async () => {
    const element = await drawn(html`<campaign-roi id="roi"></campaign-roi>`);
    const bar = bars(element)[1];
    expect(bar.getAttribute('aria-label')).to.equal(
      '钣喷特惠\n期间：2024年4月1日 至 2024年4月30日\n投入：¥2,000.00\n产值：¥4,000.00\n投资回报率：100.0%\n投入产出比：2:1',
    );
    bar.focus();
    // A keydown on the focused mark: sendKeys would need the page focus, which parallel test files share.
    bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => getFilterState().length > 0, 'no selection was published');
    await element.updateComplete;

    expect(getFilterState()[0]?.predicates[1]).to.deep.equal({ field: 'customer_key', kind: 'point', values: ['B', 'I'] });
    // Focus returns after the redraw that the selection starts, which may land after this update.
    await waitUntil(() => shadow(element).activeElement !== null, 'focus did not return to a bar', { timeout: 5000 });
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('1');
  });

  it('shows the empty state', async () => {
    await createCanonicalTable('campaigns', []);
    const element = await drawn(html`<campaign-roi></campaign-roi>`);

    expect(element.status).to.equal('empty');
    expect(shadow(element).querySelector('[part="status"]')?.textContent?.trim()).to.equal('当前筛选条件下没有数据。');
  });

  it('reports a bad attribute', async () => {
    const wrapper = mount(html``);
    const element = document.createElement('campaign-roi') as CampaignRoiElement;
    element.setAttribute('baseline', 'yesterday');
    const failed = oneEvent(element, AnalysisErrorEvent.eventName);
    wrapper.append(element);
    const event = (await failed) as unknown as AnalysisErrorEvent;

    expect(element.status).to.equal('error');
    expect(event.message).to.contain('"baseline"');
    expect(event.message).to.contain('"yesterday"');
  });

  it('passes the accessibility audit', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);

    await expect(element).to.be.accessible();
  });

  it('draws English labels', async () => {
    const element = await drawn(html`<campaign-roi locale="en-US"></campaign-roi>`);
    const headers = [...shadow(element).querySelectorAll('table.results thead th')].map((cell) => cell.textContent?.trim());

    expect(shadow(element).querySelector('h2')?.textContent).to.equal('Campaign return');
    expect(headers[8]).to.equal('ROI (revenue − cost) ÷ cost');
    expect(headers[9]).to.equal('Revenue to cost');
    expect(tableRow(element, 'results', '钣喷特惠')[10]).to.equal('50.0% window still open');
  });

  it('formats revenue to cost', () => {
    expect(formatRevenueToCost(1.5, 'zh-CN')).to.equal('1.5:1');
    expect(formatRevenueToCost(2.6005, 'zh-CN')).to.equal('2.6:1');
    expect(formatRevenueToCost(2.15, 'en-US')).to.equal('2.15:1');
    expect(formatRevenueToCost(null, 'zh-CN')).to.equal('—');
  });

  it('matches the chart snapshot', async () => {
    const element = await drawn(html`<campaign-roi></campaign-roi>`);
    const chart = shadow(element).querySelector('svg[part="chart"]') as SVGSVGElement;

    await expectSnapshot('campaign-roi/chart', normalizeSvg(chart));
  });
});
