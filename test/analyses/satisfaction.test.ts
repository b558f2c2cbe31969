import { expect } from '@open-wc/testing';
import { getEngine, type Query } from '../../src/engine/index.js';
import {
  lowScoreQuery,
  meanScoresQuery,
  npsQuery,
  readDistribution,
  readKeys,
  readLowScores,
  readMeanScores,
  readNps,
  readResponseRate,
  readSummary,
  respondentKeysQuery,
  responseRateQuery,
  scoreDistributionQuery,
  summaryQuery,
  type MeanScoreRow,
  type SatisfactionScope,
} from '../../src/analyses/satisfaction.js';
import { loadSatisfactionFixture } from './satisfaction-fixture.js';

async function run(query: Query) {
  const engine = await getEngine();
  return engine.query(query.sql, query.params);
}

const ALL: SatisfactionScope = { ordersLoaded: true };
const MAINTENANCE: SatisfactionScope = { ordersLoaded: true, filter: { sql: 'o.service_type IN (?)', params: ['保养'] } };

function find(rows: MeanScoreRow[], dimension: string, group: string | null = null, scaleMax: number | null = null): MeanScoreRow | undefined {
  return rows.find((row) => row.dimension === dimension && row.group === group && row.scaleMax === scaleMax);
}

describe('satisfaction analysis', () => {
  before(loadSatisfactionFixture);

  it('means per dimension on each own scale', async () => {
    const rows = readMeanScores(await run(meanScoresQuery(ALL, 'own', 'none')));

    expect(find(rows, 'attitude', null, 5)?.mean).to.be.closeTo(11 / 3, 1e-9);
    expect(find(rows, 'attitude', null, 5)?.responses).to.equal(3);
    expect(find(rows, 'attitude', null, 10)?.mean).to.equal(10);
    expect(find(rows, 'attitude', null, 100)?.mean).to.equal(90);
    expect(find(rows, 'overall', null, 5)?.mean).to.equal(4);
    expect(find(rows, 'recommend', null, 10)?.mean).to.be.closeTo(8.4, 1e-9);
    expect(find(rows, 'attitude', null, 5)?.scaleMin).to.equal(1);
  });

  it('means per dimension on the 0–100 form', async () => {
    const rows = readMeanScores(await run(meanScoresQuery(ALL, 'normalized', 'none')));

    expect(rows.map((row) => row.dimension)).to.deep.equal(['attitude', 'speed', 'price', 'overall', 'recommend', '设施']);
    expect(find(rows, 'attitude')?.mean).to.be.closeTo(78, 1e-9);
    expect(find(rows, 'speed')?.mean).to.be.closeTo((75 + 100 / 3) / 2, 1e-9);
    expect(find(rows, 'overall')?.mean).to.be.closeTo((100 + 200 / 3 + 80 + 50) / 4, 1e-9);
    expect(find(rows, 'price')?.mean).to.equal(50);
    expect(find(rows, 'recommend')?.mean).to.be.closeTo(84, 1e-9);
    expect(find(rows, '设施')?.mean).to.equal(0);
    expect(find(rows, 'attitude')?.scaleMax).to.equal(null);
  });

  it('means per channel and per month', async () => {
    const byChannel = readMeanScores(await run(meanScoresQuery(ALL, 'normalized', 'channel')));
    expect(find(byChannel, 'attitude', '电话')?.mean).to.be.closeTo(87.5, 1e-9);
    expect(find(byChannel, 'attitude', '短信')?.mean).to.equal(25);
    expect(find(byChannel, 'overall', '微信')?.mean).to.be.closeTo(200 / 3, 1e-9);

    const byMonth = readMeanScores(await run(meanScoresQuery(ALL, 'normalized', 'month')));
    expect(find(byMonth, 'attitude', '2024-03')?.mean).to.equal(100);
    expect(find(byMonth, 'attitude', '2024-04')?.mean).to.be.closeTo(190 / 3, 1e-9);
    expect(find(byMonth, 'attitude', '2024-04')?.responses).to.equal(3);
  });

  it('score distribution on both scales', async () => {
    const own = readDistribution(await run(scoreDistributionQuery(ALL, 'own')));
    const attitudeStars = own.filter((row) => row.dimension === 'attitude' && row.scaleMax === 5);
    expect(attitudeStars.map((row) => [row.value, row.responses])).to.deep.equal([[2, 1], [4, 1], [5, 1]]);

    const normalized = readDistribution(await run(scoreDistributionQuery(ALL, 'normalized')));
    const attitude = normalized.filter((row) => row.dimension === 'attitude');
    expect(attitude.map((row) => [row.value, row.responses])).to.deep.equal([[25, 1], [75, 1], [90, 1], [100, 2]]);
  });

  it('respondent keys of one distribution bar', async () => {
    const bar = (dimension: string, scaleMin: number | null, scaleMax: number | null, value: number) => ({ dimension, scaleMin, scaleMax, value });

    expect(readKeys(await run(respondentKeysQuery(ALL, 'normalized', bar('attitude', null, null, 100))))).to.deep.equal(['C1', 'C2']);
    expect(readKeys(await run(respondentKeysQuery(ALL, 'own', bar('recommend', 0, 10, 9))))).to.deep.equal(['C3', 'C4']);
    // Speed 4 was given on the 1–5 scale (S1, C1) and on the 1–10 scale (S2, C2): two different bars.
    expect(readKeys(await run(respondentKeysQuery(ALL, 'own', bar('speed', 1, 5, 4))))).to.deep.equal(['C1']);
    expect(readKeys(await run(respondentKeysQuery(ALL, 'own', bar('speed', 1, 10, 4))))).to.deep.equal(['C2']);
  });

  it('NPS with a known mix', async () => {
    const nps = readNps(await run(npsQuery(ALL)));
    // Scores 10, 6, 9, 9, 8: promoters 3, passive 1, detractor 1.
    expect(nps.responses).to.equal(5);
    expect(nps.promoters).to.equal(3);
    expect(nps.passives).to.equal(1);
    expect(nps.detractors).to.equal(1);
    expect(nps.nps).to.be.closeTo(40, 1e-9);
  });

  it('NPS is null without answers', async () => {
    const nps = readNps(await run(npsQuery({ ordersLoaded: true, filter: { sql: 'o.model IN (?)', params: ['none'] } })));
    expect(nps.responses).to.equal(0);
    expect(nps.nps).to.equal(null);
  });

  it('surveys without matching order count unfiltered', async () => {
    const summary = readSummary(await run(summaryQuery(ALL)));
    expect(summary.surveys).to.equal(5);
    expect(summary.unlinkedSurveys).to.equal(2);
    expect(summary.answers).to.equal(18);
  });

  it('order-level filter drops unmatched surveys', async () => {
    const summary = readSummary(await run(summaryQuery(MAINTENANCE)));
    expect(summary.surveys).to.equal(2);
    expect(summary.unlinkedSurveys).to.equal(0);

    const rows = readMeanScores(await run(meanScoresQuery(MAINTENANCE, 'normalized', 'none')));
    expect(find(rows, 'attitude')?.mean).to.equal(95);
  });

  it('customer filter keeps unmatched surveys', async () => {
    const scope: SatisfactionScope = { ordersLoaded: true, filter: { sql: 's.customer_key IN (?, ?)', params: ['C1', 'C7'] } };
    const rows = readMeanScores(await run(meanScoresQuery(scope, 'normalized', 'none')));
    expect(find(rows, 'attitude')?.mean).to.be.closeTo(87.5, 1e-9);
    expect(find(rows, 'attitude')?.responses).to.equal(2);
  });

  it('duplicate RO rows count a survey once', async () => {
    const rows = readMeanScores(await run(meanScoresQuery(ALL, 'own', 'none')));
    expect(find(rows, 'speed', null, 5)?.responses).to.equal(1);
  });

  it('works without an orders table', async () => {
    const summary = readSummary(await run(summaryQuery({ ordersLoaded: false })));
    expect(summary.surveys).to.equal(5);
    expect(summary.unlinkedSurveys).to.equal(5);
  });

  it('low-score list with the default threshold', async () => {
    const rows = readLowScores(await run(lowScoreQuery(ALL)));
    expect(rows.map((row) => row.surveyId)).to.deep.equal(['S5', 'S4', 'S3', 'S2']);

    const s2 = rows.find((row) => row.surveyId === 'S2');
    expect(s2?.lowAnswers).to.deep.equal([
      { dimension: 'recommend', score: 6 },
      { dimension: 'speed', score: 4 },
    ]);
    expect(s2?.customerName).to.equal('李四');
    expect(s2?.phone).to.equal('13900001111');
    expect(s2?.comment).to.equal('等太久，请回电 13900001111');
    expect(s2?.surveyDate).to.equal('2024-03-12');
    expect(rows.find((row) => row.surveyId === 'S4')?.minScore100).to.equal(25);
  });

  it('low-score list with stricter thresholds', async () => {
    const at30 = readLowScores(await run(lowScoreQuery(ALL, { below100: 30, recommendAtMost: 6 })));
    expect(at30.map((row) => row.surveyId)).to.deep.equal(['S5', 'S4', 'S2']);
    expect(at30.find((row) => row.surveyId === 'S2')?.lowAnswers).to.deep.equal([{ dimension: 'recommend', score: 6 }]);

    const at30And5 = readLowScores(await run(lowScoreQuery(ALL, { below100: 30, recommendAtMost: 5 })));
    expect(at30And5.map((row) => row.surveyId)).to.deep.equal(['S5', 'S4']);
  });

  it('response rate over settled orders', async () => {
    const all = readResponseRate(await run(responseRateQuery()));
    // Settled R1, R2, R3, R5, R6 (R4 is cancelled, R1 is exported twice); R1, R2, R3 have a survey.
    expect(all.eligibleOrders).to.equal(5);
    expect(all.surveyedOrders).to.equal(3);
    expect(all.rate).to.be.closeTo(60, 1e-9);

    const maintenance = readResponseRate(await run(responseRateQuery({ sql: 'o.service_type IN (?)', params: ['保养'] })));
    expect(maintenance.eligibleOrders).to.equal(3);
    expect(maintenance.surveyedOrders).to.equal(2);
    expect(maintenance.rate).to.be.closeTo(200 / 3, 1e-9);
  });
});
