import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Table } from 'apache-arrow';
import { AnalysisElement, AnalysisErrorEvent, AnalysisReadyEvent, type DefinitionEntry, type RenderContext } from '../../../src/elements/base/index.js';
import { markTablesCleared } from '../../../src/data/state.js';
import type { Query } from '../../../src/engine/index.js';
import { FilterSelectEvent, clearFilters, compileFilters } from '../../../src/filters/index.js';
import type { FilterClause } from '../../../src/filters/types.js';
import type { Locale } from '../../../src/i18n/index.js';
import { createCanonicalTable, type FixtureRow } from '../../support/canonical.js';

interface Row {
  readonly type: string;
  readonly visits: number;
}

const PROBE_SQL = 'SELECT service_type AS type, count(*) AS visits FROM orders WHERE NOT is_cancelled AND total_amount >= ? AND {filter} GROUP BY 1 ORDER BY 1';

/** A minimal widget: visits per service type, drawn as a list. */
class ProbeWidget extends AnalysisElement<Row[]> {
  sql = PROBE_SQL;
  minimum = 0;
  renderCount = 0;
  widths: number[] = [];

  protected readonly requiredTables = ['orders'];
  protected readonly filterFields = { service_type: 'service_type' };

  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    if (this.minimum < 0) throw new Error('minimum must not be negative');
    const condition = compileFilters(filters, this.filterFields);
    return [{ sql: this.sql.replace('{filter}', condition.sql || 'TRUE'), params: [this.minimum, ...condition.params] }];
  }

  /** Publishes a selection the way a click handler of a subclass would. */
  selectType(type: string): void {
    this.select({ predicates: [{ field: 'service_type', kind: 'point', values: [type] }] });
  }

  protected readResult(tables: readonly Table[]): Row[] {
    return tables[0].toArray().map((row) => ({ type: String(row.type), visits: Number(row.visits) }));
  }

  protected isEmptyResult(result: Row[]): boolean {
    return result.length === 0;
  }

  protected heading(locale: Locale): string {
    return locale === 'zh-CN' ? '测试组件' : 'Probe';
  }

  protected definitions(): readonly DefinitionEntry[] {
    return [{ term: 'common.field.service_type', definition: 'common.status.empty' }];
  }

  protected renderResult(result: Row[], context: RenderContext) {
    this.renderCount += 1;
    this.widths.push(context.width);
    return html`<ul part="chart">${result.map((row) => html`<li>${row.type}=${row.visits}</li>`)}</ul>`;
  }

  /** The clauses the widget applies, for tests. */
  appliedClauses(): readonly FilterClause[] {
    return this.appliedFilters;
  }

  /** Feeds a content width to the widget the way its resize observer does. */
  resizeTo(width: number): void {
    this.handleResize(width);
  }

  /** Feeds a content width the way the resize observer callback does. */
  observeWidth(width: number): void {
    this.scheduleResize(width);
  }

  /** Lets tests change a query parameter the way an attribute would. */
  setMinimum(value: number): void {
    this.minimum = value;
    this.requestUpdate();
  }
}
customElements.define('probe-widget', ProbeWidget);

const ORDERS: FixtureRow[] = [
  { ro_no: 'R1', order_date: '2024-01-05', customer_id: 'C1', service_type: '钣喷', total_amount: 1000 },
  { ro_no: 'R2', order_date: '2024-01-06', customer_id: 'C2', service_type: '钣喷', total_amount: 200 },
  { ro_no: 'R3', order_date: '2024-02-01', customer_id: 'C1', service_type: '定期保养', total_amount: 500 },
  { ro_no: 'R4', order_date: '2024-02-02', customer_id: 'C3', service_type: '定期保养', total_amount: 800, is_cancelled: true },
];

function items(element: HTMLElement): string[] {
  return [...(element.shadowRoot?.querySelectorAll('[part="chart"] li') ?? [])].map((item) => item.textContent ?? '');
}

function statusText(element: HTMLElement): string {
  return element.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim() ?? '';
}

