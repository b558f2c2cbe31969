// Campaign return (投入产出) over `campaigns` and settled `orders`. Builders are pure and return
// `{ sql, params }`, with data values bound as parameters. Money stays DECIMAL in SQL.
import type { Table } from 'apache-arrow';
import type { Query, SqlParam } from '../engine/index.js';
import type { SqlCondition } from './satisfaction.js';

export type { SqlCondition } from './satisfaction.js';

/**
 * Which orders belong to a campaign. `code`: the order carries the campaign's code in `campaign_id`,
 * whatever its date. `window`: the order is dated inside the campaign period.
 */
export type AttributionRule = 'code' | 'window';

/** Baseline of the uplift: the equal-length period just before the campaign, or the same dates a year earlier. */
export type BaselineKind = 'previous' | 'last_year';

export interface CampaignOptions {
  readonly attribution: AttributionRule;
  /**
   * Count only orders of the campaign's target service type (when it has one), in the window rule and in
   * the uplift. The code rule ignores it, because the code already names the campaign.
   */
  readonly targetServiceTypeOnly: boolean;
  readonly baseline: BaselineKind;
  /** Days after the campaign end in which a later order counts as a return. */
  readonly returnDays: number;
  /** Applies to orders `o`; compile with `CAMPAIGN_ORDER_FILTER_FIELDS`. */
  readonly orderFilter?: SqlCondition;
  /** Applies to campaigns `c`; compile with `CAMPAIGN_FILTER_FIELDS`. */
  readonly campaignFilter?: SqlCondition;
}

export const DEFAULT_CAMPAIGN_OPTIONS: CampaignOptions = {
  attribution: 'code',
  targetServiceTypeOnly: false,
  baseline: 'previous',
  returnDays: 90,
};

/** Filter fields that restrict the orders counted for every campaign, its window and its baseline. */
export const CAMPAIGN_ORDER_FILTER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o.service_type',
  model: 'o.model',
  advisor: 'o.advisor',
  customer_key: 'o.customer_key',
};

/**
 * Filter fields that restrict which campaigns are listed. A date filter keeps the campaigns that start
 * inside it, because filtering the orders by date would also empty the baseline and return windows.
 */
export const CAMPAIGN_FILTER_FIELDS: Readonly<Record<string, string>> = {
  order_date: 'c.start_date',
  campaign_id: 'c.campaign_id',
};

function conditionSql(condition: SqlCondition | undefined): string {
  return condition && condition.sql.trim() !== '' ? `(${condition.sql})` : 'TRUE';
}

function checkOptions(options: CampaignOptions): void {
  if (!Number.isInteger(options.returnDays) || options.returnDays < 1) {
    throw new Error(`campaign analysis: returnDays must be a whole number of days of at least 1, got ${options.returnDays}`);
  }
}

/** The CTEs shared by the queries: `settled`, `camp`, `scoped` and `attributed`. */
function campaignCtes(options: CampaignOptions): { sql: string; params: SqlParam[] } {
  checkOptions(options);
  const baselineStart =
    options.baseline === 'previous' ? 'c.start_date - (c.end_date - c.start_date + 1)::INTEGER' : "(c.start_date - INTERVAL '1 year')::DATE";
  const baselineEnd = options.baseline === 'previous' ? 'c.start_date - 1' : "(c.end_date - INTERVAL '1 year')::DATE";
  const targetType = options.targetServiceTypeOnly ? '(c.target_service_type IS NULL OR o.service_type = c.target_service_type)' : 'TRUE';
  const attribution =
    options.attribution === 'code' ? 'o.campaign_id = c.campaign_id' : `o.order_date BETWEEN c.start_date AND c.end_date AND ${targetType}`;

  const sql = `WITH settled AS (
  SELECT ro_no, order_date, customer_key, service_type, model, advisor, campaign_id, total_amount
  FROM orders WHERE is_cancelled IS NOT TRUE AND order_date IS NOT NULL
),
camp AS (
  SELECT c.campaign_id, c.campaign_name, c.campaign_type, c.start_date, c.end_date, c.cost_amount,
    c.target_service_type, c.reached_customers,
    ${baselineStart} AS baseline_start, ${baselineEnd} AS baseline_end
  FROM campaigns c
  WHERE c.campaign_id IS NOT NULL AND c.start_date IS NOT NULL AND c.end_date IS NOT NULL AND ${conditionSql(options.campaignFilter)}
  QUALIFY row_number() OVER (PARTITION BY c.campaign_id ORDER BY c.source_row) = 1
),
scoped AS (SELECT * FROM settled o WHERE ${conditionSql(options.orderFilter)}),
attributed AS (
  SELECT c.campaign_id, o.ro_no, o.customer_key, o.order_date, o.total_amount
  FROM camp c JOIN scoped o ON ${attribution}
),
window_orders AS (
  SELECT c.campaign_id, o.order_date BETWEEN c.start_date AND c.end_date AS in_campaign, o.ro_no, o.total_amount
  FROM camp c JOIN scoped o
    ON (o.order_date BETWEEN c.start_date AND c.end_date OR o.order_date BETWEEN c.baseline_start AND c.baseline_end) AND ${targetType}
)`;
  return {
    sql,
    params: [...(options.campaignFilter?.params ?? []), ...(options.orderFilter?.params ?? [])],
  };
}

