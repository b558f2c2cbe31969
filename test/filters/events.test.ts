import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  CrossFilterController,
  FILTER_CHANGE_EVENT,
  FILTER_SELECT_EVENT,
  FilterClearEvent,
  FilterSelectEvent,
  clearFilters,
  filterStateToUrl,
  getAllFilterState,
  getFilterState,
  readFilterStateFromUrl,
  restoreFilterStateFromUrl,
  setFilter,
  type Predicate,
} from '../../src/filters/index.js';

/** A minimal widget: a controller and an update counter. */
class FilterProbe extends LitElement {
  static override properties = { group: { type: String } };
  group = 'default';
  updates = 0;
  readonly filters = new CrossFilterController(this, { source: () => this.id, group: () => this.group });

  override updated(): void {
    this.updates += 1;
  }
}
customElements.define('filter-probe-test', FilterProbe);

const mix = (...values: string[]): Predicate[] => [{ field: 'service_type', kind: 'point', values }];
const dates = (start: string, end: string): Predicate[] => [{ field: 'order_date', kind: 'interval', range: [start, end] }];

function recordEvents(type: string): Event[] {
  const seen: Event[] = [];
  const listener = (event: Event): number => seen.push(event);
  document.addEventListener(type, listener);
  after(() => document.removeEventListener(type, listener));
  return seen;
}

async function probe(id: string, group = 'default'): Promise<FilterProbe> {
  const element = await fixture<FilterProbe>(html`<filter-probe-test id=${id} .group=${group}></filter-probe-test>`);
  await element.updateComplete;
  return element;
}

