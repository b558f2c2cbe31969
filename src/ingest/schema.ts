// The canonical tables that every analysis reads. Loading maps a dealer's export onto these names and
// types; analyses never see the export's own headers. Column names are English snake_case.

/** SQL type of a canonical column, as created in DuckDB. Money is exact: DECIMAL(18,2). */
export type ColumnType = 'VARCHAR' | 'DATE' | 'DECIMAL(18,2)' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** Read from the file (`source`) or computed while loading (`derived`). */
  readonly origin: 'source' | 'derived';
  /** Personal information, masked whenever it is shown. */
  readonly personal?: boolean;
}

export type CanonicalTableName = 'orders' | 'customers' | 'surveys' | 'survey_scores' | 'campaigns';

const source = (name: string, type: ColumnType, personal = false): ColumnSpec => ({ name, type, origin: 'source', personal });
const derived = (name: string, type: ColumnType): ColumnSpec => ({ name, type, origin: 'derived' });

/** One row per repair order (RO), cancelled ones included and flagged. */
export const ORDERS_COLUMNS: readonly ColumnSpec[] = [
  source('ro_no', 'VARCHAR'),
  source('order_date', 'DATE'),
  source('customer_id', 'VARCHAR'),
  source('customer_name', 'VARCHAR', true),
  source('phone', 'VARCHAR', true),
  source('plate', 'VARCHAR', true),
  source('vin', 'VARCHAR', true),
  source('model', 'VARCHAR'),
  source('service_type', 'VARCHAR'),
  source('labor_amount', 'DECIMAL(18,2)'),
  source('parts_amount', 'DECIMAL(18,2)'),
  source('total_amount', 'DECIMAL(18,2)'),
  source('cost_amount', 'DECIMAL(18,2)'),
  source('advisor', 'VARCHAR'),
  source('mileage', 'INTEGER'),
  source('campaign_id', 'VARCHAR'),
  source('status', 'VARCHAR'),
  /** Vehicle series (车系), coarser than the model. */
  source('series', 'VARCHAR'),
  /** Package fee (套餐费). */
  source('package_amount', 'DECIMAL(18,2)'),
  /** Surcharge (附加费). */
  source('surcharge_amount', 'DECIMAL(18,2)'),
  /** Discount (优惠 / 折扣), as exported (usually positive). */
  source('discount_amount', 'DECIMAL(18,2)'),
  /** Customer ID, else the reduced mobile phone, else the name without whitespace. */
  derived('customer_key', 'VARCHAR'),
  /** VIN, else the normalised plate. */
  derived('vehicle_key', 'VARCHAR'),
  /** Status is 作废, 取消 or 已取消: loaded and reported, excluded from every KPI. */
  derived('is_cancelled', 'BOOLEAN'),
  /** Not a warranty claim, internal order or free first service. */
  derived('is_customer_paid', 'BOOLEAN'),
  derived('source_file', 'VARCHAR'),
  /** 1-based data record number in the source file (the header is not counted). */
  derived('source_row', 'INTEGER'),
];

/** One row per customer and vehicle in the dealer's base (基盘), which may include people with no order. */
export const CUSTOMERS_COLUMNS: readonly ColumnSpec[] = [
  source('customer_id', 'VARCHAR'),
  source('customer_name', 'VARCHAR', true),
  source('phone', 'VARCHAR', true),
  source('plate', 'VARCHAR', true),
  source('vin', 'VARCHAR', true),
  source('model', 'VARCHAR'),
  /** Purchase or registration date (购车日期 / 建档日期). */
  source('since_date', 'DATE'),
  derived('customer_key', 'VARCHAR'),
  derived('vehicle_key', 'VARCHAR'),
  derived('source_file', 'VARCHAR'),
  derived('source_row', 'INTEGER'),
];

/** One row per survey or call-back (回访); its scores are in `survey_scores`. */
export const SURVEYS_COLUMNS: readonly ColumnSpec[] = [
  source('survey_id', 'VARCHAR'),
  source('survey_date', 'DATE'),
  source('ro_no', 'VARCHAR'),
  source('customer_id', 'VARCHAR'),
  source('customer_name', 'VARCHAR', true),
  source('phone', 'VARCHAR', true),
  /** 电话, 微信, 短信, 问卷 (or the export's own wording). */
  source('channel', 'VARCHAR'),
  source('comment', 'VARCHAR', true),
  derived('customer_key', 'VARCHAR'),
  derived('source_file', 'VARCHAR'),
  derived('source_row', 'INTEGER'),
];

/** One row per survey and question: the long form, so any number of dimension columns fits. */
export const SURVEY_SCORES_COLUMNS: readonly ColumnSpec[] = [
  derived('survey_id', 'VARCHAR'),
  /** Canonical dimension (attitude, speed, quality, price, overall, recommend) or the export's header. */
  derived('dimension', 'VARCHAR'),
  derived('score', 'DOUBLE'),
  /** The declared scale of the question, e.g. 1–5, 1–10, 0–10 (recommendation) or 0–100. */
  derived('scale_min', 'DOUBLE'),
  derived('scale_max', 'DOUBLE'),
];

/** One row per marketing campaign (活动). */
export const CAMPAIGNS_COLUMNS: readonly ColumnSpec[] = [
  source('campaign_id', 'VARCHAR'),
  source('campaign_name', 'VARCHAR'),
  source('campaign_type', 'VARCHAR'),
  source('start_date', 'DATE'),
  source('end_date', 'DATE'),
  source('cost_amount', 'DECIMAL(18,2)'),
  /** Service type the campaign promotes (目标业务类型), if any. */
  source('target_service_type', 'VARCHAR'),
  /** Customers contacted (触达客户数), where the export has it. */
  source('reached_customers', 'INTEGER'),
  derived('source_file', 'VARCHAR'),
  derived('source_row', 'INTEGER'),
];

export const CANONICAL_TABLES: Readonly<Record<CanonicalTableName, readonly ColumnSpec[]>> = {
  orders: ORDERS_COLUMNS,
  customers: CUSTOMERS_COLUMNS,
  surveys: SURVEYS_COLUMNS,
  survey_scores: SURVEY_SCORES_COLUMNS,
  campaigns: CAMPAIGNS_COLUMNS,
};
