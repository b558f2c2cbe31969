// Customer segments (客户分群): lifecycle (new / returning / potential), visit-frequency tiers,
// customer-paid spend tiers and RFM. Each segment has customers, revenue and share, a breakdown by car
// model or service type, and a member list for a call-back campaign. Builders are pure and return
// `{ sql, params }`, with data values and settings only as bound parameters.
import type { Table } from 'apache-arrow';
import type { Query, SqlParam } from '../engine/index.js';
import { NO_CONDITION, rowsOf, toNumber, toText, whereClause, type SqlCondition } from './common.js';
import { RFM_SEGMENTS, rfmScoresSql, type RfmSettings } from './rfm.js';

/** Filter fields applied to the orders the segments are computed from (`o` is orders). */
export const SEGMENT_FILTER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o."service_type"',
  model: 'o."model"',
  advisor: 'o."advisor"',
  order_date: 'o."order_date"',
  customer_key: 'o."customer_key"',
  campaign_id: 'o."campaign_id"',
};

export const SEGMENT_KINDS = ['rfm', 'lifecycle', 'frequency', 'spend'] as const;
/** Segmentation a widget shows. */
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** Segment ids of each kind, in display order. Labels are the catalog keys `customerSegments.segment.<id>`. */
export const SEGMENT_IDS: Readonly<Record<SegmentKind, readonly string[]>> = {
  rfm: RFM_SEGMENTS,
  lifecycle: ['new', 'returning', 'potential'],
  frequency: ['visits1', 'visits2', 'visits3to4', 'visits5plus'],
  spend: ['spend0', 'spendLow', 'spendMid', 'spendHigh', 'spendTop'],
};

/** Lower bounds in yuan of the spend tiers spendLow, spendMid, spendHigh and spendTop. */
export const DEFAULT_SPEND_TIERS: readonly [number, number, number, number] = [0.01, 1000, 3000, 8000];

export interface SegmentSettings extends RfmSettings {
  /** As-of date 'YYYY-MM-DD'; default the latest settled order date after filters. */
  readonly asOf?: string;
  /** Length of the period in months that ends on the as-of date. Default 12. */
  readonly periodMonths?: number;
  /** Lower bounds of the spend tiers in yuan (four ascending numbers). */
  readonly spendTiers?: readonly [number, number, number, number];
}

/** One segment's figures. */
export interface SegmentRow {
  readonly segment: string;
  readonly customers: number;
  /** Customer-paid revenue of the segment's customers in the period, in yuan. */
  readonly revenue: number;
  /** customers ÷ the customers of every segment of this kind. */
  readonly share: number;
}

/** Customers of one segment with one value of the breakdown dimension. */
export interface SegmentBreakdownRow {
  readonly segment: string;
  readonly value: string | null;
  readonly customers: number;
}

/** One customer of a segment, personal fields unmasked (mask before showing or exporting). */
export interface SegmentMember {
  readonly customerKey: string;
  readonly customerName: string | null;
  readonly phone: string | null;
  readonly plate: string | null;
  readonly vin: string | null;
  readonly model: string | null;
  readonly lastVisit: string | null;
  readonly visits: number;
  readonly revenue: number;
  readonly recencyScore: number | null;
  readonly frequencyScore: number | null;
  readonly monetaryScore: number | null;
}