describe('cross-filter events', () => {
  beforeEach(() => {
    for (const group of Object.keys(getAllFilterState())) clearFilters(group);
  });

  it('select event crosses shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('filter-probe-test') as FilterProbe;
    inner.id = 'deep';
    root.append(inner);
    const seen = recordEvents(FILTER_SELECT_EVENT);
    let origin: EventTarget | undefined;
    const listener = (event: Event): void => {
      origin = event.composedPath()[0];
    };
    document.addEventListener(FILTER_SELECT_EVENT, listener);

    inner.filters.select({ predicates: mix('钣喷'), label: '钣喷' });
    document.removeEventListener(FILTER_SELECT_EVENT, listener);

    expect(seen).to.have.length(1);
    const event = seen[0] as FilterSelectEvent;
    expect(origin === inner, 'the event starts at the widget inside the shadow root').to.equal(true);
    expect(event.source).to.equal('deep');
    expect(event.group).to.equal('default');
    expect(event.predicates).to.deep.equal(mix('钣喷'));
    expect(getFilterState('default').map((clause) => clause.source)).to.deep.equal(['deep']);
    expect(inner.filters.own?.label).to.equal('钣喷');
  });

  it('other widgets see the clause, the source does not', async () => {
    const a = await probe('a');
    const b = await probe('b');
    const before = b.updates;

    a.filters.select({ predicates: mix('钣喷') });
    await b.updateComplete;

    expect(b.filters.others.map((clause) => clause.source)).to.deep.equal(['a']);
    expect(a.filters.others).to.deep.equal([]);
    expect(a.filters.own?.predicates).to.deep.equal(mix('钣喷'));
    expect(b.updates).to.equal(before + 1);
  });

  it('programmatic set fires no selection event', async () => {
    const b = await probe('b');
    const selects = recordEvents(FILTER_SELECT_EVENT);
    const clears = recordEvents('aftersales-filter-clear');
    const changes = recordEvents(FILTER_CHANGE_EVENT);
    const before = b.updates;

    setFilter('default', 'host-dealer', { predicates: mix('美容'), label: '美容' });
    await b.updateComplete;
    setFilter('default', 'host-dealer', null);

    expect(selects).to.have.length(0);
    expect(clears).to.have.length(0);
    expect(changes).to.have.length(2);
    expect(b.updates).to.equal(before + 1);
    expect(getFilterState()).to.deep.equal([]);
  });

  it('unchanged selection is not sent again', async () => {
    const a = await probe('a');
    const seen = recordEvents(FILTER_SELECT_EVENT);
    const changes = recordEvents(FILTER_CHANGE_EVENT);

    a.filters.select({ predicates: mix('钣喷', '美容') });
    a.filters.select({ predicates: mix('美容', '钣喷') });
    a.filters.select({ predicates: mix('钣喷', '美容') });

    expect(seen).to.have.length(1);
    expect(changes).to.have.length(1);
  });

  it('clear without a selection sends nothing', async () => {
    const a = await probe('a');
    const seen = recordEvents('aftersales-filter-clear');

    a.filters.select(null);
    a.filters.clearAll();

    expect(seen).to.have.length(0);
  });

  it('rapid clicks end in the last state', async () => {
    const a = await probe('a');
    const b = await probe('b');
    const states: string[] = [];
    document.addEventListener(FILTER_CHANGE_EVENT, () => states.push(JSON.stringify(b.filters.others[0]?.predicates ?? null)));

    for (const value of ['首保', '钣喷', '美容', '一般维修', '钣喷']) a.filters.select({ predicates: mix(value) });
    await b.updateComplete;

    expect(b.filters.others[0].predicates).to.deep.equal(mix('钣喷'));
    expect(states).to.have.length(5);
    expect(states[4]).to.equal(JSON.stringify(mix('钣喷')));
  });

  it('two groups stay independent', async () => {
    const a = await probe('a', 'east');
    const b = await probe('b', 'east');
    const c = await probe('c', 'west');
    const before = c.updates;

    a.filters.select({ predicates: mix('钣喷') });
    await c.updateComplete;

    expect(b.filters.others.map((clause) => clause.source)).to.deep.equal(['a']);
    expect(c.filters.others).to.deep.equal([]);
    expect(c.updates).to.equal(before);
    expect(getFilterState('west')).to.deep.equal([]);

    c.filters.clearAll();
    expect(getFilterState('east')).to.have.length(1);
    b.filters.clearAll();
    expect(getFilterState('east')).to.have.length(0);
  });

  it('host event on document sets and clears', async () => {
    const b = await probe('b');

    document.dispatchEvent(new FilterSelectEvent({ source: 'dealer-picker', predicates: dates('2024-01-01', '2024-07-01') }));
    expect(b.filters.others.map((clause) => clause.source)).to.deep.equal(['dealer-picker']);

    document.dispatchEvent(new FilterClearEvent({ source: 'dealer-picker' }));
    expect(b.filters.others).to.deep.equal([]);
  });

  it('plain events from a second bundle work', async () => {
    const b = await probe('b');
    const seen: unknown[] = [];
    // What another bundle would write: only the event names and the payload fields.
    document.addEventListener('aftersales-filter-select', (event) => {
      const { source, group, predicates } = event as unknown as Record<string, unknown>;
      seen.push({ source, group, predicates });
    });

    const foreign = Object.assign(new Event('aftersales-filter-select', { bubbles: true, composed: true }), {
      source: 'other-bundle',
      group: 'default',
      predicates: mix('保修'),
    });
    b.dispatchEvent(foreign);
    b.filters.clearAll();
    const a = await probe('a');
    a.filters.select({ predicates: mix('美容') });

    expect(seen).to.deep.equal([
      { source: 'other-bundle', group: 'default', predicates: mix('保修') },
      { source: 'a', group: 'default', predicates: mix('美容') },
    ]);
    expect(b.filters.others.map((clause) => clause.source)).to.deep.equal(['a']);
  });

  it('malformed foreign events are ignored', async () => {
    const b = await probe('b');
    const bad = Object.assign(new Event('aftersales-filter-select', { bubbles: true, composed: true }), {
      source: 'x',
      predicates: [{ field: 'service_type', kind: 'sql', values: ['1=1'] }],
    });

    b.dispatchEvent(bad);

    expect(getFilterState()).to.deep.equal([]);
    expect(() => new FilterSelectEvent({ source: 'x', predicates: [] })).to.throw(/non-empty array of predicates/);
    expect(() => new FilterSelectEvent({ source: '', predicates: mix('a') })).to.throw(/non-empty "source"/);
  });

  it('URL round trip restores the same state', async () => {
    const a = await probe('a');
    const b = await probe('b', 'west');
    a.filters.select({ predicates: [...mix('钣喷', '美容'), ...dates('2024-01-01', '2024-04-01')], label: '钣喷 & 美容' });
    b.filters.select({ predicates: [{ field: 'customer_key', kind: 'point', values: ['C1', 'C&2#', '张=三'] }] });
    const before = getAllFilterState();

    const url = filterStateToUrl('http://127.0.0.1/dash?x=1#tab=2');
    for (const group of ['default', 'west']) clearFilters(group);
    const selects = recordEvents(FILTER_SELECT_EVENT);
    restoreFilterStateFromUrl(url);

    expect(new URL(url).search).to.equal('?x=1');
    expect(new URLSearchParams(new URL(url).hash.slice(1)).get('tab')).to.equal('2');
    expect(getAllFilterState()).to.deep.equal(before);
    expect(a.filters.own?.label).to.equal('钣喷 & 美容');
    expect(selects).to.have.length(0);
  });

  it('URL in the query string', () => {
    const state = { default: [{ source: 'trend', predicates: dates('2024-02-01', '2024-03-01') }] };

    const url = filterStateToUrl('http://127.0.0.1/dash', { state, where: 'search', param: 'f' });

    expect(new URL(url).searchParams.get('f')).to.equal('{"default":[{"source":"trend","predicates":[{"field":"order_date","kind":"interval","range":["2024-02-01","2024-03-01"]}]}]}');
    expect(readFilterStateFromUrl(url, { where: 'search', param: 'f' })).to.deep.equal(state);
    expect(filterStateToUrl(url, { state: {}, where: 'search', param: 'f' })).to.equal('http://127.0.0.1/dash');
  });

  it('broken URL gives an empty or partial state', () => {
    expect(readFilterStateFromUrl('http://127.0.0.1/#filters=%7Bnot-json')).to.deep.equal({});
    expect(readFilterStateFromUrl('http://127.0.0.1/#filters=%5B1%5D')).to.deep.equal({});
    const mixed = { g: [{ source: 'ok', predicates: mix('a') }, { source: 'bad', predicates: [{ field: 'x', kind: 'raw' }] }, { predicates: mix('b') }] };
    const url = `http://127.0.0.1/#filters=${encodeURIComponent(JSON.stringify(mixed))}`;

    expect(readFilterStateFromUrl(url)).to.deep.equal({ g: [{ source: 'ok', predicates: mix('a') }] });
  });
});
