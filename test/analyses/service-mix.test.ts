import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import {
  readServiceMix,
  readServiceMixTotal,
  readServiceMixTrend,
  serviceMixQuery,
  serviceMixTotalQuery,
  serviceMixTrendQuery,
  type ServiceMixRow,
} from '../../src/analyses/service-mix.js';
import { createCanonicalTable } from '../support/canonical.js';
import { SERVICE_MIX_ORDERS } from './service-mix-fixture.js';

const MARCH = { sql: 'o."order_date" >= ?::DATE AND o."order_date" < ?::DATE', params: ['2024-03-01', '2024-04-01'] };

async function runMix(filter?: typeof MARCH): Promise<ServiceMixRow[]> {
  const engine = await getEngine();
  const query = serviceMixQuery({ filter });
  return readServiceMix(await engine.query(query.sql, query.params));
}

function byType(rows: readonly ServiceMixRow[], type: string | null): ServiceMixRow {
  const row = rows.find((candidate) => candidate.serviceType === type);
  if (!row) throw new Error(`no row for service type ${type}`);
  return row;
}

describe('service mix analysis', () => {
  before(async () => {
    await createCanonicalTable('orders', SERVICE_MIX_ORDERS);
  });

  it('builds SQL with bound filter values', () => {
    const query = serviceMixQuery({ filter: MARCH });

    expect(query.params).to.deep.equal(['2024-03-01', '2024-04-01']);
    expect(query.sql).to.contain('FROM "orders" AS o');
    expect(query.sql).to.contain('WHERE (o."is_cancelled" IS NOT TRUE) AND (o."order_date" >= ?::DATE AND o."order_date" < ?::DATE)');
    expect(query.sql).to.contain('GROUP BY o."service_type"');
    expect(query.sql).not.to.contain('2024-03-01');
  });

  it('builds SQL without a filter', () => {
    const query = serviceMixQuery();

    expect(query.params).to.deep.equal([]);
    expect(query.sql).to.contain('WHERE (o."is_cancelled" IS NOT TRUE)\n');
  });

  it('orders types by revenue', async () => {
    const rows = await runMix();

    expect(rows.map((row) => row.serviceType)).to.deep.equal(['钣喷', '一般维修', '保修索赔', '定期保养', null, '首保']);
    expect(rows.map((row) => row.revenue)).to.deep.equal([25000, 10000, 4000, 3800, 500, 0]);
  });

  it('computes periodic maintenance figures', async () => {
    const row = byType(await runMix(), '定期保养');

    // R01–R06 and R25 (no date): customers C01, C02, C03, C04, C17.
    expect(row.visits).to.equal(7);
    expect(row.customers).to.equal(5);
    expect(row.revenue).to.equal(3800);
    expect(row.averageTicket).to.be.closeTo(542.857143, 1e-6); // 3800 / 7
    expect(row.laborShare).to.be.closeTo(0.289474, 1e-6); // 1100 / 3800
    // Orders with a cost: R01, R02, R04, R06 → revenue 2000, cost 1300.
    expect(row.margin).to.be.closeTo(0.35, 1e-9);
    expect(row.ordersWithCost).to.equal(4);
    expect(row.revenueShare).to.be.closeTo(0.087760, 1e-6); // 3800 / 43300
  });

  it('excludes cancelled orders', async () => {
    const row = byType(await runMix(), '一般维修');

    // R22 (作废, ¥9000) is left out; R07–R11 remain.
    expect(row.visits).to.equal(5);
    expect(row.customers).to.equal(4);
    expect(row.revenue).to.equal(10000);
    expect(row.averageTicket).to.equal(2000);
    expect(row.laborShare).to.be.closeTo(0.4, 1e-9);
    expect(row.margin).to.be.closeTo(0.38, 1e-9); // (10000 − 6200) / 10000
  });

  it('gives no margin without costs', async () => {
    const rows = await runMix();
    const bodyPaint = byType(rows, '钣喷');
    const firstService = byType(rows, '首保');

    expect(bodyPaint.margin).to.equal(null);
    expect(bodyPaint.ordersWithCost).to.equal(0);
    expect(bodyPaint.laborShare).to.be.closeTo(0.32, 1e-9); // 8000 / 25000
    expect(bodyPaint.customers).to.equal(3);
    // Free first services: revenue 0, so shares and margin are undefined, not zero.
    expect(firstService.revenue).to.equal(0);
    expect(firstService.laborShare).to.equal(null);
    expect(firstService.margin).to.equal(null);
    expect(firstService.averageTicket).to.equal(0);
    expect(firstService.ordersWithCost).to.equal(2);
  });

  it('keeps a blank service type', async () => {
    const row = byType(await runMix(), null);

    expect(row.visits).to.equal(1);
    expect(row.revenue).to.equal(500);
    expect(row.laborShare).to.be.closeTo(0.2, 1e-9);
  });

  it('applies a date filter', async () => {
    const rows = await runMix(MARCH);

    expect(rows.map((row) => row.serviceType)).to.deep.equal(['钣喷', '一般维修', '定期保养', '保修索赔', null, '首保']);
    expect(rows.map((row) => row.visits)).to.deep.equal([2, 2, 2, 1, 1, 1]);
    expect(rows.map((row) => row.revenue)).to.deep.equal([12000, 5500, 1300, 1000, 500, 0]);
    expect(byType(rows, '定期保养').laborShare).to.be.closeTo(0.269231, 1e-6); // 350 / 1300
  });

  it('binds a hostile filter value', async () => {
    const rows = await runMix({ sql: 'o."service_type" IN (?)', params: ["钣喷' OR '1'='1"] });

    expect(rows).to.deep.equal([]);
  });

  it('computes the totals', async () => {
    const engine = await getEngine();
    const query = serviceMixTotalQuery();
    const total = readServiceMixTotal(await engine.query(query.sql, query.params));

    // Settled customers: C01–C14, C16, C17 (C15 has only a cancelled order).
    expect(total.customers).to.equal(16);
    expect(total.visits).to.equal(23);
    expect(total.revenue).to.equal(43300);
    expect(total.averageTicket).to.be.closeTo(1882.608696, 1e-6); // 43300 / 23
    expect(total.laborShare).to.be.closeTo(0.327945, 1e-6); // 14200 / 43300
    // Orders with a cost: revenue 2000 + 10000 + 4000 + 0 = 16000, cost 1300 + 6200 + 3200 + 300 = 11000.
    expect(total.margin).to.be.closeTo(0.3125, 1e-9);
    expect(total.ordersWithCost).to.equal(14);
    expect(total.revenueShare).to.equal(1);
  });

  it('gives empty totals without orders', async () => {
    const engine = await getEngine();
    const query = serviceMixTotalQuery({ filter: { sql: 'o."service_type" = ?', params: ['不存在'] } });
    const total = readServiceMixTotal(await engine.query(query.sql, query.params));

    expect(total.visits).to.equal(0);
    expect(total.customers).to.equal(0);
    expect(total.revenue).to.equal(0);
    expect(total.averageTicket).to.equal(null);
    expect(total.margin).to.equal(null);
    expect(total.revenueShare).to.equal(null);
  });

  it('counts customer-paid orders only', async () => {
    const engine = await getEngine();
    const mixQuery = serviceMixQuery({ customerPaidOnly: true });
    const totalQuery = serviceMixTotalQuery({ customerPaidOnly: true });
    const rows = readServiceMix(await engine.query(mixQuery.sql, mixQuery.params));
    const total = readServiceMixTotal(await engine.query(totalQuery.sql, totalQuery.params));

    expect(mixQuery.sql).to.contain('AND (o."is_customer_paid" IS TRUE)');
    // Warranty claims (保修索赔) and free first services (首保) are not customer-paid.
    expect(rows.map((row) => row.serviceType)).to.deep.equal(['钣喷', '一般维修', '定期保养', null]);
    // R01–R15, R24, R25: customers C01–C10, C16, C17; revenue 25000 + 10000 + 3800 + 500.
    expect(total.visits).to.equal(17);
    expect(total.customers).to.equal(12);
    expect(total.revenue).to.equal(39300);
    expect(total.averageTicket).to.be.closeTo(2311.764706, 1e-6); // 39300 / 17
  });

  it('computes the monthly trend', async () => {
    const engine = await getEngine();
    const query = serviceMixTrendQuery();
    const rows = readServiceMixTrend(await engine.query(query.sql, query.params));
    const cells = rows.map((row) => `${row.month} ${row.serviceType} ${row.visits} ${row.revenue}`);

    expect(query.sql).to.contain(`strftime(o."order_date", '%Y-%m') AS month`);
    expect(cells).to.deep.equal([
      '2024-01 一般维修 1 2000',
      '2024-01 保修索赔 1 1200',
      '2024-01 定期保养 2 1100',
      '2024-01 钣喷 1 5000',
      '2024-01 首保 1 0',
      '2024-02 一般维修 2 2500',
      '2024-02 保修索赔 1 1800',
      '2024-02 定期保养 2 1100',
      '2024-02 钣喷 1 8000',
      '2024-02 首保 1 0',
      '2024-03 一般维修 2 5500',
      '2024-03 保修索赔 1 1000',
      '2024-03 定期保养 2 1300',
      '2024-03 钣喷 2 12000',
      '2024-03 首保 1 0',
      '2024-03 null 1 500',
    ]);
  });
});