/** One row per campaign with its figures under `options`, ordered by start date. */
export function campaignResultsQuery(options: CampaignOptions): Query {
  const base = campaignCtes(options);
  const sql = `${base.sql},
first_orders AS (
  SELECT customer_key, min(order_date) AS first_date FROM settled WHERE customer_key IS NOT NULL GROUP BY customer_key
),
results AS (
  SELECT a.campaign_id, count(*) AS visits, count(DISTINCT a.customer_key) AS customers, sum(a.total_amount) AS revenue,
    count(DISTINCT a.customer_key) FILTER (WHERE a.order_date = f.first_date) AS new_customers
  FROM attributed a LEFT JOIN first_orders f ON f.customer_key = a.customer_key
  GROUP BY a.campaign_id
),
members AS (SELECT DISTINCT campaign_id, customer_key FROM attributed WHERE customer_key IS NOT NULL),
returned AS (
  SELECT m.campaign_id, count(*) AS returned_customers
  FROM members m JOIN camp c ON c.campaign_id = m.campaign_id
  WHERE EXISTS (
    SELECT 1 FROM settled o
    WHERE o.customer_key = m.customer_key AND o.order_date > c.end_date AND o.order_date <= c.end_date + ?::INTEGER
      AND NOT EXISTS (SELECT 1 FROM attributed a WHERE a.campaign_id = m.campaign_id AND a.ro_no = o.ro_no)
  )
  GROUP BY m.campaign_id
),
windows AS (
  SELECT campaign_id,
    count(*) FILTER (WHERE in_campaign) AS window_visits,
    coalesce(sum(total_amount) FILTER (WHERE in_campaign), 0) AS window_revenue,
    count(*) FILTER (WHERE NOT in_campaign) AS baseline_visits,
    coalesce(sum(total_amount) FILTER (WHERE NOT in_campaign), 0) AS baseline_revenue
  FROM window_orders GROUP BY campaign_id
),
coverage AS (SELECT min(order_date) AS first_order, max(order_date) AS last_order FROM settled)
SELECT c.campaign_id, c.campaign_name, c.campaign_type, c.target_service_type,
  strftime(c.start_date, '%Y-%m-%d') AS start_date, strftime(c.end_date, '%Y-%m-%d') AS end_date,
  (c.end_date - c.start_date + 1)::INTEGER AS days,
  c.cost_amount AS cost, c.reached_customers,
  coalesce(r.visits, 0)::INTEGER AS visits, coalesce(r.customers, 0)::INTEGER AS customers,
  coalesce(r.new_customers, 0)::INTEGER AS new_customers,
  coalesce(r.revenue, 0)::DECIMAL(18,2) AS revenue,
  coalesce(rt.returned_customers, 0)::INTEGER AS returned_customers,
  CASE WHEN coalesce(r.customers, 0) > 0 THEN coalesce(rt.returned_customers, 0) * 100.0 / r.customers END AS return_rate,
  coalesce(cov.last_order >= c.end_date + ?::INTEGER, false) AS return_window_complete,
  CASE WHEN c.cost_amount > 0 THEN (coalesce(r.revenue, 0) - c.cost_amount) * 100 / c.cost_amount END::DOUBLE AS roi_percent,
  CASE WHEN c.cost_amount > 0 THEN coalesce(r.revenue, 0) / c.cost_amount END::DOUBLE AS revenue_to_cost,
  strftime(c.baseline_start, '%Y-%m-%d') AS baseline_start, strftime(c.baseline_end, '%Y-%m-%d') AS baseline_end,
  coalesce(cov.first_order <= c.baseline_start, false) AS baseline_covered,
  coalesce(w.window_visits, 0)::INTEGER AS window_visits, coalesce(w.window_revenue, 0)::DECIMAL(18,2) AS window_revenue,
  coalesce(w.baseline_visits, 0)::INTEGER AS baseline_visits, coalesce(w.baseline_revenue, 0)::DECIMAL(18,2) AS baseline_revenue,
  (coalesce(w.window_visits, 0) - coalesce(w.baseline_visits, 0))::INTEGER AS visits_uplift,
  (coalesce(w.window_revenue, 0) - coalesce(w.baseline_revenue, 0))::DECIMAL(18,2) AS revenue_uplift
FROM camp c
LEFT JOIN results r ON r.campaign_id = c.campaign_id
LEFT JOIN returned rt ON rt.campaign_id = c.campaign_id
LEFT JOIN windows w ON w.campaign_id = c.campaign_id
CROSS JOIN coverage cov
ORDER BY c.start_date, c.campaign_id`;
  return { sql, params: [...base.params, options.returnDays, options.returnDays] };
}

