// Churn trend (流失趋势): per calendar month the new customers, the active base, and the cohort churn
// with window N; plus the lifecycle stage of every customer as of the latest month. Builders are pure
// and return `{ sql, params }`; data values and settings travel only as bound parameters.
//
// Customers are `customer_key`; only settled orders (not cancelled) with a date and a key count.
import type { Table } from 'apache-arrow';
import type { Query, SqlParam } from '../engine/index.js';
import type { FilterClause } from '../filters/types.js';
import { NO_CONDITION, rowsOf, toNumber, whereClause, type SqlCondition } from './common.js';

/** Filter fields applied to the orders the churn figures are computed from (`o` is orders). */
export const CHURN_ORDER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o."service_type"',
  model: 'o."model"',
  advisor: 'o."advisor"',
  customer_key: 'o."customer_key"',
  campaign_id: 'o."campaign_id"',
};

/**
 * Filter fields applied to the months shown. A date interval from another widget picks the months
 * whose first day lies in it. It does not cut the order history, because churn in a month depends on
 * visits up to N months earlier.
 */
export const CHURN_MONTH_FIELDS: Readonly<Record<string, string>> = {
  order_date: 'k."month_start"',
};

/**
 * Moves the start of every `order_date` interval back to the first day of its month, so a month is
 * shown when the interval overlaps it. A campaign from 3 to 26 January then shows January, which a
 * month start of 1 January would otherwise miss. Apply before compiling with `CHURN_MONTH_FIELDS`.
 */
export function snapIntervalsToMonths(clauses: readonly FilterClause[]): FilterClause[] {
  return clauses.map((clause) => ({
    ...clause,
    predicates: clause.predicates.map((predicate) => {
      if (predicate.field !== 'order_date' || predicate.kind !== 'interval') return predicate;
      const [start, end] = predicate.range;
      const monthStart = typeof start === 'string' && /^\d{4}-\d{2}/.test(start) ? `${start.slice(0, 7)}-01` : start;
      return { ...predicate, range: [monthStart, end] as const };
    }),
  }));
}

export interface ChurnSettings {
  /** Churn window N in months (流失窗口): lapsed in M = visited in M−N and not in M−N+1…M. Default 12. */
  readonly window?: number;
  /** Active-base window in months: active in M = a visit in months M−(w−1)…M. Default 12. */
  readonly activeWindow?: number;
}

/** Figures of one calendar month. */
export interface ChurnMonthRow {
  /** 'YYYY-MM'. */
  readonly month: string;
  /** Customers whose first settled order in the data falls in this month. */
  readonly newCustomers: number;
  /** Customers with a settled order in the active-base window ending with this month (有效基盘). */
  readonly activeBase: number;
  /** Customers who visited in month M−N (the cohort); null when M−N lies before the data. */
  readonly cohort: number | null;
  /** Cohort customers with no visit in months M−N+1…M; null when M−N lies before the data. */
  readonly lapsed: number | null;
  /** lapsed ÷ cohort; null when M−N lies before the data or the cohort is empty. */
  readonly churnRate: number | null;
}

/** Lifecycle stages, in funnel order. */
export const LIFECYCLE_STAGES = ['first', 'returning', 'atRisk', 'lapsed'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Customers in one lifecycle stage as of the latest month of the data. */
export interface LifecycleRow {
  readonly stage: LifecycleStage;
  readonly customers: number;
}

const SETTLED_WITH_KEY = ['o."is_cancelled" IS NOT TRUE', 'o."order_date" IS NOT NULL', 'o."customer_key" IS NOT NULL'];

/** Validates a window setting; throws a RangeError naming the setting for a value a host mistyped. */
export function checkWindow(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 120) {
    throw new RangeError(`aftersales-widgets: ${name} must be a whole number of months from 1 to 120, got ${String(value)}.`);
  }
  return value;
}

// The months of the data (from the first to the last month with a settled order, filters aside) and
// one row per customer and month with a visit, with the month of that customer's next visit.
function visitsSql(orderFilter: SqlCondition): { sql: string; params: SqlParam[] } {
  const all = whereClause(SETTLED_WITH_KEY);
  const filtered = whereClause(SETTLED_WITH_KEY, orderFilter);
  const sql = `bounds AS (
  SELECT CAST(date_trunc('month', min(o."order_date")) AS DATE) AS first_month,
         CAST(date_trunc('month', max(o."order_date")) AS DATE) AS last_month
  FROM "orders" AS o WHERE ${all.sql}
),
visits AS (
  SELECT DISTINCT o."customer_key" AS customer, CAST(date_trunc('month', o."order_date") AS DATE) AS month
  FROM "orders" AS o WHERE ${filtered.sql}
),
visits_next AS (
  SELECT customer, month, lead(month) OVER (PARTITION BY customer ORDER BY month) AS next_month
  FROM visits
)`;
  return { sql, params: filtered.params };
}

/**
 * Builds the monthly figures. Churn uses the cohort form: C = customers with a visit in month M−N,
 * R = those with one in M−N+1…M, lapsed = |C − R|, rate = |C − R| ÷ |C|, shown only when month M−N
 * lies inside the data. Parameters: the order filter, the month filter (on `order_date`), the windows.
 */
