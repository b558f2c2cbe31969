import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import { CHURN_MONTH_FIELDS, CHURN_ORDER_FIELDS, churnTrendQuery, lifecycleQuery, readChurnTrend, readLifecycle, type ChurnMonthRow } from '../../src/analyses/churn.js';
import { compileFilters, type FilterClause } from '../../src/filters/index.js';
import { createCanonicalTable, type FixtureRow } from '../support/canonical.js';

// Visit months per customer (settled orders only):
// A 2023-01, 2023-04 (on the 30th), 2024-02 (on the 1st) · B 2023-01 (one visit, on the 31st)
// C 2023-02 (1st), 2023-03 (two orders) · D 2023-06, 2024-01 · E 2023-01 (+ a cancelled 2023-07)
// F 2024-03 (31st; + a cancelled 2024-05) · G 2023-03 (钣喷). No visit in 2023-05 and 2023-07…12.
const ORDERS: FixtureRow[] = [
  { ro_no: 'A1', customer_id: 'A', order_date: '2023-01-15', service_type: '定期保养' },
  { ro_no: 'A2', customer_id: 'A', order_date: '2023-04-30', service_type: '定期保养' },
  { ro_no: 'A3', customer_id: 'A', order_date: '2024-02-01', service_type: '定期保养' },
  { ro_no: 'B1', customer_id: 'B', order_date: '2023-01-31', service_type: '一般维修' },
  { ro_no: 'C1', customer_id: 'C', order_date: '2023-02-01', service_type: '定期保养' },
  { ro_no: 'C2', customer_id: 'C', order_date: '2023-03-05', service_type: '定期保养' },
  { ro_no: 'C3', customer_id: 'C', order_date: '2023-03-31', service_type: '一般维修' },
  { ro_no: 'D1', customer_id: 'D', order_date: '2023-06-10', service_type: '定期保养' },
  { ro_no: 'D2', customer_id: 'D', order_date: '2024-01-10', service_type: '定期保养' },
  { ro_no: 'E1', customer_id: 'E', order_date: '2023-01-20', service_type: '定期保养' },
  { ro_no: 'E2', customer_id: 'E', order_date: '2023-07-01', service_type: '定期保养', status: '作废', is_cancelled: true },
  { ro_no: 'F1', customer_id: 'F', order_date: '2024-03-31', service_type: '首保' },
  { ro_no: 'F2', customer_id: 'F', order_date: '2024-05-02', service_type: '定期保养', status: '已取消', is_cancelled: true },
  { ro_no: 'G1', customer_id: 'G', order_date: '2023-03-15', service_type: '钣喷' },
];

async function monthly(window: number, clauses: FilterClause[] = []): Promise<Map<string, ChurnMonthRow>> {
  const engine = await getEngine();
  const query = churnTrendQuery(compileFilters(clauses, CHURN_ORDER_FIELDS), compileFilters(clauses, CHURN_MONTH_FIELDS), { window });
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
