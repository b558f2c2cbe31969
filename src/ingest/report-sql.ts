// SQL for the quality report of one load, read from the checked and staged tables of the plan.
import { quoteIdentifier, type Query } from '../engine/index.js';
import { HALF_WIDTH_TEXT, ID_COLUMNS } from './pipeline-sql.js';
import { REASON, dateLabel, digitsText, halfWidthText, mappedColumns, maskedFlag, raw, timeFlag, trimmedFlag, value, wanFlag, type LoadPlan } from './plan.js';
import * as clean from './sql-clean.js';
import type { CleaningRule } from './types.js';

/** Rejected rows copied into the report; the rest stay in `<table>_rejected`. */
export const REJECTED_ROWS_IN_REPORT = 500;

/** Rows read and rows per reason (NULL reason = loaded). */
export function reasonCountsQuery(plan: LoadPlan): Query {
  return { sql: `SELECT ${REASON} AS reason, count(*)::INTEGER AS n FROM ${quoteIdentifier(plan.checked)} GROUP BY ALL` };
}

/** Counts the empty values of each mapped column, in one row with a column per canonical column. */
export function missingValuesQuery(plan: LoadPlan): Query {
  const columns = mappedColumns(plan).map(
    (column) => `count(*) FILTER (WHERE ${raw(column.name)} IS NULL)::INTEGER AS ${quoteIdentifier(column.name)}`,
  );
  return { sql: `SELECT ${['0 AS __none', ...columns].join(', ')} FROM ${quoteIdentifier(plan.checked)}` };
}

/** Date formats seen per date column, with counts. */
export function dateFormatsQuery(plan: LoadPlan): Query | undefined {
  const dates = mappedColumns(plan).filter((column) => column.type === 'DATE');
  if (dates.length === 0) return undefined;
  const parts = dates.map(
    (column) =>
      `SELECT '${column.name}' AS column_name, ${dateLabel(column.name)} || CASE WHEN ${timeFlag(column.name)} THEN ' + time' ELSE '' END AS format, count(*)::INTEGER AS n
       FROM ${quoteIdentifier(plan.checked)} WHERE ${dateLabel(column.name)} IS NOT NULL GROUP BY ALL`,
  );
  return { sql: `SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY column_name, n DESC, format` };
}

/** A cleaning rule counted over one column: the condition counted among the rows read. */
interface RuleCount {
  readonly rule: CleaningRule;
  readonly column: string;
  readonly when: string;
}

function ruleCounts(plan: LoadPlan): RuleCount[] {
  const counts: RuleCount[] = [];
  for (const column of mappedColumns(plan)) {
    const name = column.name;
    const text = raw(name);
    // Full-width forms count in values that are parsed or compared (IDs), not in free text, where
    // Chinese punctuation such as ，is full-width by nature.
    if (column.type !== 'VARCHAR' || HALF_WIDTH_TEXT.has(name)) {
      counts.push({ rule: 'fullwidth_characters', column: name, when: `${text} <> ${halfWidthText(name)}` });
    } else if (ID_COLUMNS.has(name)) {
      counts.push({ rule: 'fullwidth_characters', column: name, when: clean.hasFullWidth(text) });
    }
    if (column.type === 'DATE') {
      counts.push({ rule: 'date_excel_serial', column: name, when: `${dateLabel(name)} = 'Excel serial'` });
      counts.push({ rule: 'date_with_time', column: name, when: timeFlag(name) });
    }
    if (column.type === 'DECIMAL(18,2)') {
      counts.push({ rule: 'amount_currency_symbol', column: name, when: `regexp_matches(${text}, '[¥￥]')` });
      counts.push({ rule: 'amount_thousands_separator', column: name, when: `regexp_matches(${halfWidthText(name)}, '\\d,\\d{3}')` });
      counts.push({ rule: 'amount_unit_yuan', column: name, when: `contains(${text}, '元')` });
      counts.push({ rule: 'amount_unit_wan', column: name, when: wanFlag(name) });
    }
    if (ID_COLUMNS.has(name) || name === 'phone') {
      counts.push({ rule: 'id_excel_damaged', column: name, when: clean.idExcelDamaged(text) });
    }
    if (name === 'plate') counts.push({ rule: 'plate_normalised', column: name, when: `${value(name)} <> ${text}` });
    if (name === 'vin') counts.push({ rule: 'vin_invalid', column: name, when: clean.vinInvalid(value(name)) });
    if (name === 'phone') {
      counts.push({ rule: 'phone_prefix_removed', column: name, when: clean.phonePrefixRemoved(digitsText(name), maskedFlag(name)) });
      counts.push({ rule: 'phone_masked', column: name, when: maskedFlag(name) });
      counts.push({ rule: 'phone_not_mobile', column: name, when: `NOT ${maskedFlag(name)} AND NOT ${clean.isMobile(value(name))}` });
    }
  }
  return counts;
}

/** Counts each cleaning rule per column, in one row whose column `c<i>` belongs to `rules[i]`. */
export function cleaningCountsQuery(plan: LoadPlan): { query: Query; rules: RuleCount[] } {
  const rules = ruleCounts(plan);
  const columns = rules.map((rule, index) => `count(*) FILTER (WHERE ${rule.when})::INTEGER AS c${index}`);
  return { query: { sql: `SELECT ${['0 AS __none', ...columns].join(', ')} FROM ${quoteIdentifier(plan.checked)}` }, rules };
}

/** Counts the values of each mapped column that had spaces around them in the file, in one row. */
export function trimmedCountsQuery(plan: LoadPlan): Query {
  const columns = mappedColumns(plan).map((column) => `count(*) FILTER (WHERE ${trimmedFlag(column.name)})::INTEGER AS ${quoteIdentifier(column.name)}`);
  return { sql: `SELECT ${['0 AS __none', ...columns].join(', ')} FROM ${quoteIdentifier(plan.checked)}` };
}

/** Loaded orders that are cancelled. */
export function cancelledQuery(plan: LoadPlan): Query | undefined {
  if (plan.table !== 'orders' || !plan.mapping.columns.has('status')) return undefined;
  return {
    sql: `SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(plan.checked)} WHERE ${REASON} IS NULL AND ${clean.inList(value('status'), clean.CANCELLED_STATUSES)}`,
  };
}

/** Selects the first rejected rows of this load. */
export function rejectedSampleQuery(plan: LoadPlan): Query {
  return { sql: `SELECT * FROM ${quoteIdentifier(plan.rejected)} ORDER BY source_row LIMIT ${REJECTED_ROWS_IN_REPORT}` };
}