const SETTLED_WITH_KEY = ['o."is_cancelled" IS NOT TRUE', 'o."order_date" IS NOT NULL', 'o."customer_key" IS NOT NULL'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Column of the `assigned` relation with each kind's segment id (a fixed list, never input). */
const SEGMENT_COLUMN: Readonly<Record<SegmentKind, string>> = {
  rfm: 'rfm_segment',
  lifecycle: 'lifecycle_segment',
  frequency: 'frequency_segment',
  spend: 'spend_segment',
};

/** Validates a segment kind; throws for a value a host mistyped. */
export function checkKind(kind: string): SegmentKind {
  if (!(SEGMENT_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(`aftersales-widgets: unknown segment kind "${kind}"; use one of ${SEGMENT_KINDS.join(', ')}.`);
  }
  return kind as SegmentKind;
}

/**
 * Builds the `WITH` part shared by every segment query: one row per customer (`assigned`) with the figures of
 * the period (as-of − N months, as-of] and the segment of every kind.
 * - new: first settled order inside the period; returning: a visit in the period and an earlier one;
 *   potential: settled orders before the period only.
 * - frequency tiers count settled visits in the period; spend tiers sum customer-paid revenue.
 * - RFM: see rfm.ts; customers without a customer-paid order in the period have no RFM segment.
 */
function assignedSql(filter: SqlCondition, settings: SegmentSettings): { sql: string; params: SqlParam[] } {
  const asOf = settings.asOf ?? null;
  if (asOf !== null && !ISO_DATE.test(asOf)) throw new RangeError(`aftersales-widgets: the as-of date must be YYYY-MM-DD, got "${asOf}".`);
  const periodMonths = settings.periodMonths ?? 12;
  if (!Number.isInteger(periodMonths) || periodMonths < 1 || periodMonths > 120) {
    throw new RangeError(`aftersales-widgets: the segment period must be a whole number of months from 1 to 120, got ${String(periodMonths)}.`);
  }
  const tiers = settings.spendTiers ?? DEFAULT_SPEND_TIERS;
  if (tiers.length !== 4 || !tiers.every((tier, index) => Number.isFinite(tier) && (index === 0 || tier > tiers[index - 1]))) {
    throw new RangeError(`aftersales-widgets: spend tiers must be four ascending numbers, got ${JSON.stringify(tiers)}.`);
  }

  const base = whereClause(SETTLED_WITH_KEY, filter);
  const rfm = rfmScoresSql(settings);
  const sql = `base AS (
  SELECT o.* FROM "orders" AS o WHERE ${base.sql}
),
period AS (
  SELECT as_of, CAST(as_of - to_months(?::INTEGER) AS DATE) AS period_start
  FROM (SELECT coalesce(?::DATE, max("order_date")) AS as_of FROM base)
),
facts AS (
  SELECT b."customer_key" AS customer,
    min(b."order_date") AS first_date,
    max(b."order_date") AS last_date,
    count(*) FILTER (WHERE b."order_date" > p.period_start) AS visits,
    count(*) FILTER (WHERE b."order_date" > p.period_start AND b."is_customer_paid" IS NOT FALSE) AS frequency,
    coalesce(sum(b."total_amount") FILTER (WHERE b."order_date" > p.period_start AND b."is_customer_paid" IS NOT FALSE), 0) AS monetary,
    datediff('day', max(b."order_date") FILTER (WHERE b."order_date" > p.period_start AND b."is_customer_paid" IS NOT FALSE), p.as_of) AS recency,
    arg_max(b."model", b."order_date") AS model,
    p.period_start
  FROM base b, period p
  WHERE b."order_date" <= p.as_of
  GROUP BY b."customer_key", p.as_of, p.period_start
),
${rfm.sql},
assigned AS (
  SELECT f.*, s.recency_score, s.frequency_score, s.monetary_score, s.rfm_segment,
    CASE WHEN f.first_date > f.period_start THEN 'new' WHEN f.visits > 0 THEN 'returning' ELSE 'potential' END AS lifecycle_segment,
    CASE WHEN f.visits = 0 THEN NULL WHEN f.visits = 1 THEN 'visits1' WHEN f.visits = 2 THEN 'visits2'
      WHEN f.visits <= 4 THEN 'visits3to4' ELSE 'visits5plus' END AS frequency_segment,
    CASE WHEN f.visits = 0 THEN NULL WHEN f.monetary >= ? THEN 'spendTop' WHEN f.monetary >= ? THEN 'spendHigh'
      WHEN f.monetary >= ? THEN 'spendMid' WHEN f.monetary >= ? THEN 'spendLow' ELSE 'spend0' END AS spend_segment
  FROM facts f LEFT JOIN rfm_scores s ON s.customer = f.customer
)`;
  const params: SqlParam[] = [...base.params, periodMonths, asOf, ...rfm.params, tiers[3], tiers[2], tiers[1], tiers[0]];
  return { sql, params };
}

/** Builds the customers, revenue and share of each segment of `kind` (segments without customers are left out). */
export function segmentsQuery(kind: SegmentKind, filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}): Query {
  const column = SEGMENT_COLUMN[checkKind(kind)];
  const assigned = assignedSql(filter, settings);
  const sql = `WITH ${assigned.sql}
SELECT ${column} AS segment, count(*) AS customers, coalesce(sum(monetary), 0) AS revenue,
  CAST(count(*) AS DOUBLE) / sum(count(*)) OVER () AS share
FROM assigned WHERE ${column} IS NOT NULL
GROUP BY 1`;
  return { sql, params: assigned.params };
}

/**
 * Builds the customers of each segment per car model (the model of the customer's latest order) or
 * per service type (customers with a settled order of that type in the period). By service type, one
 * customer can count under several types.
 */
export function segmentBreakdownQuery(kind: SegmentKind, dimension: 'model' | 'service_type', filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}): Query {
  const column = SEGMENT_COLUMN[checkKind(kind)];
  const assigned = assignedSql(filter, settings);
  const byType = `SELECT a.${column} AS segment, b."service_type" AS value, count(DISTINCT a.customer) AS customers
FROM assigned a JOIN base b ON b."customer_key" = a.customer AND b."order_date" > a.period_start
  AND b."order_date" <= (SELECT as_of FROM period)
WHERE a.${column} IS NOT NULL GROUP BY 1, 2`;
  const byModel = `SELECT ${column} AS segment, model AS value, count(*) AS customers
FROM assigned WHERE ${column} IS NOT NULL GROUP BY 1, 2`;
  const sql = `WITH ${assigned.sql}
${dimension === 'service_type' ? byType : byModel}
ORDER BY segment, customers DESC, value NULLS LAST`;
  return { sql, params: assigned.params };
}

