import { expect, oneEvent } from '@open-wc/testing';
import { SatisfactionPanelElement } from '../../src/elements/satisfaction-panel/index.js';
import { defineElement } from '../../src/elements/base/define-element.js';
import { AnalysisReadyEvent } from '../../src/elements/base/index.js';
import { getEngine, type Query } from '../../src/engine/index.js';
import { tableVersion } from '../../src/data/state.js';
import {
  lowScoreQuery,
  npsQuery,
  orderLinkQuery,
  orderLinkTableName,
  readLowScores,
  readNps,
  readSummary,
  summaryQuery,
  type SatisfactionScope,
} from '../../src/analyses/satisfaction.js';
import { createCanonicalTable } from '../support/canonical.js';
import { loadSatisfactionFixture } from './satisfaction-fixture.js';

async function run(query: Query) {
  const engine = await getEngine();
  return engine.query(query.sql, query.params);
}

/** Builds the link table for the loaded data and returns its name. */
async function buildLink(): Promise<string> {
  const name = orderLinkTableName(tableVersion('orders'), tableVersion('surveys'));
  await run(orderLinkQuery(name));
  return name;
}

defineElement('satisfaction-panel', SatisfactionPanelElement);

function kpiText(element: SatisfactionPanelElement, selector: string): string {
  return element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const maintenance = (orderLink: string): SatisfactionScope => ({ ordersLoaded: true, orderLink, filter: { sql: 'o.service_type IN (?)', params: ['保养'] } });

describe('satisfaction order link table', () => {
  beforeEach(loadSatisfactionFixture);

  it('holds one settled order per surveyed ro_no', async () => {
    const name = await buildLink();
    const rows = (await run({ sql: `SELECT ro_no FROM "${name}" ORDER BY ro_no`, params: [] })).toArray().map((row) => String(row.ro_no));

    // R1 is exported twice, R4 is cancelled, and R5 and R6 have no survey.
    expect(rows).to.deep.equal(['R1', 'R2', 'R3']);
  });

  it('gives the counts of the inline join', async () => {
    const name = await buildLink();

    const all = readSummary(await run(summaryQuery({ ordersLoaded: true, orderLink: name })));
    expect(all.surveys).to.equal(5);
    expect(all.unlinkedSurveys).to.equal(2);
    expect(all.answers).to.equal(18);

    const filtered = readSummary(await run(summaryQuery(maintenance(name))));
    expect(filtered.surveys).to.equal(2);
    expect(filtered.unlinkedSurveys).to.equal(0);
    expect(filtered.answers).to.equal(8);

    const nps = readNps(await run(npsQuery(maintenance(name))));
    expect(nps.responses).to.equal(2);
    expect(nps.promoters).to.equal(2);
  });

  it('fills contact data from the linked order', async () => {
    await createCanonicalTable('orders', [{ ro_no: 'R3', order_date: '2024-04-02', customer_id: 'C3', customer_name: '王五', phone: '13700002222', service_type: '保养' }]);
    const name = await buildLink();

    const rows = readLowScores(await run(lowScoreQuery({ ordersLoaded: true, orderLink: name })));
    const s3 = rows.find((row) => row.surveyId === 'S3');
    expect(s3?.customerName).to.equal('王五');
    expect(s3?.phone).to.equal('13700002222');
  });

  it('reloading orders gives a new link', async () => {
    const before = await buildLink();
    await createCanonicalTable('orders', [
      { ro_no: 'R1', order_date: '2024-03-05', customer_id: 'C1', service_type: '保养', source_row: 1 },
      { ro_no: 'R2', order_date: '2024-03-10', customer_id: 'C2', service_type: '保养', source_row: 2 },
    ]);
    const after = await buildLink();

    expect(after).to.not.equal(before);
    // S1 and S2 now link to maintenance orders, S3 and S4 to no order.
    const summary = readSummary(await run(summaryQuery(maintenance(after))));
    expect(summary.surveys).to.equal(2);
    expect(summary.answers).to.equal(8);
    const all = readSummary(await run(summaryQuery({ ordersLoaded: true, orderLink: after })));
    expect(all.unlinkedSurveys).to.equal(3);
  });

  it('reloading surveys gives a new link', async () => {
    const before = await buildLink();
    await createCanonicalTable('surveys', [{ survey_id: 'S6', survey_date: '2024-04-26', ro_no: 'R5', customer_id: 'C5', channel: '电话' }]);
    const after = await buildLink();

    expect(after).to.not.equal(before);
    const rows = (await run({ sql: `SELECT ro_no FROM "${after}"`, params: [] })).toArray().map((row) => String(row.ro_no));
    expect(rows).to.deep.equal(['R5']);
  });

  it('link name rejects a bad version', () => {
    expect(() => orderLinkTableName(-1, 1)).to.throw('invalid table version -1');
    expect(() => orderLinkTableName(1, 1.5)).to.throw('invalid table version 1.5');
    expect(orderLinkTableName(3, 4)).to.equal('satisfaction_order_link_3_4');
  });

  it('panel follows an orders reload', async () => {
    const element = document.createElement('satisfaction-panel') as SatisfactionPanelElement;
    const firstReady = oneEvent(element, AnalysisReadyEvent.eventName);
    document.body.append(element);
    await firstReady;
    await element.updateComplete;
    try {
      // S4's order R4 is cancelled and S5 has no order.
      expect(kpiText(element, '.kpis .note')).to.equal('其中 2 份没有对应的已结算工单');
      expect(kpiText(element, '.response-rate .note')).to.equal('3 / 5 张已结算工单有回访');

      const reloaded = oneEvent(element, AnalysisReadyEvent.eventName);
      await createCanonicalTable('orders', [{ ro_no: 'R1', order_date: '2024-03-05', customer_id: 'C1', service_type: '保养' }]);
      await reloaded;
      await element.updateComplete;

      // Only S1 still has a settled order.
      expect(kpiText(element, '.kpis .note')).to.equal('其中 4 份没有对应的已结算工单');
      expect(kpiText(element, '.response-rate .note')).to.equal('1 / 1 张已结算工单有回访');
    } finally {
      element.remove();
    }
  });
});
