import { expect } from '@open-wc/testing';
import type { Query } from '../../src/engine/index.js';
import { getEngine } from '../../src/engine/index.js';
import {
  SEGMENT_FILTER_FIELDS,
  breakdownByModel,
  readSegmentBreakdown,
  readSegmentKeys,
  readSegmentMembership,
  segmentMembershipQuery,
  summarizeSegments,
  readSegmentMembers,
  readSegments,
  segmentBreakdownQuery,
  segmentKeysQuery,
  segmentMembersQuery,
  segmentsQuery,
  type SegmentRow,
} from '../../src/analyses/segments.js';
import { compileFilters } from '../../src/filters/index.js';
import { createCanonicalTable } from '../support/canonical.js';
import { SEGMENT_ORDERS as ORDERS } from './segments-fixture.js';


async function run(query: Query) {
  const engine = await getEngine();
  return engine.query(query.sql, query.params);
}

function bySegment(rows: SegmentRow[]): Record<string, [number, number, number]> {
  return Object.fromEntries(rows.map((row) => [row.segment, [row.customers, row.revenue, row.share]]));
}

describe('segments analysis', () => {
  before(async () => {
    await createCanonicalTable('orders', ORDERS);
  });

  it('lifecycle: new, returning, potential', async () => {
    const rows = readSegments('lifecycle', await run(segmentsQuery('lifecycle')));

    expect(rows.map((row) => row.segment)).to.deep.equal(['new', 'returning', 'potential']);
    expect(bySegment(rows)).to.deep.equal({ new: [3, 8100, 0.5], returning: [2, 5000, 2 / 6], potential: [1, 0, 1 / 6] });
  });

  it('visit-frequency tiers', async () => {
    const rows = readSegments('frequency', await run(segmentsQuery('frequency')));

    expect(bySegment(rows)).to.deep.equal({ visits1: [2, 3100, 0.4], visits2: [2, 5000, 0.4], visits5plus: [1, 5000, 0.2] });
  });

  it('spend tiers', async () => {
    const rows = readSegments('spend', await run(segmentsQuery('spend')));

    expect(bySegment(rows)).to.deep.equal({ spendLow: [1, 100, 0.2], spendMid: [1, 2000, 0.2], spendHigh: [3, 11000, 0.6] });
  });

  it('RFM quintiles with ties', async () => {
    const rows = readSegments('rfm', await run(segmentsQuery('rfm')));

    expect(bySegment(rows)).to.deep.equal({
      importantValue: [1, 5000, 0.2],
      importantDevelop: [1, 3000, 0.2],
      importantRetain: [1, 3000, 0.2],
      generalValue: [1, 2000, 0.2],
      generalRetain: [1, 100, 0.2],
    });
  });

  it('RFM quintile scores per customer', async () => {
    const scores = async (segment: string) =>
      readSegmentMembers(await run(segmentMembersQuery('rfm', segment))).map((m) => [m.customerKey, m.recencyScore, m.frequencyScore, m.monetaryScore]);

    expect(await scores('generalValue')).to.deep.equal([['P1', 5, 4, 2]]);
    expect(await scores('importantDevelop')).to.deep.equal([['P2', 3, 1, 3]]);
    expect(await scores('generalRetain')).to.deep.equal([['P3', 1, 1, 1]]);
    expect(await scores('importantValue')).to.deep.equal([['P5', 4, 5, 5]]);
    expect(await scores('importantRetain')).to.deep.equal([['P6', 2, 1, 3]]);
  });

  it('RFM with fixed bins', async () => {
    const rows = readSegments('rfm', await run(segmentsQuery('rfm', undefined, { scoring: 'bins' })));
    const members = readSegmentMembers(await run(segmentMembersQuery('rfm', 'importantDevelop', undefined, { scoring: 'bins' })));

    expect(bySegment(rows)).to.deep.equal({ importantValue: [1, 5000, 0.2], importantDevelop: [3, 8000, 0.6], generalRetain: [1, 100, 0.2] });
    expect(members.map((m) => [m.customerKey, m.recencyScore, m.frequencyScore, m.monetaryScore])).to.deep.equal([
      ['P2', 5, 1, 4],
      ['P6', 3, 1, 4],
      ['P1', 5, 2, 3],
    ]);
  });

  it('members carry the latest personal data', async () => {
    const members = readSegmentMembers(await run(segmentMembersQuery('lifecycle', 'returning')));

    expect(members.map((m) => [m.customerKey, m.customerName, m.phone, m.model, m.lastVisit, m.visits, m.revenue])).to.deep.equal([
      ['P6', '王五', '13700003333', 'A4L', '2024-01-15', 1, 3000],
      ['P1', '张小三', '13800001111', 'A4L', '2024-06-30', 2, 2000],
    ]);
  });

  it('keys of a segment', async () => {
    expect(readSegmentKeys(await run(segmentKeysQuery('lifecycle', 'new')))).to.deep.equal(['P2', 'P3', 'P5']);
    expect(readSegmentKeys(await run(segmentKeysQuery('lifecycle', `new' OR 1=1 --`)))).to.deep.equal([]);
  });

  it('breakdown by model', async () => {
    const rows = readSegmentBreakdown(await run(segmentBreakdownQuery('lifecycle', 'model')));

    expect(rows).to.deep.equal([
      { segment: 'new', value: 'Q5', customers: 2 },
      { segment: 'new', value: 'A4L', customers: 1 },
      { segment: 'potential', value: 'A6', customers: 1 },
      { segment: 'returning', value: 'A4L', customers: 2 },
    ]);
  });

  it('membership rows per customer', async () => {
    const members = readSegmentMembership(await run(segmentMembershipQuery('lifecycle')));

    expect(members).to.deep.equal([
      { customerKey: 'P1', segment: 'returning', revenue: 2000, model: 'A4L' },
      { customerKey: 'P2', segment: 'new', revenue: 3000, model: 'Q5' },
      { customerKey: 'P3', segment: 'new', revenue: 100, model: 'A4L' },
      { customerKey: 'P4', segment: 'potential', revenue: 0, model: 'A6' },
      { customerKey: 'P5', segment: 'new', revenue: 5000, model: 'Q5' },
      { customerKey: 'P6', segment: 'returning', revenue: 3000, model: 'A4L' },
    ]);
  });

  it('membership sums match segments', async () => {
    const lifecycle = summarizeSegments('lifecycle', readSegmentMembership(await run(segmentMembershipQuery('lifecycle'))));
    const rfm = summarizeSegments('rfm', readSegmentMembership(await run(segmentMembershipQuery('rfm'))));

    expect(bySegment(lifecycle)).to.deep.equal({ new: [3, 8100, 0.5], returning: [2, 5000, 2 / 6], potential: [1, 0, 1 / 6] });
    expect(rfm.map((row) => row.segment)).to.deep.equal(['importantValue', 'importantDevelop', 'importantRetain', 'generalValue', 'generalRetain']);
    expect(bySegment(rfm).generalRetain).to.deep.equal([1, 100, 0.2]);
  });

  it('model breakdown from membership', async () => {
    const rows = breakdownByModel(readSegmentMembership(await run(segmentMembershipQuery('lifecycle'))));

    expect(rows).to.deep.equal([
      { segment: 'new', value: 'Q5', customers: 2 },
      { segment: 'new', value: 'A4L', customers: 1 },
      { segment: 'potential', value: 'A6', customers: 1 },
      { segment: 'returning', value: 'A4L', customers: 2 },
    ]);
  });

  it('sums revenue to the cent', () => {
    const members = [0.1, 0.2, 1234.56].map((revenue, i) => ({ customerKey: `K${i}`, segment: 'new', revenue, model: null }));

    expect(summarizeSegments('lifecycle', members)).to.deep.equal([{ segment: 'new', customers: 3, revenue: 1234.86, share: 1 }]);
  });

  it('breakdown by service type', async () => {
    const rows = readSegmentBreakdown(await run(segmentBreakdownQuery('lifecycle', 'service_type')));
    const cells = new Set(rows.map((row) => `${row.segment}|${row.value}|${row.customers}`));

    expect(cells).to.deep.equal(new Set(['new|定期保养|2', 'new|钣喷|1', 'new|保修|1', 'returning|定期保养|1', 'returning|一般维修|1', 'returning|钣喷|1']));
  });

  it('explicit as-of date', async () => {
    const rows = readSegments('lifecycle', await run(segmentsQuery('lifecycle', undefined, { asOf: '2024-01-31' })));

    expect(bySegment(rows)).to.deep.equal({ new: [3, 3800, 0.6], returning: [1, 3000, 0.2], potential: [1, 0, 0.2] });
  });

  it('filter moves the as-of date', async () => {
    const filter = compileFilters([{ source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['钣喷'] }] }], SEGMENT_FILTER_FIELDS);
    const rows = readSegments('lifecycle', await run(segmentsQuery('lifecycle', filter)));

    expect(bySegment(rows)).to.deep.equal({ new: [2, 6000, 1] });
  });

  it('filter that leaves nothing', async () => {
    const filter = compileFilters([{ source: 'mix', predicates: [{ field: 'service_type', kind: 'point', values: ['美容'] }] }], SEGMENT_FILTER_FIELDS);

    expect(readSegments('rfm', await run(segmentsQuery('rfm', filter)))).to.deep.equal([]);
    expect(readSegments('lifecycle', await run(segmentsQuery('lifecycle', filter)))).to.deep.equal([]);
  });

  it('rejects bad settings', () => {
    expect(() => segmentsQuery('vip' as 'rfm')).to.throw(/unknown segment kind "vip"/);
    expect(() => segmentsQuery('rfm', undefined, { asOf: '2024/01/31' })).to.throw(/YYYY-MM-DD/);
    expect(() => segmentsQuery('rfm', undefined, { periodMonths: 0 })).to.throw(/segment period/);
    expect(() => segmentsQuery('rfm', undefined, { scoring: 'bins', recencyBins: [90, 30, 180, 270] })).to.throw(/recency bins/);
    expect(() => segmentsQuery('spend', undefined, { spendTiers: [1, 2, 2, 3] })).to.throw(/spend tiers/);
  });
});