/**
 * Builds the segment of every customer of `kind` with the customer's revenue and latest model. One
 * query serves the segment figures (`summarizeSegments`), the model breakdown and the selection.
 */
export function segmentMembershipQuery(kind: SegmentKind, filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}): Query {
  const column = SEGMENT_COLUMN[checkKind(kind)];
  const assigned = assignedSql(filter, settings);
  const sql = `WITH ${assigned.sql}
SELECT customer, ${column} AS segment, monetary AS revenue, model FROM assigned WHERE ${column} IS NOT NULL ORDER BY customer`;
  return { sql, params: assigned.params };
}

/** Builds the as-of date and period start in use, as 'YYYY-MM-DD' (both NULL without data). */
export function segmentPeriodQuery(filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}): Query {
  const assigned = assignedSql(filter, settings);
  return { sql: `WITH ${assigned.sql}\nSELECT strftime(as_of, '%Y-%m-%d') AS as_of, strftime(period_start, '%Y-%m-%d') AS period_start FROM period`, params: assigned.params };
}

/** Builds the keys of the customers of `segment`, sorted, for the cross-filter selection. */
export function segmentKeysQuery(kind: SegmentKind, segment: string, filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}): Query {
  const column = SEGMENT_COLUMN[checkKind(kind)];
  const assigned = assignedSql(filter, settings);
  return { sql: `WITH ${assigned.sql}\nSELECT customer FROM assigned WHERE ${column} = ? ORDER BY customer`, params: [...assigned.params, segment] };
}

/**
 * Builds the member list of `segment` with the personal fields of each customer's latest order,
 * highest revenue first, at most `limit` rows.
 */
export function segmentMembersQuery(kind: SegmentKind, segment: string, filter: SqlCondition = NO_CONDITION, settings: SegmentSettings = {}, limit = 5000): Query {
  const column = SEGMENT_COLUMN[checkKind(kind)];
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`aftersales-widgets: the member limit must be a positive whole number, got ${String(limit)}.`);
  const assigned = assignedSql(filter, settings);
  const sql = `WITH ${assigned.sql},
people AS (
  SELECT b."customer_key" AS customer,
    arg_max(b."customer_name", b."order_date") AS customer_name, arg_max(b."phone", b."order_date") AS phone,
    arg_max(b."plate", b."order_date") AS plate, arg_max(b."vin", b."order_date") AS vin
  FROM base b GROUP BY 1
)
SELECT a.customer, p.customer_name, p.phone, p.plate, p.vin, a.model, strftime(a.last_date, '%Y-%m-%d') AS last_visit,
  a.visits, a.monetary AS revenue, a.recency_score, a.frequency_score, a.monetary_score
FROM assigned a JOIN people p ON p.customer = a.customer
WHERE a.${column} = ?
ORDER BY a.monetary DESC, a.customer
LIMIT ?`;
  return { sql, params: [...assigned.params, segment, limit] };
}

