import { expect, waitUntil, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ServiceMixElement } from '../../../src/elements/service-mix/index.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from '../../../src/elements/base/index.js';
import { markTablesLoaded } from '../../../src/data/state.js';
import { getEngine } from '../../../src/engine/index.js';
import { clearFilters, getFilterState } from '../../../src/filters/index.js';
import { createCanonicalTable } from '../../support/canonical.js';
import { expectSnapshot } from '../../support/commands.js';
import { SERVICE_MIX_ORDERS } from '../../analyses/service-mix-fixture.js';
import { normalizeSvg } from '../../charts/normalize-svg.js';
import { disableLogging, enableLogging } from '../../../src/logger.js';

// Fixtures are the widgets themselves, not wrapper elements: open-wc waits for an animation frame on
// plain elements, and a test page kept in a background tab gets none.
async function drawn(template: ReturnType<typeof html>): Promise<ServiceMixElement> {
  const element = await fixture<ServiceMixElement>(template);
  if (element.status !== 'ready' && element.status !== 'empty' && element.status !== 'error') {
    await oneEvent(element, AnalysisReadyEvent.eventName);
  }
  await element.updateComplete;
  return element;
}

function shadow(element: ServiceMixElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('service-mix has no shadow root');
  return element.shadowRoot;
}

function bars(element: ServiceMixElement): SVGRectElement[] {
  return [...shadow(element).querySelectorAll<SVGRectElement>('[data-chart="mix"] g[aria-label="bar"] rect[role="button"]')];
}

function barChart(element: ServiceMixElement): SVGSVGElement {
  return shadow(element).querySelector('[data-chart="mix"]') as SVGSVGElement;
}

function trendChart(element: ServiceMixElement): SVGSVGElement {
  return shadow(element).querySelector('[data-chart="trend"]') as SVGSVGElement;
}

