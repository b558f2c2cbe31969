// Satisfaction (CSI) and call-back (回访) analysis over `surveys` and the long-form `survey_scores`.
// Every builder is pure and returns `{ sql, params }`, with data values bound as parameters.
//
// Surveys are linked to settled repair orders by `ro_no`. The link is a LEFT JOIN, so a survey with no
// matching order is still counted while no order-level filter is active. An order-level predicate
// (service type, model, advisor, order date, campaign) compares NULL for such a survey and so excludes it.
//
// Deduplicating 1,000,000 orders for every query was the slowest part of a cross-filter click, so a
// caller can build the settled orders that surveys link to once per data load with `orderLinkQuery`,
// and pass the table's name as `SatisfactionScope.orderLink`.
import type { Table } from 'apache-arrow';
import { quoteIdentifier, type Query, type SqlParam } from '../engine/index.js';

/** A boolean SQL expression with its bound values, as `compileFilters` returns it. Empty SQL means TRUE. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/**
 * Filter fields and the SQL they compare in the satisfaction queries: `s` is the survey, `o` its linked
 * settled order (all NULL when the survey has no matching order).
 */
export const SATISFACTION_FILTER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o.service_type',
  model: 'o.model',
  advisor: 'o.advisor',
  order_date: 'o.order_date',
  campaign_id: 'o.campaign_id',
  customer_key: 's.customer_key',
  channel: 's.channel',
};

/** Filter fields for the response rate, which counts settled orders `o` (the surveys are its numerator). */
export const RESPONSE_RATE_FILTER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o.service_type',
  model: 'o.model',
  advisor: 'o.advisor',
  order_date: 'o.order_date',
  campaign_id: 'o.campaign_id',
  customer_key: 'o.customer_key',
};

/** The canonical dimension of the 0–10 "would you recommend us" question that NPS is computed from. */
export const RECOMMEND_DIMENSION = 'recommend';

/** Canonical dimensions in display order; other dimensions of an export follow in alphabetical order. */
export const CANONICAL_DIMENSIONS = ['attitude', 'speed', 'quality', 'price', 'overall', RECOMMEND_DIMENSION] as const;

/**
 * Which scale a figure is on: each question's own declared scale, or the 0–100 form
 * (x − scale_min) ÷ (scale_max − scale_min) × 100.
 */
export type ScoreScale = 'own' | 'normalized';

/** What the mean scores are broken down by, besides the dimension. */
export type ScoreBreakdown = 'none' | 'channel' | 'month';

export interface SatisfactionScope {
  /** Compiled with `SATISFACTION_FILTER_FIELDS`. */
  readonly filter?: SqlCondition;
  /** False when no `orders` table is loaded: every survey then counts as having no matching order. */
  readonly ordersLoaded: boolean;
  /**
   * Name of a table built by `orderLinkQuery` from the current `orders` and `surveys`. Without it, each
   * query deduplicates `orders` itself. Ignored when `ordersLoaded` is false.
   */
  readonly orderLink?: string;
}

/** Low-score follow-up rule; a survey is listed when any answer meets either condition. */
export interface LowScoreRule {
  /** An answer below this on the 0–100 form is low. Default 60. */
  readonly below100: number;
  /** A recommendation answer (0–10) at or below this is low. Default 6. */
  readonly recommendAtMost: number;
}

export const DEFAULT_LOW_SCORE_RULE: LowScoreRule = { below100: 60, recommendAtMost: 6 };

// The columns of `orders` that the satisfaction filters and follow-up list read.
const LINKED_ORDER_COLUMNS = ['ro_no', 'order_date', 'service_type', 'model', 'advisor', 'campaign_id', 'customer_name', 'phone'];

/**
 * Settled orders, one per `ro_no`, that `surveys` can link to. Orders that no survey names are left out,
 * which changes no LEFT JOIN from `surveys` on `ro_no`.
 */