/** Reads the result of `segmentsQuery` in the kind's display order. */
export function readSegments(kind: SegmentKind, table: Table): SegmentRow[] {
  const byId = new Map(rowsOf(table).map((row) => [String(row.segment), row]));
  return SEGMENT_IDS[kind]
    .filter((id) => byId.has(id))
    .map((id) => {
      const row = byId.get(id)!;
      return { segment: id, customers: toNumber(row.customers) ?? 0, revenue: toNumber(row.revenue) ?? 0, share: toNumber(row.share) ?? 0 };
    });
}

/** Reads the result of `segmentBreakdownQuery`. */
export function readSegmentBreakdown(table: Table): SegmentBreakdownRow[] {
  return rowsOf(table).map((row) => ({ segment: String(row.segment), value: toText(row.value), customers: toNumber(row.customers) ?? 0 }));
}

/** One customer's segment, as read from `segmentMembershipQuery`. */
export interface SegmentMembershipRow {
  readonly customerKey: string;
  readonly segment: string;
  /** Customer-paid revenue in the period, in yuan. */
  readonly revenue: number;
  /** Model of the customer's latest order. */
  readonly model: string | null;
}

/** Reads the result of `segmentMembershipQuery`, sorted by customer key. */
export function readSegmentMembership(table: Table): SegmentMembershipRow[] {
  return rowsOf(table).map((row) => ({
    customerKey: String(row.customer),
    segment: String(row.segment),
    revenue: toNumber(row.revenue) ?? 0,
    model: toText(row.model),
  }));
}

/** Sums membership rows into the figures of each segment, in the kind's display order (as `segmentsQuery`). */
export function summarizeSegments(kind: SegmentKind, members: readonly SegmentMembershipRow[]): SegmentRow[] {
  const totals = new Map<string, { customers: number; revenue: number }>();
  for (const member of members) {
    const total = totals.get(member.segment) ?? { customers: 0, revenue: 0 };
    total.customers += 1;
    total.revenue += member.revenue;
    totals.set(member.segment, total);
  }
  return SEGMENT_IDS[kind]
    .filter((id) => totals.has(id))
    .map((id) => {
      const total = totals.get(id)!;
      // Money is summed in cents so that totals match SQL's exact DECIMAL sum.
      const revenue = Math.round(total.revenue * 100) / 100;
      return { segment: id, customers: total.customers, revenue, share: total.customers / members.length };
    });
}

/** Counts the members of each segment per latest model, ordered as `segmentBreakdownQuery` orders them. */
export function breakdownByModel(members: readonly SegmentMembershipRow[]): SegmentBreakdownRow[] {
  const counts = new Map<string, SegmentBreakdownRow>();
  for (const member of members) {
    const key = JSON.stringify([member.segment, member.model]);
    const current = counts.get(key);
    counts.set(key, { segment: member.segment, value: member.model, customers: (current?.customers ?? 0) + 1 });
  }
  return [...counts.values()].sort(
    (a, b) => compareText(a.segment, b.segment) || b.customers - a.customers || compareNullable(a.value, b.value),
  );
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** Reads the result of `segmentPeriodQuery`. */
export function readSegmentPeriod(table: Table): { asOf: string | null; periodStart: string | null } {
  const row = rowsOf(table)[0];
  return { asOf: toText(row?.as_of), periodStart: toText(row?.period_start) };
}

/** Reads the result of `segmentKeysQuery`. */
export function readSegmentKeys(table: Table): string[] {
  return rowsOf(table).map((row) => String(row.customer));
}

/** Reads the result of `segmentMembersQuery`. */
export function readSegmentMembers(table: Table): SegmentMember[] {
  return rowsOf(table).map((row) => ({
    customerKey: String(row.customer),
    customerName: toText(row.customer_name),
    phone: toText(row.phone),
    plate: toText(row.plate),
    vin: toText(row.vin),
    model: toText(row.model),
    lastVisit: toText(row.last_visit),
    visits: toNumber(row.visits) ?? 0,
    revenue: toNumber(row.revenue) ?? 0,
    recencyScore: toNumber(row.recency_score),
    frequencyScore: toNumber(row.frequency_score),
    monetaryScore: toNumber(row.monetary_score),
  }));
}
