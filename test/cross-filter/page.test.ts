// Three widgets on one real page. A selection in one changes the others' queries and marks, never its
// own. Groups stay apart, and the host page and the URL take part with the same state.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { AnalysisReadyEvent, defineElement, type AnalysisElement } from '../../src/elements/base/index.js';
import { ChurnTrendElement } from '../../src/elements/churn-trend/index.js';
import { CustomerSegmentsElement } from '../../src/elements/customer-segments/index.js';
import type { ServiceMixElement } from '../../src/elements/service-mix/index.js';
import { getEngine, setEngine, type Engine, type Query, type QueryOptions } from '../../src/engine/index.js';
import { FilterSelectEvent, clearFilters, filterStateToUrl, getAllFilterState, getFilterState, restoreFilterStateFromUrl, setFilter } from '../../src/filters/index.js';
import { createCanonicalTable } from '../support/canonical.js';
import { SEGMENT_ORDERS } from '../analyses/segments-fixture.js';

defineElement('customer-segments', CustomerSegmentsElement);
defineElement('churn-trend', ChurnTrendElement);

interface Dashboard {
  readonly mix: ServiceMixElement;
  readonly segments: CustomerSegmentsElement;
  readonly trend: ChurnTrendElement;
  /** Ready events per widget since the dashboard was drawn: one per finished query. */
  readonly draws: Map<Element, number>;
}

type Widget = AnalysisElement<unknown>;

async function settle(...widgets: Element[]): Promise<void> {
  for (const widget of widgets as Widget[]) {
    await widget.updateComplete;
    if (widget.status === 'loading' || widget.status === 'waiting') await oneEvent(widget, AnalysisReadyEvent.eventName);
    await widget.updateComplete;
  }
}

// Plain containers are appended by hand: open-wc's fixture() waits for an animation frame on plain
// elements, and a test page kept in a background tab gets none.
const containers: HTMLElement[] = [];

function container(): HTMLElement {
  const element = document.createElement('div');
  element.style.width = '900px';
  document.body.append(element);
  containers.push(element);
  return element;
}

async function dashboard(group = 'default', host: HTMLElement = container()): Promise<Dashboard> {
  const section = document.createElement('section');
  section.innerHTML = `
    <service-mix id="mix-${group}" group="${group}"></service-mix>
    <customer-segments id="segments-${group}" group="${group}" kind="lifecycle"></customer-segments>
    <churn-trend id="trend-${group}" group="${group}" window="3"></churn-trend>`;
  host.append(section);
  const mix = section.querySelector('service-mix') as ServiceMixElement;
  const segments = section.querySelector('customer-segments') as CustomerSegmentsElement;
  const trend = section.querySelector('churn-trend') as ChurnTrendElement;
  await settle(mix, segments, trend);
  const draws = new Map<Element, number>([mix, segments, trend].map((widget) => [widget, 0]));
  for (const widget of [mix, segments, trend]) widget.addEventListener(AnalysisReadyEvent.eventName, () => draws.set(widget, (draws.get(widget) ?? 0) + 1));
  return { mix, segments, trend, draws };
}