function tableRow(element: ServiceMixElement, type: string): string[] {
  const rows = [...shadow(element).querySelectorAll('tbody tr')];
  const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === type);
  if (!row) throw new Error(`no table row for ${type}`);
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('<service-mix>', () => {
  beforeEach(async () => {
    clearFilters();
    await createCanonicalTable('orders', SERVICE_MIX_ORDERS);
  });

  it('draws one bar per service type', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);
    const ticks = [...barChart(element).querySelectorAll('g[aria-label="y-axis tick label"] text')].map((text) => text.textContent);

    expect(element.status).to.equal('ready');
    expect(bars(element)).to.have.length(6);
    expect(bars(element).map((bar) => bar.getAttribute('aria-disabled'))).to.deep.equal([null, null, null, null, 'true', null]);
    expect(ticks).to.deep.equal(['钣喷', '一般维修', '保修索赔', '定期保养', '（未填写）', '首保']);
    expect(shadow(element).querySelector('h2')?.textContent).to.equal('业务结构');
    const legend = [...shadow(element).querySelectorAll('[part="legend"] li')].map((item) => item.textContent?.trim());
    expect(legend).to.deep.equal(['钣喷', '一般维修', '保修索赔', '定期保养', '（未填写）', '首保']);
    expect(shadow(element).querySelectorAll('[part="chart"]')).to.have.length(2);
    expect(shadow(element).querySelectorAll('[part="tooltip"]')).to.have.length(2);
    expect(shadow(element).querySelector('[part="toolbar"]')).to.not.equal(null);
    expect(shadow(element).querySelector('figcaption .title')?.textContent).to.equal('各维修类型维修产值');
    expect(trendChart(element).querySelector('g[aria-label="y-axis label"]')?.textContent).to.contain('维修产值');
  });

  it('labels bars in ¥ and 万', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);
    const labels = [...barChart(element).querySelectorAll('g[aria-label="text"] text')].map((text) => text.textContent);

    expect(labels).to.deep.equal(['¥2.5万', '¥1万', '¥4,000', '¥3,800', '¥500', '¥0']);
    expect(bars(element)[0].getAttribute('aria-label')).to.equal('钣喷：维修产值 ¥25,000.00');
  });

  it('shows the figures table', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);

    expect(tableRow(element, '定期保养')).to.deep.equal(['定期保养', '5', '7', '¥3,800.00', '8.8%', '¥542.86', '28.9%', '35.0% 4/7 单有成本']);
    expect(tableRow(element, '钣喷')).to.deep.equal(['钣喷', '3', '4', '¥25,000.00', '57.7%', '¥6,250.00', '32.0%', '—']);
    expect(tableRow(element, '首保')).to.deep.equal(['首保', '3', '3', '¥0.00', '0.0%', '¥0.00', '—', '—']);
    const total = [...shadow(element).querySelectorAll('tfoot th, tfoot td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    // 16 distinct settled customers; 23 visits (7 + 5 + 4 + 3 + 3 + 1); ¥43,300 ÷ 23 = ¥1,882.61 per visit;
    // labour 14,200 ÷ 43,300 = 32.8%; margin (16,000 − 11,000) ÷ 16,000 = 31.3% over 14 orders with a cost.
    expect(total).to.deep.equal(['合计', '16', '23', '¥43,300.00', '100.0%', '¥1,882.61', '32.8%', '31.3% 14/23 单有成本']);
  });

  it('selects a service type on click', async () => {
    const element = await drawn(html`<service-mix id="mix" style="width: 720px"></service-mix>`);
    bars(element)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;

    expect(getFilterState()).to.deep.equal([
      { source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['钣喷'] }], label: '维修类型：钣喷' },
    ]);
    expect(bars(element)[0].getAttribute('aria-pressed')).to.equal('true');
    expect(bars(element)[1].getAttribute('aria-pressed')).to.equal('false');
    // Its own selection does not filter the widget itself.
    expect(bars(element)).to.have.length(6);

    bars(element)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;

    expect(getFilterState()).to.deep.equal([]);
  });

  it('selects with Enter and keeps focus', async () => {
    const element = await drawn(html`<service-mix id="mix" style="width: 720px"></service-mix>`);
    bars(element)[1].focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;

    expect(getFilterState()[0]?.predicates).to.deep.equal([{ field: 'service_type', kind: 'point', values: ['一般维修'] }]);
    // Focus returns after the redraw that the selection starts, which may land after this update.
    await waitUntil(() => shadow(element).activeElement?.getAttribute('aria-pressed') === 'true', 'focus did not return to the pressed bar', { timeout: 5000 });
    expect(shadow(element).activeElement?.getAttribute('data-index')).to.equal('1');
    expect(shadow(element).activeElement?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('selects a month in the trend', async () => {
    const element = await drawn(html`<service-mix id="mix" style="width: 720px"></service-mix>`);
    const months = [...shadow(element).querySelectorAll<SVGRectElement>('g.month-hit rect[role="button"]')];

    expect(months).to.have.length(3);
    expect(months[2].getAttribute('aria-label')).to.equal('2024年3月：维修产值 ¥20,300.00');
    months[2].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;

    expect(getFilterState()[0]?.predicates).to.deep.equal([{ field: 'order_date', kind: 'interval', range: ['2024-03-01', '2024-04-01'] }]);
    expect(getFilterState()[0]?.label).to.equal('结算月份：2024年3月');
  });

  it('stretches a month selection with Shift', async () => {
    const element = await drawn(html`<service-mix id="mix" style="width: 720px"></service-mix>`);
    const month = (index: number) => shadow(element).querySelector(`[data-chart="trend"] g.month-hit rect[data-index="${index}"]`) as SVGRectElement;
    month(0).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    month(2).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await element.updateComplete;

    expect(getFilterState()[0]?.predicates).to.deep.equal([{ field: 'order_date', kind: 'interval', range: ['2024-01-01', '2024-04-01'] }]);
    expect(getFilterState()[0]?.label).to.equal('结算月份：2024年1月 至 2024年3月');
    expect([0, 1, 2].map((index) => month(index).getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
    expect(shadow(element).querySelector('[part="filters"] li.own')?.textContent).to.equal('结算日期：2024年1月 至 2024年3月');
  });

  it('filters by another widget', async () => {
    const left = await drawn(html`<service-mix id="left" style="width: 720px"></service-mix>`);
    const right = document.createElement('service-mix');
    right.id = 'right';
    const rightReady = oneEvent(right, AnalysisReadyEvent.eventName);
    left.after(right);
    await rightReady;

    const filtered = oneEvent(right, AnalysisReadyEvent.eventName);
    bars(left)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await filtered;
    await right.updateComplete;

    expect(bars(left)).to.have.length(6);
    expect(bars(right)).to.have.length(1);
    expect(tableRow(right, '钣喷')[2]).to.equal('4');
    expect(shadow(right).querySelector('[part="filters"] li')?.textContent).to.equal('维修类型：钣喷');
    right.remove();
  });

  it('switches to visits', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);
    const visits = shadow(element).querySelectorAll<HTMLButtonElement>('[part="measure"] button')[1];
    visits.click();
    await element.updateComplete;
    const labels = [...barChart(element).querySelectorAll('g[aria-label="text"] text')].map((text) => text.textContent);

    expect(element.measure).to.equal('visits');
    expect(visits.getAttribute('aria-pressed')).to.equal('true');
    expect(labels).to.deep.equal(['4', '5', '3', '7', '1', '3']);
  });

  it('counts customer-paid orders only', async () => {
    const element = await drawn(html`<service-mix customer-paid style="width: 720px"></service-mix>`);
    const ticks = [...barChart(element).querySelectorAll('g[aria-label="y-axis tick label"] text')].map((text) => text.textContent);
    shadow(element).querySelector<HTMLButtonElement>('button[aria-controls="definitions"]')?.click();
    await element.updateComplete;

    expect(ticks).to.deep.equal(['钣喷', '一般维修', '定期保养', '（未填写）']);
    expect(shadow(element).querySelector('#definitions dd')?.textContent).to.contain('不含保修索赔、内部工单和免费首保');
  });

  it('toggles the customer-paid scope', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);
    const toggle = shadow(element).querySelector<HTMLButtonElement>('button[part="scope"]');
    expect(toggle?.getAttribute('aria-pressed')).to.equal('false');

    const ready = oneEvent(element, AnalysisReadyEvent.eventName);
    toggle?.click();
    await ready;

    expect(element.hasAttribute('customer-paid')).to.equal(true);
    expect(toggle?.getAttribute('aria-pressed')).to.equal('true');
    expect(bars(element)).to.have.length(4);
    expect(shadow(element).querySelector('caption')?.textContent).to.equal('各维修类型指标（客户付费的已结算工单，不含保修索赔、内部工单和免费首保）');
  });

  it('warns about unsupported attribute values', async () => {
    const warnings: string[] = [];
    enableLogging('warn', (level, message) => warnings.push(`${level}: ${message}`));
    try {
      const element = await drawn(html`<service-mix locale="fr-FR" measure="bogus"></service-mix>`);

      expect(element.status).to.equal('ready');
      expect(shadow(element).querySelector('h2')?.textContent).to.equal('业务结构');
      expect(shadow(element).querySelector('[part="measure"] button[aria-pressed="true"]')?.textContent?.trim()).to.equal('维修产值');
      expect(warnings).to.include('warn: <service-mix>: attribute "locale" does not support "fr-FR"; using "zh-CN". Supported values: "zh-CN", "en-US".');
      expect(warnings).to.include('warn: <service-mix>: attribute "measure" does not support "bogus"; using "revenue". Supported values: "revenue", "visits".');
    } finally {
      disableLogging();
    }
  });

  it('draws English labels', async () => {
    const element = await drawn(html`<service-mix locale="en-US" style="width: 720px"></service-mix>`);
    const headers = [...shadow(element).querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());

    expect(shadow(element).querySelector('h2')?.textContent).to.equal('Service mix');
    expect(headers).to.deep.equal(['Service type', 'Customers', 'Visits', 'Revenue', 'Share of revenue', 'Revenue per visit', 'Labour share', 'Margin']);
    expect(shadow(element).querySelector('figcaption .title')?.textContent).to.equal('Revenue by service type');
    expect(trendChart(element).querySelector('g[aria-label="y-axis label"]')?.textContent).to.contain('Revenue');
    expect(tableRow(element, '(blank)')[3]).to.equal('¥500.00');
    expect(tableRow(element, '定期保养')[7]).to.equal('35.0% 4 of 7 orders have a cost');
  });

  it('shows the empty state', async () => {
    await createCanonicalTable('orders', [{ ro_no: 'X1', order_date: '2024-01-01', service_type: '钣喷', total_amount: 100, is_cancelled: true }]);
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);

    expect(element.status).to.equal('empty');
    expect(shadow(element).querySelector('[part="status"]')?.textContent?.trim()).to.equal('当前筛选条件下没有数据。');
    expect(bars(element)).to.have.length(0);
  });

  it('shows a query error', async () => {
    const engine = await getEngine();
    await engine.query('CREATE OR REPLACE TABLE orders (ro_no VARCHAR, total_amount DECIMAL(18,2))');
    markTablesLoaded(['orders']);
    const element = document.createElement('service-mix');
    const failed = oneEvent(element, AnalysisErrorEvent.eventName);
    document.body.append(element);
    const event = (await failed) as unknown as AnalysisErrorEvent;
    await element.updateComplete;

    expect(element.status).to.equal('error');
    expect(event.message).to.match(/^查询失败：/);
    expect(shadow(element).querySelector('[part="status"]')?.getAttribute('role')).to.equal('alert');
    expect(bars(element)).to.have.length(0);
    element.remove();
  });

  it('passes an accessibility check', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);

    await expect(element).to.be.accessible();
  });

  it('matches the bar chart snapshot', async () => {
    const element = await drawn(html`<service-mix style="width: 720px"></service-mix>`);

    await expectSnapshot('service-mix/bars', normalizeSvg(barChart(element)));
  });
});
