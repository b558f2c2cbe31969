import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { AnalysisReadyEvent, defineElement } from '../../../src/elements/base/index.js';
import { ChurnTrendElement, intervalRange, rangeInterval, snapToMonths } from '../../../src/elements/churn-trend/index.js';
import { FILTER_SELECT_EVENT, clearFilters, getFilterState, setFilter } from '../../../src/filters/index.js';
import { createCanonicalTable } from '../../support/canonical.js';
import { CHURN_ORDERS } from '../../analyses/churn-fixture.js';

defineElement('churn-trend', ChurnTrendElement);

async function settled(element: ChurnTrendElement): Promise<ChurnTrendElement> {
  await element.updateComplete;
  if (element.status !== 'ready' && element.status !== 'empty' && element.status !== 'error') {
    await oneEvent(element, AnalysisReadyEvent.eventName);
  }
  await element.updateComplete;
  return element;
}

async function drawn(template: ReturnType<typeof html>): Promise<ChurnTrendElement> {
  return settled(await fixture<ChurnTrendElement>(template));
}

function root(element: ChurnTrendElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('churn-trend has no shadow root');
  return element.shadowRoot;
}

function monthRow(element: ChurnTrendElement, month: string): string[] {
  const row = root(element).querySelector(`table.months tr[data-month="${month}"]`);
  if (!row) throw new Error(`no table row for ${month}`);
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '');
}