function root(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** Service type → visits, from the service-mix table. */
function mixVisits(mix: ServiceMixElement): Record<string, string> {
  const rows = [...root(mix).querySelectorAll('table tbody tr')];
  return Object.fromEntries(rows.map((row) => [row.querySelector('th')?.textContent?.trim() ?? '', row.querySelectorAll('td')[1]?.textContent?.trim() ?? '']));
}

/** Segment → customers, from the segments table. */
function segmentCustomers(segments: CustomerSegmentsElement): Record<string, string> {
  const rows = [...root(segments).querySelectorAll('table.segments tbody tr')];
  return Object.fromEntries(rows.map((row) => [row.querySelector('th')?.textContent?.trim() ?? '', row.querySelector('td')?.textContent?.trim() ?? '']));
}

/** Month → new customers, for the months with any, from the churn table. */
function newCustomers(trend: ChurnTrendElement): Record<string, string> {
  const rows = [...root(trend).querySelectorAll('table.months tbody tr')];
  const pairs = rows.map((row) => [row.getAttribute('data-month') ?? '', row.querySelectorAll('td')[0]?.textContent?.trim() ?? '']);
  return Object.fromEntries(pairs.filter(([, count]) => count !== '0'));
}

function mixButton(mix: ServiceMixElement, type: string): HTMLButtonElement {
  const button = [...root(mix).querySelectorAll<HTMLButtonElement>('.row-select')].find((candidate) => candidate.textContent?.trim() === type);
  if (!button) throw new Error(`no service-mix row for ${type}`);
  return button;
}

function snapshot(board: Dashboard): unknown {
  return { mix: mixVisits(board.mix), segments: segmentCustomers(board.segments), trend: newCustomers(board.trend) };
}

const ALL = {
  mix: { 定期保养: '10', 钣喷: '2', 一般维修: '1', 保修: '1' },
  segments: { 新客户: '3', 老客户: '2', 潜在客户: '1' },
  trend: { '2022-05': '1', '2023-01': '1', '2023-06': '1', '2023-07': '1', '2023-08': '1', '2024-04': '1' },
};

describe('cross-filter page', () => {
  beforeEach(async () => {
    clearFilters();
    clearFilters('east');
    await createCanonicalTable('orders', SEGMENT_ORDERS);
  });

  afterEach(() => {
    for (const element of containers.splice(0)) element.remove();
  });

  it('shows every order without filters', async () => {
    const board = await dashboard();

    expect(snapshot(board)).to.deep.equal(ALL);
  });

  it('service-mix click filters the others only', async () => {
    const board = await dashboard();

    mixButton(board.mix, '钣喷').click();
    await settle(board.mix, board.segments, board.trend);

    expect(mixVisits(board.mix)).to.deep.equal(ALL.mix);
    expect(mixButton(board.mix, '钣喷').getAttribute('aria-pressed')).to.equal('true');
    expect(segmentCustomers(board.segments)).to.deep.equal({ 新客户: '2' });
    expect(newCustomers(board.trend)).to.deep.equal({ '2024-01': '1', '2024-05': '1' });
    expect(board.draws.get(board.mix), 'the source does not re-query').to.equal(0);
    expect(board.draws.get(board.segments)).to.equal(1);
    expect(board.draws.get(board.trend)).to.equal(1);
    expect(root(board.segments).querySelector('[part="filters"] li')?.textContent).to.equal('维修类型：钣喷');
  });

  it('one round trip per click', async () => {
    const board = await dashboard();
    const real = await getEngine();
    const batches: number[] = [];
    // Counts the batches that reach the page engine, i.e. the round trips to the worker.
    const counting: Engine = {
      query: (sql, params, options) => real.query(sql, params, options),
      batch: (queries: readonly Query[], options?: QueryOptions) => {
        batches.push(queries.length);
        return real.batch(queries, options);
      },
      registerFile: (name, bytes) => real.registerFile(name, bytes),
      dropFile: (name) => real.dropFile(name),
      insertArrowIPC: (table, ipc) => real.insertArrowIPC(table, ipc),
      version: () => real.version(),
    };
    setEngine(counting);
    try {
      mixButton(board.mix, '钣喷').click();
      await settle(board.mix, board.segments, board.trend);
    } finally {
      setEngine(real);
    }

    expect(board.draws.get(board.segments)).to.equal(1);
    expect(board.draws.get(board.trend)).to.equal(1);
    expect(batches, 'queries of both widgets in one batch').to.have.length(1);
    expect(segmentCustomers(board.segments)).to.deep.equal({ 新客户: '2' });
  });

  it('segment click filters by customers', async () => {
    const board = await dashboard();

    root(board.segments).querySelector<HTMLButtonElement>('tr[data-segment="returning"] .segment-select')?.click();
    await settle(board.mix, board.segments, board.trend);

    expect(mixVisits(board.mix)).to.deep.equal({ 定期保养: '3', 一般维修: '1', 钣喷: '1' });
    expect(segmentCustomers(board.segments)).to.deep.equal(ALL.segments);
    expect(newCustomers(board.trend)).to.deep.equal({ '2022-05': '1', '2023-01': '1' });
    expect(board.draws.get(board.segments)).to.equal(0);
  });

  it('clear restores every widget', async () => {
    const board = await dashboard();
    mixButton(board.mix, '钣喷').click();
    await settle(board.mix, board.segments, board.trend);
    root(board.trend).querySelector<HTMLButtonElement>('.range-apply')?.click();
    await settle(board.mix, board.segments, board.trend);

    root(board.segments).querySelector<HTMLButtonElement>('[part="filters"] button')?.click();
    await settle(board.mix, board.segments, board.trend);

    expect(getFilterState()).to.deep.equal([]);
    expect(snapshot(board)).to.deep.equal(ALL);
  });

  it('host event filters every widget', async () => {
    const board = await dashboard();

    document.dispatchEvent(new FilterSelectEvent({ source: 'dealer-model-picker', predicates: [{ field: 'model', kind: 'point', values: ['Q5'] }], label: '车型：Q5' }));
    await settle(board.mix, board.segments, board.trend);

    expect(mixVisits(board.mix)).to.deep.equal({ 定期保养: '5', 钣喷: '1', 保修: '1' });
    expect(segmentCustomers(board.segments)).to.deep.equal({ 新客户: '2' });
    expect(newCustomers(board.trend)).to.deep.equal({ '2023-08': '1', '2024-04': '1' });
  });

  it('unknown field is shown as not applicable', async () => {
    const board = await dashboard();

    setFilter('default', 'host-channel', { predicates: [{ field: 'channel', kind: 'point', values: ['电话'] }] });
    await settle(board.mix, board.segments, board.trend);

    expect(root(board.segments).querySelector('.not-applicable')?.textContent).to.equal('不适用于本组件：channel：电话');
    expect(root(board.trend).querySelector('.not-applicable')?.textContent).to.equal('不适用于本组件：channel：电话');
    expect(snapshot(board)).to.deep.equal(ALL);
    expect(board.draws.get(board.segments), 'an ignored predicate causes no query').to.equal(0);
  });

  it('two groups stay independent', async () => {
    const page = container();
    const west = await dashboard('default', page);
    const east = await dashboard('east', page);

    mixButton(west.mix, '钣喷').click();
    await settle(west.mix, west.segments, west.trend, east.mix, east.segments, east.trend);

    expect(segmentCustomers(west.segments)).to.deep.equal({ 新客户: '2' });
    expect(snapshot(east)).to.deep.equal(ALL);
    expect(east.draws.get(east.segments)).to.equal(0);
    expect(getFilterState('east')).to.deep.equal([]);
  });

  it('URL round trip restores the view', async () => {
    const board = await dashboard();
    mixButton(board.mix, '定期保养').click();
    await settle(board.mix, board.segments, board.trend);
    root(board.segments).querySelector<HTMLButtonElement>('tr[data-segment="new"] .segment-select')?.click();
    await settle(board.mix, board.segments, board.trend);
    const shared = snapshot(board);
    const state = getAllFilterState();
    const url = filterStateToUrl('http://127.0.0.1/dashboard');

    clearFilters();
    await settle(board.mix, board.segments, board.trend);
    expect(snapshot(board)).to.deep.equal(ALL);
    restoreFilterStateFromUrl(url);
    await settle(board.mix, board.segments, board.trend);

    expect(getAllFilterState()).to.deep.equal(state);
    expect(snapshot(board)).to.deep.equal(shared);
    expect(mixButton(board.mix, '定期保养').getAttribute('aria-pressed')).to.equal('true');
    expect(root(board.segments).querySelector('tr[data-segment="new"] .segment-select')?.getAttribute('aria-pressed')).to.equal('true');
  });
});