/** Distinct customer keys of the orders attributed to campaign `campaignId`, for the cross-filter selection. */
export function campaignCustomersQuery(options: CampaignOptions, campaignId: string): Query {
  const base = campaignCtes(options);
  const sql = `${base.sql}
SELECT DISTINCT customer_key FROM attributed WHERE campaign_id = ? AND customer_key IS NOT NULL ORDER BY customer_key`;
  return { sql, params: [...base.params, campaignId] };
}

export interface CampaignRow {
  readonly campaignId: string;
  readonly campaignName: string | null;
  readonly campaignType: string | null;
  readonly targetServiceType: string | null;
  /** Inclusive `YYYY-MM-DD` dates. */
  readonly startDate: string;
  readonly endDate: string;
  readonly days: number;
  /** Yuan; null when the export has no cost. */
  readonly cost: number | null;
  readonly reachedCustomers: number | null;
  readonly visits: number;
  readonly customers: number;
  /** Customers whose first settled order in the data is one of the campaign's orders. */
  readonly newCustomers: number;
  readonly revenue: number;
  readonly returnedCustomers: number;
  /** Percent of the campaign's customers with another settled order within `returnDays` after the end. */
  readonly returnRate: number | null;
  /** False while the data ends before the return window does, so the rate may still grow. */
  readonly returnWindowComplete: boolean;
  /** (revenue − cost) ÷ cost × 100; null without a positive cost. */
  readonly roiPercent: number | null;
  /** revenue ÷ cost, shown as "x:1"; null without a positive cost. */
  readonly revenueToCost: number | null;
  readonly baselineStart: string;
  readonly baselineEnd: string;
  /** False when the data starts after the baseline period starts. */
  readonly baselineCovered: boolean;
  /** Settled orders dated inside the campaign period (of the target type when so configured). */
  readonly windowVisits: number;
  readonly windowRevenue: number;
  readonly baselineVisits: number;
  readonly baselineRevenue: number;
  readonly visitsUplift: number;
  readonly revenueUplift: number;
}

type Cell = string | number | boolean | null;

const numberOrNull = (value: Cell | undefined): number | null => (value === null || value === undefined ? null : Number(value));
const textOrNull = (value: Cell | undefined): string | null => (value === null || value === undefined ? null : String(value));

export function readCampaignResults(table: Table): CampaignRow[] {
  return table.toArray().map((arrowRow) => {
    const row = arrowRow.toJSON() as Record<string, Cell>;
    return {
      campaignId: String(row.campaign_id),
      campaignName: textOrNull(row.campaign_name),
      campaignType: textOrNull(row.campaign_type),
      targetServiceType: textOrNull(row.target_service_type),
      startDate: String(row.start_date),
      endDate: String(row.end_date),
      days: Number(row.days),
      cost: numberOrNull(row.cost),
      reachedCustomers: numberOrNull(row.reached_customers),
      visits: Number(row.visits),
      customers: Number(row.customers),
      newCustomers: Number(row.new_customers),
      revenue: Number(row.revenue),
      returnedCustomers: Number(row.returned_customers),
      returnRate: numberOrNull(row.return_rate),
      returnWindowComplete: Boolean(row.return_window_complete),
      roiPercent: numberOrNull(row.roi_percent),
      revenueToCost: numberOrNull(row.revenue_to_cost),
      baselineStart: String(row.baseline_start),
      baselineEnd: String(row.baseline_end),
      baselineCovered: Boolean(row.baseline_covered),
      windowVisits: Number(row.window_visits),
      windowRevenue: Number(row.window_revenue),
      baselineVisits: Number(row.baseline_visits),
      baselineRevenue: Number(row.baseline_revenue),
      visitsUplift: Number(row.visits_uplift),
      revenueUplift: Number(row.revenue_uplift),
    };
  });
}

/** The day after `isoDate` (`YYYY-MM-DD`), for the exclusive end of an order-date interval. */
export function nextDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`campaign analysis: expected a YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return date.toISOString().slice(0, 10);
}