export function churnTrendQuery(orderFilter: SqlCondition = NO_CONDITION, monthFilter: SqlCondition = NO_CONDITION, settings: ChurnSettings = {}): Query {
  const window = checkWindow(settings.window ?? 12, 'the churn window');
  const activeWindow = checkWindow(settings.activeWindow ?? 12, 'the active-base window');
  const visits = visitsSql(orderFilter);
  const shown = whereClause([], monthFilter);

  // A visit in month v counts toward the active base of months v … v+w−1, but only until the
  // customer's next visit (which starts a span of its own), so no customer is counted twice. The
  // active base is then a running sum of +1 at each span start and −1 at each span end.
  const sql = `WITH ${visits.sql},
months AS (
  SELECT CAST(unnest(generate_series(first_month::TIMESTAMP, last_month::TIMESTAMP, INTERVAL 1 MONTH)) AS DATE) AS month_start
  FROM bounds
),
spans AS (
  SELECT month AS span_start,
         least(CAST(month + to_months(?::INTEGER) AS DATE), coalesce(next_month, CAST(month + to_months(?::INTEGER) AS DATE))) AS span_end
  FROM visits_next
),
span_deltas AS (
  SELECT month_start, sum(delta) AS delta FROM (
    SELECT span_start AS month_start, 1 AS delta FROM spans
    UNION ALL
    SELECT span_end AS month_start, -1 AS delta FROM spans
  ) GROUP BY month_start
),
firsts AS (
  SELECT first_month AS month_start, count(*) AS new_customers
  FROM (SELECT customer, min(month) AS first_month FROM visits GROUP BY customer)
  GROUP BY first_month
),
cohorts AS (
  SELECT CAST(month + to_months(?::INTEGER) AS DATE) AS month_start,
         count(*) AS cohort,
         count(*) FILTER (WHERE next_month IS NULL OR next_month > CAST(month + to_months(?::INTEGER) AS DATE)) AS lapsed
  FROM visits_next GROUP BY 1
),
k AS (
  SELECT m.month_start,
    coalesce(f.new_customers, 0) AS new_customers,
    CAST(sum(coalesce(d.delta, 0)) OVER (ORDER BY m.month_start) AS BIGINT) AS active_base,
    CAST(m.month_start - to_months(?::INTEGER) AS DATE) >= b.first_month AS in_data
  FROM months m CROSS JOIN bounds b
  LEFT JOIN firsts f ON f.month_start = m.month_start
  LEFT JOIN span_deltas d ON d.month_start = m.month_start
)
SELECT strftime(k.month_start, '%Y-%m') AS month, k.new_customers, k.active_base,
  CASE WHEN k.in_data THEN coalesce(c.cohort, 0) END AS cohort,
  CASE WHEN k.in_data THEN coalesce(c.lapsed, 0) END AS lapsed,
  CASE WHEN k.in_data AND coalesce(c.cohort, 0) > 0 THEN CAST(c.lapsed AS DOUBLE) / c.cohort END AS churn_rate
FROM k LEFT JOIN cohorts c ON c.month_start = k.month_start
WHERE ${shown.sql}
ORDER BY k.month_start`;
  return { sql, params: [...visits.params, activeWindow, activeWindow, window, window, window, ...shown.params] };
}

/**
 * Builds the lifecycle stage counts as of the last month of the data (A). With g = months from the
 * customer's last visit to A: lapsed when g ≥ N; at risk when ⌈N/2⌉ ≤ g < N; otherwise returning
 * with two or more visit months, first visit with one.
 */
export function lifecycleQuery(orderFilter: SqlCondition = NO_CONDITION, settings: ChurnSettings = {}): Query {
  const window = checkWindow(settings.window ?? 12, 'the churn window');
  const visits = visitsSql(orderFilter);
  const sql = `WITH ${visits.sql},
per_customer AS (
  SELECT customer, count(*) AS visit_months,
    datediff('month', max(month), (SELECT last_month FROM bounds)) AS gap
  FROM visits GROUP BY customer
),
staged AS (
  SELECT CASE
    WHEN gap >= ?::INTEGER THEN 'lapsed'
    WHEN gap >= CAST(ceil(?::INTEGER / 2.0) AS INTEGER) THEN 'atRisk'
    WHEN visit_months >= 2 THEN 'returning'
    ELSE 'first' END AS stage
  FROM per_customer
)
SELECT stage, count(*) AS customers FROM staged GROUP BY stage`;
  return { sql, params: [...visits.params, window, window] };
}

/** Reads the result of `churnTrendQuery`. */
export function readChurnTrend(table: Table): ChurnMonthRow[] {
  return rowsOf(table).map((row) => ({
    month: String(row.month),
    newCustomers: toNumber(row.new_customers) ?? 0,
    activeBase: toNumber(row.active_base) ?? 0,
    cohort: toNumber(row.cohort),
    lapsed: toNumber(row.lapsed),
    churnRate: toNumber(row.churn_rate),
  }));
}

/** Reads the result of `lifecycleQuery`: every stage in funnel order, 0 where no customer is in it. */
export function readLifecycle(table: Table): LifecycleRow[] {
  const counts = new Map(rowsOf(table).map((row) => [String(row.stage), toNumber(row.customers) ?? 0]));
  return LIFECYCLE_STAGES.map((stage) => ({ stage, customers: counts.get(stage) ?? 0 }));
}
