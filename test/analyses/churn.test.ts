import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import { CHURN_MONTH_FIELDS, CHURN_ORDER_FIELDS, snapIntervalsToMonths, churnTrendQuery, lifecycleQuery, readChurnTrend, readLifecycle, type ChurnMonthRow } from '../../src/analyses/churn.js';
import { compileFilters, type FilterClause } from '../../src/filters/index.js';
import { createCanonicalTable } from '../support/canonical.js';
import { CHURN_ORDERS as ORDERS } from './churn-fixture.js';


async function monthly(window: number, clauses: FilterClause[] = []): Promise<Map<string, ChurnMonthRow>> {
  const engine = await getEngine();
  const query = churnTrendQuery(compileFilters(clauses, CHURN_ORDER_FIELDS), compileFilters(snapIntervalsToMonths(clauses), CHURN_MONTH_FIELDS), { window });
  const rows = readChurnTrend(await engine.query(query.sql, query.params));
  return new Map(rows.map((row) => [row.month, row]));
}

async function lifecycle(window: number, clauses: FilterClause[] = []): Promise<Record<string, number>> {
  const engine = await getEngine();
  const query = lifecycleQuery(compileFilters(clauses, CHURN_ORDER_FIELDS), { window });
  return Object.fromEntries(readLifecycle(await engine.query(query.sql, query.params)).map((row) => [row.stage, row.customers]));
}

const churn = (row: ChurnMonthRow | undefined) => [row?.cohort, row?.lapsed, row?.churnRate];

describe('churn analysis', () => {
  before(async () => {
    await createCanonicalTable('orders', ORDERS);
  });

  it('lists every month of the data', async () => {
    const rows = await monthly(12);

    expect([...rows.keys()]).to.deep.equal([
      '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08',
      '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03',
    ]);
  });

  it('counts new customers per month', async () => {
    const rows = await monthly(12);
    const counts = [...rows.values()].map((row) => row.newCustomers);

    expect(counts).to.deep.equal([3, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('counts the 12-month active base', async () => {
    const rows = await monthly(12);
    const counts = [...rows.values()].map((row) => row.activeBase);

    expect(counts).to.deep.equal([3, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 4, 4, 3]);
  });

  it('churn with window 3', async () => {
    const rows = await monthly(3);

    expect(churn(rows.get('2023-03'))).to.deep.equal([null, null, null]);
    expect(churn(rows.get('2023-04'))).to.deep.equal([3, 2, 2 / 3]);
    expect(churn(rows.get('2023-05'))).to.deep.equal([1, 0, 0]);
    expect(churn(rows.get('2023-06'))).to.deep.equal([2, 2, 1]);
    expect(churn(rows.get('2023-07'))).to.deep.equal([1, 1, 1]);
    expect(churn(rows.get('2023-08'))).to.deep.equal([0, 0, null]);
    expect(churn(rows.get('2023-09'))).to.deep.equal([1, 1, 1]);
    expect(churn(rows.get('2024-03'))).to.deep.equal([0, 0, null]);
  });

  it('churn with window 6', async () => {
    const rows = await monthly(6);

    expect(churn(rows.get('2023-06'))).to.deep.equal([null, null, null]);
    expect(churn(rows.get('2023-07'))).to.deep.equal([3, 2, 2 / 3]);
    expect(churn(rows.get('2023-08'))).to.deep.equal([1, 0, 0]);
    expect(churn(rows.get('2023-09'))).to.deep.equal([2, 2, 1]);
    expect(churn(rows.get('2023-10'))).to.deep.equal([1, 1, 1]);
    expect(churn(rows.get('2023-12'))).to.deep.equal([1, 1, 1]);
    expect(churn(rows.get('2024-01'))).to.deep.equal([0, 0, null]);
  });

  it('churn with window 12', async () => {
    const rows = await monthly(12);

    expect(churn(rows.get('2023-12'))).to.deep.equal([null, null, null]);
    expect(churn(rows.get('2024-01'))).to.deep.equal([3, 2, 2 / 3]);
    expect(churn(rows.get('2024-02'))).to.deep.equal([1, 0, 0]);
    expect(churn(rows.get('2024-03'))).to.deep.equal([2, 2, 1]);
  });

  it('applies an order filter', async () => {
    const rows = await monthly(3, [{ source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['钣喷'] }] }]);

    expect(rows.size).to.equal(15);
    expect(rows.get('2023-03')?.newCustomers).to.equal(1);
    expect(rows.get('2023-03')?.activeBase).to.equal(1);
    expect(rows.get('2023-01')?.newCustomers).to.equal(0);
    expect(churn(rows.get('2023-06'))).to.deep.equal([1, 1, 1]);
    expect(churn(rows.get('2023-04'))).to.deep.equal([0, 0, null]);
  });

  it('filter that leaves nothing', async () => {
    const rows = await monthly(3, [{ source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['美容'] }] }]);

    expect(rows.size).to.equal(15);
    expect([...rows.values()].every((row) => row.newCustomers === 0 && row.activeBase === 0)).to.equal(true);
    expect(churn(rows.get('2023-04'))).to.deep.equal([0, 0, null]);
    expect(await lifecycle(3, [{ source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['美容'] }] }])).to.deep.equal({ first: 0, returning: 0, atRisk: 0, lapsed: 0 });
  });

  it('date interval picks the months shown', async () => {
    const rows = await monthly(3, [{ source: 'x', predicates: [{ field: 'order_date', kind: 'interval', range: ['2023-03-01', '2023-05-01'] }] }]);

    expect([...rows.keys()]).to.deep.equal(['2023-03', '2023-04']);
    expect(churn(rows.get('2023-04'))).to.deep.equal([3, 2, 2 / 3]);
  });

  it('mid-month interval shows the overlapped months', async () => {
    const rows = await monthly(3, [{ source: 'x', predicates: [{ field: 'order_date', kind: 'interval', range: ['2023-03-15', '2023-04-10'] }] }]);

    expect([...rows.keys()]).to.deep.equal(['2023-03', '2023-04']);
  });

  it('lifecycle stages by window', async () => {
    expect(await lifecycle(12)).to.deep.equal({ first: 1, returning: 2, atRisk: 0, lapsed: 4 });
    expect(await lifecycle(6)).to.deep.equal({ first: 1, returning: 2, atRisk: 0, lapsed: 4 });
    expect(await lifecycle(3)).to.deep.equal({ first: 1, returning: 1, atRisk: 1, lapsed: 4 });
  });

  it('rejects a bad window', () => {
    expect(() => churnTrendQuery(undefined, undefined, { window: 0 })).to.throw(/churn window must be a whole number/);
    expect(() => churnTrendQuery(undefined, undefined, { window: 2.5 })).to.throw(/churn window/);
    expect(() => lifecycleQuery(undefined, { window: Number.NaN })).to.throw(/churn window/);
  });

  it('empty orders table gives no months', async () => {
    await createCanonicalTable('orders', []);
    const rows = await monthly(12);
    await createCanonicalTable('orders', ORDERS);

    expect(rows.size).to.equal(0);
  });
});