function settledOrdersSql(): string {
  // A repair order exported twice would otherwise count its survey twice.
  return `SELECT ${LINKED_ORDER_COLUMNS.join(', ')} FROM orders
    WHERE is_cancelled IS NOT TRUE AND ro_no IS NOT NULL AND ro_no IN (SELECT ro_no FROM surveys)
    QUALIFY row_number() OVER (PARTITION BY ro_no ORDER BY order_date, source_row) = 1`;
}

/** Returns the SQL of the linked orders: the prebuilt link table, the inline deduplication, or no rows. */
function linkedOrdersSql(scope: SatisfactionScope): string {
  if (!scope.ordersLoaded) {
    const nulls = LINKED_ORDER_COLUMNS.map((name) => `NULL::${name === 'order_date' ? 'DATE' : 'VARCHAR'} AS ${name}`);
    return `SELECT ${nulls.join(', ')} WHERE false`;
  }
  if (scope.orderLink !== undefined) return `SELECT ${LINKED_ORDER_COLUMNS.join(', ')} FROM ${quoteIdentifier(scope.orderLink)}`;
  return settledOrdersSql();
}

/**
 * Returns the name of the link table for one load of `orders` and one load of `surveys`, from their
 * `tableVersion`. A reload gives a new name, so a table built from older data is not read again.
 */
// NOTE: link tables of earlier loads are not dropped, so each reload leaves about one row per survey.
export function orderLinkTableName(ordersVersion: number, surveysVersion: number): string {
  for (const version of [ordersVersion, surveysVersion]) {
    if (!Number.isInteger(version) || version < 0) {
      throw new Error(`orderLinkTableName: invalid table version ${version}; pass tableVersion('orders') and tableVersion('surveys').`);
    }
  }
  return `satisfaction_order_link_${ordersVersion}_${surveysVersion}`;
}

/**
 * Creates table `name`, unless it exists, with the settled orders that surveys link to (one row per
 * `ro_no`, cancelled orders left out). Run it before the queries whose scope has `orderLink: name`.
 */
export function orderLinkQuery(name: string): Query {
  return { sql: `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(name)} AS ${settledOrdersSql()}`, params: [] };
}

function conditionSql(condition: SqlCondition | undefined): string {
  return condition && condition.sql.trim() !== '' ? `(${condition.sql})` : 'TRUE';
}

/** The CTE `answers`: one row per filtered survey answer with a score, and its 0–100 form. */
function answersCte(scope: SatisfactionScope): { sql: string; params: SqlParam[] } {
  const sql = `WITH linked_orders AS (${linkedOrdersSql(scope)}),
answers AS (
  SELECT s.survey_id, s.survey_date, s.channel, s.customer_key, s.ro_no,
    coalesce(s.customer_name, o.customer_name) AS customer_name, coalesce(s.phone, o.phone) AS phone, s.comment,
    o.ro_no AS linked_ro_no, sc.dimension, sc.score, sc.scale_min, sc.scale_max,
    CASE WHEN sc.scale_max > sc.scale_min THEN (sc.score - sc.scale_min) / (sc.scale_max - sc.scale_min) * 100 END AS score_100
  FROM surveys s
  JOIN survey_scores sc ON sc.survey_id = s.survey_id
  LEFT JOIN linked_orders o ON o.ro_no = s.ro_no
  WHERE sc.score IS NOT NULL AND ${conditionSql(scope.filter)}
)`;
  return { sql, params: [...(scope.filter?.params ?? [])] };
}

// SQL expression of the group a mean score is broken down by, besides the dimension.
const GROUP_COLUMNS: Record<ScoreBreakdown, string> = {
  none: 'NULL::VARCHAR',
  channel: 'channel',
  month: "strftime(survey_date, '%Y-%m')",
};

