import { expect } from '@open-wc/testing';
import { getEngine, type Query } from '../../src/engine/index.js';
import {
  campaignCustomersQuery,
  campaignResultsQuery,
  DEFAULT_CAMPAIGN_OPTIONS,
  nextDay,
  readCampaignResults,
  type CampaignOptions,
  type CampaignRow,
} from '../../src/analyses/campaigns.js';
import { loadCampaignFixture } from './campaigns-fixture.js';

async function results(options: Partial<CampaignOptions> = {}): Promise<Record<string, CampaignRow>> {
  const query: Query = campaignResultsQuery({ ...DEFAULT_CAMPAIGN_OPTIONS, ...options });
  const engine = await getEngine();
  const rows = readCampaignResults(await engine.query(query.sql, query.params));
  return Object.fromEntries(rows.map((row) => [row.campaignId, row]));
}

async function customers(campaignId: string, options: Partial<CampaignOptions> = {}): Promise<string[]> {
  const query = campaignCustomersQuery({ ...DEFAULT_CAMPAIGN_OPTIONS, ...options }, campaignId);
  const engine = await getEngine();
  const table = await engine.query(query.sql, query.params);
  return table.toArray().map((row) => String(row.toJSON().customer_key));
}

describe('campaign analysis', () => {
  before(loadCampaignFixture);

  it('code attribution figures', async () => {
    const { K1, K2 } = await results();

    // K1: O1 (A), O2 (B), O3 (C) and O6 (F, after the end but coded); O5 is cancelled.
    expect(K1.visits).to.equal(4);
    expect(K1.customers).to.equal(4);
    expect(K1.revenue).to.equal(2600.5);
    expect(K1.newCustomers).to.equal(3);
    expect(K1.cost).to.equal(1000);
    expect(K1.reachedCustomers).to.equal(50);
    expect(K1.days).to.equal(10);

    expect(K2.visits).to.equal(2);
    expect(K2.revenue).to.equal(4000);
    expect(K2.newCustomers).to.equal(1);
    expect(K2.reachedCustomers).to.equal(null);
  });

  it('ROI in both conventions', async () => {
    const { K1, K2 } = await results();

    expect(K1.roiPercent).to.be.closeTo(160.05, 1e-9);
    expect(K1.revenueToCost).to.be.closeTo(2.6005, 1e-9);
    expect(K2.roiPercent).to.be.closeTo(100, 1e-9);
    expect(K2.revenueToCost).to.be.closeTo(2, 1e-9);
  });

  it('return rate after the campaign', async () => {
    const { K1, K2, K3 } = await results();

    // K1 end 03-10, window to 06-08: A (O10) and B (O13) return; C returns too late; F's O6 is its own campaign order.
    expect(K1.returnedCustomers).to.equal(2);
    expect(K1.returnRate).to.be.closeTo(50, 1e-9);
    expect(K1.returnWindowComplete).to.equal(true);
    expect(K2.returnRate).to.be.closeTo(50, 1e-9);
    expect(K2.returnWindowComplete).to.equal(false);
    expect(K3.returnWindowComplete).to.equal(false);
  });

  it('return rate with 30 days', async () => {
    const { K1, K2 } = await results({ returnDays: 30 });
    expect(K1.returnRate).to.equal(0);
    expect(K2.returnRate).to.be.closeTo(50, 1e-9);
  });

  it('campaign with no visits', async () => {
    const { K3 } = await results();

    expect(K3.visits).to.equal(0);
    expect(K3.customers).to.equal(0);
    expect(K3.newCustomers).to.equal(0);
    expect(K3.revenue).to.equal(0);
    expect(K3.returnRate).to.equal(null);
    expect(K3.roiPercent).to.be.closeTo(-100, 1e-9);
    expect(K3.revenueToCost).to.equal(0);
    expect(K3.windowVisits).to.equal(0);
    expect(K3.baselineVisits).to.equal(0);
    expect(K3.revenueUplift).to.equal(0);
  });

  it('window attribution, all service types', async () => {
    const { K1, K2 } = await results({ attribution: 'window' });

    // K1: O1, O2, O3, O4; D returns on 06-08, the last day of the 90-day window.
    expect(K1.visits).to.equal(4);
    expect(K1.customers).to.equal(4);
    expect(K1.revenue).to.equal(2800.5);
    expect(K1.newCustomers).to.equal(3);
    expect(K1.returnRate).to.be.closeTo(75, 1e-9);
    expect(K1.roiPercent).to.be.closeTo(180.05, 1e-9);
    expect(K1.revenueToCost).to.be.closeTo(2.8005, 1e-9);

    // K2: O10, O12, O13; only I returns.
    expect(K2.visits).to.equal(3);
    expect(K2.revenue).to.equal(4300);
    expect(K2.newCustomers).to.equal(1);
    expect(K2.returnRate).to.be.closeTo(100 / 3, 1e-9);
    expect(K2.roiPercent).to.be.closeTo(115, 1e-9);
    expect(K2.revenueToCost).to.be.closeTo(2.15, 1e-9);
  });

  it('window attribution, target type only', async () => {
    const { K1, K2 } = await results({ attribution: 'window', targetServiceTypeOnly: true });

    expect(K1.visits).to.equal(3);
    expect(K1.revenue).to.equal(1800);
    expect(K1.newCustomers).to.equal(2);
    expect(K1.returnRate).to.equal(100);
    expect(K1.roiPercent).to.be.closeTo(80, 1e-9);
    expect(K1.revenueToCost).to.be.closeTo(1.8, 1e-9);

    expect(K2.visits).to.equal(2);
    expect(K2.revenue).to.equal(4000);
    expect(K2.returnRate).to.be.closeTo(50, 1e-9);
  });

  it('uplift against the period before', async () => {
    const { K1, K2 } = await results({ baseline: 'previous' });

    expect(K1.baselineStart).to.equal('2024-02-20');
    expect(K1.baselineEnd).to.equal('2024-02-29');
    expect(K1.windowVisits).to.equal(4);
    expect(K1.windowRevenue).to.equal(2800.5);
    expect(K1.baselineVisits).to.equal(2);
    expect(K1.baselineRevenue).to.equal(1600);
    expect(K1.visitsUplift).to.equal(2);
    expect(K1.revenueUplift).to.equal(1200.5);
    expect(K1.baselineCovered).to.equal(true);

    // K2's baseline 03-02..03-31 contains O1, O2, O3, O4, O6 and O16.
    expect(K2.baselineStart).to.equal('2024-03-02');
    expect(K2.baselineVisits).to.equal(6);
    expect(K2.baselineRevenue).to.equal(3800.5);
    expect(K2.visitsUplift).to.equal(-3);
    expect(K2.revenueUplift).to.equal(499.5);
  });

  it('uplift against last year', async () => {
    const { K1, K2 } = await results({ baseline: 'last_year' });

    expect(K1.baselineStart).to.equal('2023-03-01');
    expect(K1.baselineEnd).to.equal('2023-03-10');
    expect(K1.baselineVisits).to.equal(1);
    expect(K1.baselineRevenue).to.equal(500);
    expect(K1.visitsUplift).to.equal(3);
    expect(K1.revenueUplift).to.equal(2300.5);
    // The data starts on 2023-03-05, inside the baseline period.
    expect(K1.baselineCovered).to.equal(false);

    expect(K2.baselineVisits).to.equal(1);
    expect(K2.revenueUplift).to.equal(3100);
    expect(K2.baselineCovered).to.equal(true);
  });

  it('uplift of the target type only', async () => {
    const { K1, K2 } = await results({ targetServiceTypeOnly: true });

    expect(K1.windowVisits).to.equal(3);
    expect(K1.windowRevenue).to.equal(1800);
    expect(K1.baselineVisits).to.equal(1);
    expect(K1.revenueUplift).to.equal(1100);
    expect(K2.windowRevenue).to.equal(4000);
    expect(K2.baselineRevenue).to.equal(800);
    // The code rule ignores the target type.
    expect(K1.visits).to.equal(4);
  });

  it('order filter restricts the counted orders', async () => {
    const { K1 } = await results({ orderFilter: { sql: 'o.service_type IN (?)', params: ['保养'] } });
    expect(K1.visits).to.equal(3);
    expect(K1.revenue).to.equal(1600);
  });

  it('campaign filter restricts the list', async () => {
    const rows = await results({ campaignFilter: { sql: 'c.start_date >= ?::DATE AND c.start_date < ?::DATE', params: ['2024-04-01', '2024-05-01'] } });
    expect(Object.keys(rows)).to.deep.equal(['K2']);
  });

  it('customers of one campaign', async () => {
    expect(await customers('K1')).to.deep.equal(['A', 'B', 'C', 'F']);
    expect(await customers('K1', { attribution: 'window' })).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(await customers('K3')).to.deep.equal([]);
  });

  it('rejects a bad return window', () => {
    expect(() => campaignResultsQuery({ ...DEFAULT_CAMPAIGN_OPTIONS, returnDays: 0 })).to.throw('returnDays');
    expect(() => campaignResultsQuery({ ...DEFAULT_CAMPAIGN_OPTIONS, returnDays: 1.5 })).to.throw('returnDays');
  });

  it('next day crosses month and leap day', () => {
    expect(nextDay('2024-02-28')).to.equal('2024-02-29');
    expect(nextDay('2024-02-29')).to.equal('2024-03-01');
    expect(nextDay('2024-12-31')).to.equal('2025-01-01');
    expect(() => nextDay('2024/1/1')).to.throw('YYYY-MM-DD');
  });
});