function lifecycleRows(element: ChurnTrendElement): string[][] {
  return [...root(element).querySelectorAll('table.lifecycle tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
}

describe('<churn-trend>', () => {
  beforeEach(async () => {
    clearFilters();
    await createCanonicalTable('orders', CHURN_ORDERS);
  });

  it('draws the monthly figures', async () => {
    const element = await drawn(html`<churn-trend style="width: 900px"></churn-trend>`);

    expect(element.status).to.equal('ready');
    expect(root(element).querySelectorAll('table.months tbody tr')).to.have.length(15);
    expect(monthRow(element, '2023-01')).to.deep.equal(['2023年1月', '3', '3', '数据不足', '数据不足', '数据不足']);
    expect(monthRow(element, '2024-01')).to.deep.equal(['2024年1月', '0', '4', '3', '2', '66.7%']);
    expect(monthRow(element, '2024-03')).to.deep.equal(['2024年3月', '1', '3', '2', '2', '100.0%']);
    expect(root(element).querySelector('.in-use')?.textContent).to.equal('当前流失定义：队列口径，窗口 N = 12 个月；有效基盘按近 12 个月计。');
    expect(root(element).querySelectorAll('[data-chart="rate"] g[aria-label="dot"] circle')).to.have.length(3);
  });

  it('shows the lifecycle stages', async () => {
    const element = await drawn(html`<churn-trend window="3" style="width: 900px"></churn-trend>`);

    expect(lifecycleRows(element)).to.deep.equal([
      ['首次到店', '1'],
      ['回厂客户', '1'],
      ['流失预警', '1'],
      ['已流失', '4'],
    ]);
  });

  it('window switch re-queries', async () => {
    const element = await drawn(html`<churn-trend style="width: 900px"></churn-trend>`);

    root(element).querySelector<HTMLButtonElement>('button[data-window="6"]')?.click();
    await settled(element);

    expect(element.window).to.equal(6);
    expect(monthRow(element, '2023-07')).to.deep.equal(['2023年7月', '0', '6', '3', '2', '66.7%']);
    expect(monthRow(element, '2023-06').slice(3)).to.deep.equal(['数据不足', '数据不足', '数据不足']);
  });

  it('definitions name the windows in use', async () => {
    const element = await drawn(html`<churn-trend window="6" active-window="3" style="width: 900px"></churn-trend>`);
    const panel = root(element).querySelector('#definitions');
    const definitions = [...(panel?.querySelectorAll('dd') ?? [])].map((entry) => entry.textContent ?? '');

    expect(definitions[0]).to.contain('窗口 N = 6 个月');
    expect(definitions[2]).to.equal('近 3 个月（第 M−2 至 M 月，默认 12 个月，可设置）内有已结算工单的不同客户数。');
    expect(definitions[3]).to.contain('N = 6 为流失窗口');

    root(element).querySelector<HTMLButtonElement>('button[data-window="12"]')?.click();
    await settled(element);

    expect(panel?.querySelector('dd')?.textContent).to.contain('窗口 N = 12 个月');
  });

  it('month pickers select a range', async () => {
    const element = await drawn(html`<churn-trend id="trend" style="width: 900px"></churn-trend>`);
    const seen: Event[] = [];
    const listener = (event: Event): number => seen.push(event);
    document.addEventListener(FILTER_SELECT_EVENT, listener);

    const from = root(element).querySelector<HTMLSelectElement>('.range-from')!;
    const to = root(element).querySelector<HTMLSelectElement>('.range-to')!;
    from.value = '2023-04';
    to.value = '2023-03';
    root(element).querySelector<HTMLButtonElement>('.range-apply')?.click();
    await element.updateComplete;
    document.removeEventListener(FILTER_SELECT_EVENT, listener);

    expect(seen).to.have.length(1);
    expect(getFilterState()).to.deep.equal([
      { source: 'trend', label: '结算月份：2023年3月 至 2023年4月', predicates: [{ field: 'order_date', kind: 'interval', range: ['2023-03-01', '2023-05-01'] }] },
    ]);
    expect(element.selectedRange).to.deep.equal({ from: '2023-03', to: '2023-04' });
    expect(root(element).querySelectorAll('table.months tbody tr'), 'its own range does not filter itself').to.have.length(15);
    expect(root(element).querySelectorAll('[data-chart="rate"] g[aria-label="rect"] rect')).to.have.length(1);

    root(element).querySelector<HTMLButtonElement>('.range-clear')?.click();
    expect(getFilterState()).to.deep.equal([]);
  });

  it('dragging across the chart brushes months', async () => {
    const element = await drawn(html`<churn-trend style="width: 900px"></churn-trend>`);
    const overlay = root(element).querySelector('[data-chart="rate"] .brush .overlay');
    if (!overlay) throw new Error('the rate chart has no brush');
    const box = overlay.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);

    // 15 months across the overlay: from a fifth to two fifths of the width covers months 4 to 6.
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.2 + 5), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.3), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.4 - 5), y] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;

    expect(getFilterState()[0]?.predicates).to.deep.equal([{ field: 'order_date', kind: 'interval', range: ['2023-04-01', '2023-07-01'] }]);
  });

  it('date filter from the host picks months', async () => {
    const element = await drawn(html`<churn-trend window="3" style="width: 900px"></churn-trend>`);

    setFilter('default', 'host-date', { predicates: [{ field: 'order_date', kind: 'interval', range: ['2023-03-01', '2023-05-01'] }] });
    await settled(element);

    expect([...root(element).querySelectorAll('table.months tbody tr')].map((row) => row.getAttribute('data-month'))).to.deep.equal(['2023-03', '2023-04']);
    expect(monthRow(element, '2023-04').slice(3)).to.deep.equal(['3', '2', '66.7%']);
  });

  it('phone width stacks the views', async () => {
    const element = await drawn(html`<churn-trend style="width: 390px"></churn-trend>`);
    const columns = root(element).querySelector<HTMLElement>('.columns');
    const lifecycle = root(element).querySelector<SVGSVGElement>('[data-chart="lifecycle"]');
    const rate = root(element).querySelector<SVGSVGElement>('[data-chart="rate"]');
    if (!columns || !lifecycle || !rate) throw new Error('churn-trend drew no columns or charts');

    expect(getComputedStyle(columns).gridTemplateColumns.split(' ')).to.have.length(1);
    // Drawn at the full content width and not scaled down by a narrow column.
    expect(lifecycle.getBoundingClientRect().width).to.equal(Number(lifecycle.getAttribute('width')));
    expect(lifecycle.getBoundingClientRect().width).to.be.greaterThan(300);
    expect(lifecycle.getBoundingClientRect().top).to.be.greaterThan(rate.getBoundingClientRect().bottom);
  });

  it('wide widget keeps two columns', async () => {
    const element = await drawn(html`<churn-trend style="width: 1000px"></churn-trend>`);
    const columns = root(element).querySelector<HTMLElement>('.columns');
    if (!columns) throw new Error('churn-trend drew no columns');

    expect(getComputedStyle(columns).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('bad window shows an error', async () => {
    const element = await drawn(html`<churn-trend window="0"></churn-trend>`);

    expect(element.status).to.equal('error');
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain('<churn-trend>: attribute "window" must be a whole number of months from 1 to 120, got "0".');
  });

  it('bad active-window names the attribute', async () => {
    const element = await drawn(html`<churn-trend active-window="0"></churn-trend>`);

    expect(element.status).to.equal('error');
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain('<churn-trend>: attribute "active-window" must be a whole number of months from 1 to 120, got "0".');
  });

  it('passes the accessibility check', async () => {
    const element = await drawn(html`<churn-trend style="width: 900px"></churn-trend>`);

    await expect(element).to.be.accessible();
  });

  it('month range helpers', () => {
    const months = ['2023-01', '2023-02', '2023-03'];

    expect(snapToMonths(new Date('2023-02-20T00:00:00Z'), new Date('2023-01-03T00:00:00Z'), months)).to.deep.equal({ from: '2023-01', to: '2023-02' });
    expect(snapToMonths(new Date('2024-01-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z'), months)).to.equal(undefined);
    expect(rangeInterval({ from: '2023-11', to: '2023-12' })).to.deep.equal(['2023-11-01', '2024-01-01']);
    expect(intervalRange(['2023-11-01', '2024-01-01'])).to.deep.equal({ from: '2023-11', to: '2023-12' });
    expect(intervalRange(['2023-11-05', '2024-01-01'])).to.equal(undefined);
  });
});