/** Mean score per dimension (and per channel or month), on each question's own scale or the 0–100 form. */
export function meanScoresQuery(scope: SatisfactionScope, scale: ScoreScale, breakdown: ScoreBreakdown): Query {
  const base = answersCte(scope);
  const groupColumn = GROUP_COLUMNS[breakdown];
  const scaleColumns = scale === 'own' ? 'scale_min, scale_max' : 'NULL::DOUBLE AS scale_min, NULL::DOUBLE AS scale_max';
  const groupBy = scale === 'own' ? 'dimension, scale_min, scale_max, grp' : 'dimension, grp';
  const value = scale === 'own' ? 'score' : 'score_100';
  const sql = `${base.sql}
SELECT dimension, ${scaleColumns}, ${groupColumn} AS grp, count(*)::INTEGER AS responses, avg(${value}) AS mean
FROM answers WHERE ${value} IS NOT NULL
GROUP BY ${groupBy}
ORDER BY dimension, grp, scale_min, scale_max`;
  return { sql, params: base.params };
}

/** Number of answers per dimension and score (own scale), or per dimension and 0–100 value rounded to 0.1. */
export function scoreDistributionQuery(scope: SatisfactionScope, scale: ScoreScale): Query {
  const base = answersCte(scope);
  const sql =
    scale === 'own'
      ? `${base.sql}
SELECT dimension, scale_min, scale_max, score AS value, count(*)::INTEGER AS responses
FROM answers GROUP BY dimension, scale_min, scale_max, score ORDER BY dimension, scale_min, scale_max, value`
      : `${base.sql}
SELECT dimension, NULL::DOUBLE AS scale_min, NULL::DOUBLE AS scale_max, round(score_100, 1) AS value, count(*)::INTEGER AS responses
FROM answers WHERE score_100 IS NOT NULL GROUP BY dimension, round(score_100, 1) ORDER BY dimension, value`;
  return { sql, params: base.params };
}

/** One bar of the score distribution: a dimension, its declared scale (null on the 0–100 form) and a value. */
export interface DistributionBar {
  readonly dimension: string;
  readonly scaleMin: number | null;
  readonly scaleMax: number | null;
  readonly value: number;
}

/**
 * Distinct customer keys of the respondents behind one bar of the distribution, for the selection that
 * other widgets follow. On the own scale the bar's declared scale must match too, because the same
 * score on another scale is another bar.
 */
export function respondentKeysQuery(scope: SatisfactionScope, scale: ScoreScale, bar: DistributionBar): Query {
  const base = answersCte(scope);
  if (scale === 'normalized') {
    const sql = `${base.sql}
SELECT DISTINCT customer_key FROM answers
WHERE dimension = ? AND round(score_100, 1) = ? AND customer_key IS NOT NULL ORDER BY customer_key`;
    return { sql, params: [...base.params, bar.dimension, bar.value] };
  }
  const sql = `${base.sql}
SELECT DISTINCT customer_key FROM answers
WHERE dimension = ? AND scale_min IS NOT DISTINCT FROM ? AND scale_max IS NOT DISTINCT FROM ? AND score = ? AND customer_key IS NOT NULL
ORDER BY customer_key`;
  return { sql, params: [...base.params, bar.dimension, bar.scaleMin, bar.scaleMax, bar.value] };
}

/**
 * NPS over the answers to the 0–10 recommendation question: promoters score 9–10, detractors 0–6,
 * NPS = (promoters − detractors) ÷ answers × 100. Answers on another declared scale are not counted.
 */
export function npsQuery(scope: SatisfactionScope): Query {
  const base = answersCte(scope);
  const sql = `${base.sql}
SELECT count(*)::INTEGER AS responses,
  count(*) FILTER (WHERE score >= 9)::INTEGER AS promoters,
  count(*) FILTER (WHERE score > 6 AND score < 9)::INTEGER AS passives,
  count(*) FILTER (WHERE score <= 6)::INTEGER AS detractors,
  CASE WHEN count(*) > 0 THEN (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) * 100.0 / count(*) END AS nps
FROM answers WHERE dimension = ? AND scale_min = 0 AND scale_max = 10`;
  return { sql, params: [...base.params, RECOMMEND_DIMENSION] };
}

