// Service mix (业务结构): per service type (维修类型), the customers, visits, revenue, revenue per visit,
// labour share and margin of settled repair orders, and the monthly trend of visits and revenue.
// Every builder is pure and returns `{ sql, params }`; data values travel only as bound parameters.
import type { Table } from 'apache-arrow';
import type { Query } from '../engine/index.js';
import { NO_CONDITION, rowsOf, toNumber, toText, whereClause, type SqlCondition } from './common.js';

/** Filter fields the service-mix queries apply, mapped to the `orders` column each compares (`o` is orders). */
export const SERVICE_MIX_FILTER_FIELDS: Readonly<Record<string, string>> = {
  service_type: 'o."service_type"',
  model: 'o."model"',
  advisor: 'o."advisor"',
  order_date: 'o."order_date"',
  customer_key: 'o."customer_key"',
  campaign_id: 'o."campaign_id"',
};

/** Cancelled orders (作废, 取消, 已取消) are loaded but excluded from every KPI; a NULL flag counts as settled. */
const SETTLED = 'o."is_cancelled" IS NOT TRUE';

/** Not a warranty claim, internal order or free first service, as flagged while loading. */
const CUSTOMER_PAID = 'o."is_customer_paid" IS TRUE';

/** Which settled orders the figures count. */
export interface ServiceMixScope {
  /** Filter of the other widgets, compiled with `SERVICE_MIX_FILTER_FIELDS`. */
  readonly filter?: SqlCondition;
  /** Count customer-paid orders only (维修产值 in its customer-paid sense); default false, every settled order. */
  readonly customerPaidOnly?: boolean;
}

function scopeConditions(scope: ServiceMixScope): string[] {
  return scope.customerPaidOnly ? [SETTLED, CUSTOMER_PAID] : [SETTLED];
}

/** Figures of one service type. `serviceType` is null for orders whose export left the type blank. */
export interface ServiceMixRow {
  readonly serviceType: string | null;
  /** Distinct customers (customer_key) with a settled order of this type. */
  readonly customers: number;
  /** Settled repair orders (进厂台次). */
  readonly visits: number;
  /** Sum of total_amount in yuan. */
  readonly revenue: number;
  /** This type's revenue ÷ the revenue of every type; null when that total is 0. */
  readonly revenueShare: number | null;
  /** Revenue ÷ visits (单车产值). */
  readonly averageTicket: number | null;
  /** Sum of labor_amount ÷ revenue (工时占比); null when revenue is 0. */
  readonly laborShare: number | null;
  /** (revenue − cost) ÷ revenue over the orders that have a cost_amount; null when no order has one or their revenue is 0. */
  readonly margin: number | null;
  /** Orders of this type that have a cost_amount, so the margin's coverage can be shown. */
  readonly ordersWithCost: number;
}

/** Visits and revenue of one service type in one month. */
export interface ServiceMixTrendRow {
  /** Calendar month as 'YYYY-MM'. */
  readonly month: string;
  readonly serviceType: string | null;
  readonly visits: number;
  readonly revenue: number;
}

// The figures shared by the per-type rows and the totals, over the settled orders `o` of a group.
const FIGURES = `count(DISTINCT o."customer_key") AS customers,
  count(*) AS visits,
  coalesce(sum(o."total_amount"), 0) AS revenue,
  CAST(sum(o."total_amount") AS DOUBLE) / count(*) AS average_ticket,
  CAST(sum(o."labor_amount") AS DOUBLE) / NULLIF(CAST(sum(o."total_amount") AS DOUBLE), 0) AS labor_share,
  CAST(sum(o."total_amount") FILTER (WHERE o."cost_amount" IS NOT NULL) - sum(o."cost_amount") AS DOUBLE)
    / NULLIF(CAST(sum(o."total_amount") FILTER (WHERE o."cost_amount" IS NOT NULL) AS DOUBLE), 0) AS margin,
  count(o."cost_amount") AS orders_with_cost`;

/** Builds the per-type figures of settled orders, largest revenue first. */
export function serviceMixQuery(scope: ServiceMixScope = {}): Query {
  const where = whereClause(scopeConditions(scope), scope.filter ?? NO_CONDITION);
  const sql = `SELECT
  o."service_type" AS service_type,
  ${FIGURES},
  CAST(sum(o."total_amount") AS DOUBLE) / NULLIF(CAST(sum(sum(o."total_amount")) OVER () AS DOUBLE), 0) AS revenue_share
FROM "orders" AS o
WHERE ${where.sql}
GROUP BY o."service_type"
ORDER BY revenue DESC, service_type NULLS LAST`;
  return { sql, params: where.params };
}

/**
 * Builds the same figures over all service types together: one row, because distinct customers and
 * the ratios cannot be summed from the per-type rows. With no settled order, visits is 0 and the
 * ratios are NULL.
 */
export function serviceMixTotalQuery(scope: ServiceMixScope = {}): Query {
  const where = whereClause(scopeConditions(scope), scope.filter ?? NO_CONDITION);
  const sql = `SELECT
  ${FIGURES}
FROM "orders" AS o
WHERE ${where.sql}`;
  return { sql, params: where.params };
}

/** Builds the visits and revenue per month and service type; orders without a date are left out. */
export function serviceMixTrendQuery(scope: ServiceMixScope = {}): Query {
  const where = whereClause([...scopeConditions(scope), 'o."order_date" IS NOT NULL'], scope.filter ?? NO_CONDITION);
  const sql = `SELECT
  strftime(o."order_date", '%Y-%m') AS month,
  o."service_type" AS service_type,
  count(*) AS visits,
  coalesce(sum(o."total_amount"), 0) AS revenue
FROM "orders" AS o
WHERE ${where.sql}
GROUP BY 1, 2
ORDER BY month, service_type NULLS LAST`;
  return { sql, params: where.params };
}

/** Reads the result of `serviceMixQuery`. */
export function readServiceMix(table: Table): ServiceMixRow[] {
  return rowsOf(table).map((row) => ({
    serviceType: toText(row.service_type),
    customers: toNumber(row.customers) ?? 0,
    visits: toNumber(row.visits) ?? 0,
    revenue: toNumber(row.revenue) ?? 0,
    revenueShare: toNumber(row.revenue_share),
    averageTicket: toNumber(row.average_ticket),
    laborShare: toNumber(row.labor_share),
    margin: toNumber(row.margin),
    ordersWithCost: toNumber(row.orders_with_cost) ?? 0,
  }));
}

/** Reads the result of `serviceMixTotalQuery`; `serviceType` is null and `revenueShare` is 1 when there is revenue. */
export function readServiceMixTotal(table: Table): ServiceMixRow {
  const row = rowsOf(table)[0] ?? {};
  const revenue = toNumber(row.revenue) ?? 0;
  return {
    serviceType: null,
    customers: toNumber(row.customers) ?? 0,
    visits: toNumber(row.visits) ?? 0,
    revenue,
    revenueShare: revenue === 0 ? null : 1,
    averageTicket: toNumber(row.average_ticket),
    laborShare: toNumber(row.labor_share),
    margin: toNumber(row.margin),
    ordersWithCost: toNumber(row.orders_with_cost) ?? 0,
  };
}

/** Reads the result of `serviceMixTrendQuery`. */
export function readServiceMixTrend(table: Table): ServiceMixTrendRow[] {
  return rowsOf(table).map((row) => ({
    month: String(row.month),
    serviceType: toText(row.service_type),
    visits: toNumber(row.visits) ?? 0,
    revenue: toNumber(row.revenue) ?? 0,
  }));
}