describe('AnalysisElement', () => {
  beforeEach(() => {
    clearFilters();
    markTablesCleared(['orders']);
  });

  it('waits for its table, then draws', async () => {
    const element = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(element.status).to.equal('waiting');
    expect(element.getAttribute('status')).to.equal('waiting');
    expect(statusText(element)).to.contain('等待数据加载');

    const ready = oneEvent(element, AnalysisReadyEvent.eventName);
    await createCanonicalTable('orders', ORDERS);
    const event = (await ready) as unknown as AnalysisReadyEvent;

    expect(event.status).to.equal('ready');
    expect(element.status).to.equal('ready');
    expect(element.matches(':state(ready)')).to.equal(true);
    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
  });

  it('re-queries when a parameter changes', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    await oneEvent(element, AnalysisReadyEvent.eventName);

    const ready = oneEvent(element, AnalysisReadyEvent.eventName);
    element.setMinimum(600);
    await ready;

    expect(items(element)).to.deep.equal(['钣喷=1']);
  });

  it('shows the empty state', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = document.createElement('probe-widget') as ProbeWidget;
    element.minimum = 99_999;
    const ready = oneEvent(element, AnalysisReadyEvent.eventName);
    document.body.append(element);
    const event = (await ready) as unknown as AnalysisReadyEvent;

    expect(event.status).to.equal('empty');
    expect(element.getAttribute('status')).to.equal('empty');
    expect(statusText(element)).to.equal('当前筛选条件下没有数据。');
    expect(items(element)).to.deep.equal([]);
    element.remove();
  });

  it('turns an engine error into a message', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = document.createElement('probe-widget') as ProbeWidget;
    element.locale = 'en-US';
    element.sql = 'SELECT no_such_column FROM orders WHERE total_amount >= ?';
    const failed = oneEvent(element, AnalysisErrorEvent.eventName);
    document.body.append(element);
    const event = (await failed) as unknown as AnalysisErrorEvent;

    expect(event.message).to.match(/^Query failed: /);
    expect(element.status).to.equal('error');
    expect(statusText(element)).to.contain('no_such_column');
    expect(element.shadowRoot?.querySelector('[part="status"]')?.getAttribute('role')).to.equal('alert');

    element.locale = 'zh-CN';
    await element.updateComplete;
    expect(statusText(element)).to.match(/^查询失败：/);
    element.remove();
  });

  it('turns a builder exception into a message', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = document.createElement('probe-widget') as ProbeWidget;
    element.minimum = -1;
    const failed = oneEvent(element, AnalysisErrorEvent.eventName);
    document.body.append(element);
    const event = (await failed) as unknown as AnalysisErrorEvent;

    expect(event.message).to.equal('无法显示此分析：minimum must not be negative');
    expect(element.getAttribute('status')).to.equal('error');

    let repeats = 0;
    element.addEventListener(AnalysisErrorEvent.eventName, () => repeats++);
    element.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls="definitions"]')?.click();
    await element.updateComplete;
    expect(repeats).to.equal(0);

    const recovered = oneEvent(element, AnalysisReadyEvent.eventName);
    element.setMinimum(0);
    await recovered;
    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    element.remove();
  });

  it('applies filters of other sources', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);

    const filtered = oneEvent(element, AnalysisReadyEvent.eventName);
    document.dispatchEvent(new FilterSelectEvent({ source: 'host-page', predicates: [{ field: 'service_type', kind: 'point', values: ['钣喷'] }] }));
    await filtered;

    expect(items(element)).to.deep.equal(['钣喷=2']);
    const bar = element.shadowRoot?.querySelector('[part="filters"]');
    expect(bar?.querySelector('li')?.textContent).to.equal('维修类型：钣喷');

    const cleared = oneEvent(element, AnalysisReadyEvent.eventName);
    bar?.querySelector('button')?.click();
    await cleared;

    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    expect(element.shadowRoot?.querySelector('[part="filters"]')).to.equal(null);
  });

  it('ignores filters on unknown fields', async () => {
    await createCanonicalTable('orders', ORDERS);
    document.dispatchEvent(new FilterSelectEvent({ source: 'host-page', predicates: [{ field: 'channel', kind: 'point', values: ['微信'] }] }));
    // A field named like an Object.prototype member must not count as one of the widget's fields.
    document.dispatchEvent(new FilterSelectEvent({ source: 'other-page-control', predicates: [{ field: 'toString', kind: 'point', values: ['x'] }] }));
    const element = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);

    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    const bar = element.shadowRoot?.querySelector('[part="filters"]');
    expect(bar?.querySelector('li'), 'no filter applies').to.equal(null);
    expect(bar?.querySelector('.not-applicable')?.textContent).to.equal('不适用于本组件：channel：微信；toString：x');
  });

  it('lists an inherited field name as not applicable', async () => {
    await createCanonicalTable('orders', ORDERS);
    const clause = { source: 'host-page', predicates: [{ field: 'constructor', kind: 'point' as const, values: ['x'] }] };
    document.dispatchEvent(new FilterSelectEvent(clause));
    const element = await fixture<ProbeWidget>(html`<probe-widget locale="en-US"></probe-widget>`);
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);

    expect(element.appliedClauses(), '`constructor` is inherited, not one of the fields').to.deep.equal([]);
    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    const bar = element.shadowRoot?.querySelector('[part="filters"]');
    expect(bar?.querySelector('.not-applicable')?.textContent).to.equal('Not applicable to this widget: constructor: x');
  });

  it('does not filter by its own selection', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = await fixture<ProbeWidget>(html`<probe-widget id="probe"></probe-widget>`);
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);

    element.selectType('钣喷');
    await element.updateComplete;

    expect(element.filterSource).to.equal('probe');
    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    expect(element.shadowRoot?.querySelector('[part="filters"] li.own')?.textContent).to.equal('维修类型：钣喷');
    expect(element.shadowRoot?.querySelector('[part="filters"] span')?.textContent).to.equal('本组件的选择（筛选其他组件）：');
  });

  it('queries again after a move', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = document.createElement('probe-widget') as ProbeWidget;
    document.body.append(element);
    await element.updateComplete;
    expect(element.status).to.equal('loading');

    // Moving the element disconnects it while its query runs, which cancels that query.
    const ready = oneEvent(element, AnalysisReadyEvent.eventName);
    document.body.prepend(element);
    await ready;

    expect(element.status).to.equal('ready');
    expect(items(element)).to.deep.equal(['定期保养=1', '钣喷=2']);
    element.remove();
  });

  it('opens the definitions panel', async () => {
    const element = await fixture<ProbeWidget>(html`<probe-widget locale="en-US"></probe-widget>`);
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls="definitions"]');
    const panel = element.shadowRoot?.querySelector<HTMLElement>('#definitions');

    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    expect(panel?.hidden).to.equal(true);
    button?.click();
    await element.updateComplete;

    expect(button?.getAttribute('aria-expanded')).to.equal('true');
    expect(panel?.hidden).to.equal(false);
    expect(panel?.querySelector('dt')?.textContent).to.equal('Service type');
    expect(button?.textContent?.trim()).to.equal('Definitions');
  });

  it('redraws at the new width', async () => {
    await createCanonicalTable('orders', ORDERS);
    const element = await fixture<ProbeWidget>(html`<probe-widget style="width: 500px"></probe-widget>`);
    if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);
    // 500px minus the default 12px padding and 1px border on each side.
    expect(element.widths[0]).to.equal(474);
    const drawsBefore = element.renderCount;

    // NOTE: the resize observer is driven directly because a test page that the runner keeps in a
    // background tab gets no layout passes, so a real observation may never arrive there.
    element.resizeTo(294.6);
    await element.updateComplete;
    element.resizeTo(294.2);
    await element.updateComplete;

    expect(element.renderCount).to.equal(drawsBefore + 1);
    expect(element.widths[element.widths.length - 1]).to.equal(294);
  });

  it('defers a resize to the next frame', async () => {
    await createCanonicalTable('orders', ORDERS);
    const frames: FrameRequestCallback[] = [];
    const originalRequest = window.requestAnimationFrame;
    // NOTE: frames are run by hand because a background test tab may never get one.
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      const element = await fixture<ProbeWidget>(html`<probe-widget style="width: 500px"></probe-widget>`);
      if (element.status !== 'ready') await oneEvent(element, AnalysisReadyEvent.eventName);
      // Apply any observation the real observer made while the widget was set up.
      for (const frame of frames.splice(0)) frame(performance.now());
      await element.updateComplete;
      const drawsBefore = element.renderCount;

      element.observeWidth(300.4);
      element.observeWidth(320.7);
      await element.updateComplete;

      expect(frames, 'one frame for both observations').to.have.length(1);
      expect(element.renderCount, 'no redraw inside the observer callback').to.equal(drawsBefore);

      frames[0](performance.now());
      await element.updateComplete;

      expect(element.renderCount).to.equal(drawsBefore + 1);
      expect(element.widths[element.widths.length - 1]).to.equal(320);
    } finally {
      window.requestAnimationFrame = originalRequest;
    }
  });
});