/** Surveys and answers in scope, and how many of those surveys have no matching settled order. */
export function summaryQuery(scope: SatisfactionScope): Query {
  const base = answersCte(scope);
  const sql = `${base.sql}
SELECT count(DISTINCT survey_id)::INTEGER AS surveys,
  count(DISTINCT survey_id) FILTER (WHERE linked_ro_no IS NULL)::INTEGER AS unlinked_surveys,
  count(*)::INTEGER AS answers
FROM answers`;
  return { sql, params: base.params };
}

/**
 * Surveys with at least one low answer under `rule`, newest first, with the customer's contact data
 * unmasked: the caller masks it before showing or exporting it. `low_dimensions` and `low_scores` list
 * the low answers on their own scale.
 */
export function lowScoreQuery(scope: SatisfactionScope, rule: LowScoreRule = DEFAULT_LOW_SCORE_RULE): Query {
  const base = answersCte(scope);
  const isLow = '(score_100 < ? OR (dimension = ? AND scale_min = 0 AND scale_max = 10 AND score <= ?))';
  const sql = `${base.sql}
SELECT survey_id, strftime(any_value(survey_date), '%Y-%m-%d') AS survey_date, any_value(channel) AS channel,
  any_value(ro_no) AS ro_no, any_value(customer_key) AS customer_key, any_value(customer_name) AS customer_name,
  any_value(phone) AS phone, any_value(comment) AS comment,
  string_agg(dimension, '\u001f' ORDER BY dimension) AS low_dimensions,
  string_agg(score::VARCHAR, '\u001f' ORDER BY dimension) AS low_scores,
  min(score_100) AS min_score_100
FROM answers WHERE ${isLow}
GROUP BY survey_id
ORDER BY any_value(survey_date) DESC NULLS LAST, survey_id`;
  return { sql, params: [...base.params, rule.below100, RECOMMEND_DIMENSION, rule.recommendAtMost] };
}

/** Separator of the lists in `low_dimensions` and `low_scores` (the ASCII unit separator). */
export const LOW_SCORE_LIST_SEPARATOR = '\u001f';

/**
 * Response rate: settled orders with at least one survey ÷ settled orders, both under `orderFilter`
 * (compiled with `RESPONSE_RATE_FILTER_FIELDS`). Needs the `orders` table.
 */
export function responseRateQuery(orderFilter?: SqlCondition): Query {
  const sql = `WITH settled AS (
  SELECT DISTINCT ro_no FROM orders o WHERE is_cancelled IS NOT TRUE AND ro_no IS NOT NULL AND ${conditionSql(orderFilter)}
)
SELECT count(*)::INTEGER AS eligible_orders,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.ro_no = settled.ro_no))::INTEGER AS surveyed_orders,
  CASE WHEN count(*) > 0 THEN count(*) FILTER (WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.ro_no = settled.ro_no)) * 100.0 / count(*) END AS rate
FROM settled`;
  return { sql, params: [...(orderFilter?.params ?? [])] };
}

// ---- Typed results ----

export interface MeanScoreRow {
  readonly dimension: string;
  /** The declared scale; both null on the 0–100 form. */
  readonly scaleMin: number | null;
  readonly scaleMax: number | null;
  /** Channel or `YYYY-MM` month; null without a breakdown (or for a survey without channel). */
  readonly group: string | null;
  readonly responses: number;
  readonly mean: number;
}

export interface DistributionRow {
  readonly dimension: string;
  readonly scaleMin: number | null;
  readonly scaleMax: number | null;
  readonly value: number;
  readonly responses: number;
}

export interface NpsResult {
  readonly responses: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Null when no recommendation question was answered. */
  readonly nps: number | null;
}

export interface SummaryResult {
  readonly surveys: number;
  readonly unlinkedSurveys: number;
  readonly answers: number;
}

export interface LowScoreRow {
  readonly surveyId: string;
  readonly surveyDate: string | null;
  readonly channel: string | null;
  readonly roNo: string | null;
  readonly customerKey: string | null;
  readonly customerName: string | null;
  readonly phone: string | null;
  readonly comment: string | null;
  readonly lowAnswers: readonly { readonly dimension: string; readonly score: number }[];
  readonly minScore100: number | null;
}

export interface ResponseRateResult {
  readonly eligibleOrders: number;
  readonly surveyedOrders: number;
  /** Percent; null when there is no eligible order. */
  readonly rate: number | null;
}

type Cell = string | number | boolean | null;

/** Plain objects of the rows of an Arrow table (numbers, strings, booleans, null). */
function plainRows(table: Table): Record<string, Cell>[] {
  return table.toArray().map((row) => row.toJSON() as Record<string, Cell>);
}

const numberOrNull = (value: Cell | undefined): number | null => (value === null || value === undefined ? null : Number(value));
const textOrNull = (value: Cell | undefined): string | null => (value === null || value === undefined ? null : String(value));

/** Sort key that puts the canonical dimensions first, in their fixed order. */
export function dimensionRank(dimension: string): number {
  const index = (CANONICAL_DIMENSIONS as readonly string[]).indexOf(dimension);
  return index === -1 ? CANONICAL_DIMENSIONS.length : index;
}

function compareDimensions(a: string, b: string): number {
  return dimensionRank(a) - dimensionRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function readMeanScores(table: Table): MeanScoreRow[] {
  const rows = plainRows(table).map((row) => ({
    dimension: String(row.dimension),
    scaleMin: numberOrNull(row.scale_min),
    scaleMax: numberOrNull(row.scale_max),
    group: textOrNull(row.grp),
    responses: Number(row.responses),
    mean: Number(row.mean),
  }));
  return rows.sort((a, b) => compareDimensions(a.dimension, b.dimension));
}

export function readDistribution(table: Table): DistributionRow[] {
  const rows = plainRows(table).map((row) => ({
    dimension: String(row.dimension),
    scaleMin: numberOrNull(row.scale_min),
    scaleMax: numberOrNull(row.scale_max),
    value: Number(row.value),
    responses: Number(row.responses),
  }));
  return rows.sort((a, b) => compareDimensions(a.dimension, b.dimension));
}

export function readNps(table: Table): NpsResult {
  const [row] = plainRows(table);
  return {
    responses: Number(row?.responses ?? 0),
    promoters: Number(row?.promoters ?? 0),
    passives: Number(row?.passives ?? 0),
    detractors: Number(row?.detractors ?? 0),
    nps: numberOrNull(row?.nps),
  };
}

export function readSummary(table: Table): SummaryResult {
  const [row] = plainRows(table);
  return { surveys: Number(row?.surveys ?? 0), unlinkedSurveys: Number(row?.unlinked_surveys ?? 0), answers: Number(row?.answers ?? 0) };
}

export function readLowScores(table: Table): LowScoreRow[] {
  return plainRows(table).map((row) => {
    const dimensions = String(row.low_dimensions ?? '').split(LOW_SCORE_LIST_SEPARATOR);
    const scores = String(row.low_scores ?? '').split(LOW_SCORE_LIST_SEPARATOR);
    return {
      surveyId: String(row.survey_id),
      surveyDate: textOrNull(row.survey_date),
      channel: textOrNull(row.channel),
      roNo: textOrNull(row.ro_no),
      customerKey: textOrNull(row.customer_key),
      customerName: textOrNull(row.customer_name),
      phone: textOrNull(row.phone),
      comment: textOrNull(row.comment),
      lowAnswers: dimensions.map((dimension, index) => ({ dimension, score: Number(scores[index]) })),
      minScore100: numberOrNull(row.min_score_100),
    };
  });
}

export function readResponseRate(table: Table): ResponseRateResult {
  const [row] = plainRows(table);
  return { eligibleOrders: Number(row?.eligible_orders ?? 0), surveyedOrders: Number(row?.surveyed_orders ?? 0), rate: numberOrNull(row?.rate) };
}

/** Distinct values of the first column, as text. */
export function readKeys(table: Table): string[] {
  return plainRows(table).map((row) => String(Object.values(row)[0]));
}
