// SQL for the cleaning step: from the staged text columns to the typed canonical table and the
// rejected rows. Every statement works on whole columns, so a million rows take one pass each.
import { quoteIdentifier, type Query } from '../engine/index.js';
import {
  REASON,
  REASON_COLUMN,
  SOURCE_ROW,
  Params,
  dateLabel,
  datePartText,
  digitsText,
  halfWidthText,
  mappedColumns,
  maskedFlag,
  raw,
  scoreRaw,
  scoreValue,
  sourceColumns,
  timeFlag,
  trimmedFlag,
  value,
  wanFlag,
  type LoadPlan,
} from './plan.js';
import { REQUIRED_ANY, REQUIRED_COLUMNS } from './mapping.js';
import { CANONICAL_TABLES } from './schema.js';
import * as clean from './sql-clean.js';

/** The VARCHAR columns that hold identifiers: kept as text, checked for Excel's scientific notation. */
export const ID_COLUMNS = new Set(['ro_no', 'customer_id', 'survey_id', 'campaign_id']);

/** VARCHAR columns that are read after full-width characters are made half-width. */
export const HALF_WIDTH_TEXT = new Set(['phone', 'plate', 'vin']);

/**
 * Builds the checked table, with one row per staged record. For each mapped column it has the trimmed
 * text (`r:`), the cleaned value (`v:`), and for dates the format label (`k:`) and time flag (`t:`).
 * `__reason` and `__column` name the first problem found, and are NULL when the row loads. Each step
 * computes a value once for the next steps, because DuckDB evaluates an expression again wherever the
 * SQL repeats it.
 */
export function checkedTableQuery(plan: LoadPlan): Query {
  const columns = mappedColumns(plan);
  const typed = columns.filter((column) => column.type !== 'VARCHAR' || HALF_WIDTH_TEXT.has(column.name));
  const dates = columns.filter((column) => column.type === 'DATE');
  const numbers = columns.filter((column) => column.type === 'DECIMAL(18,2)' || column.type === 'INTEGER');
  const phone = columns.some((column) => column.name === 'phone');

  // Step 1: trimmed text of every mapped column, and whether the record repeats an earlier one.
  const stageColumns = plan.headers.map(quoteIdentifier).join(', ');
  const header = (name: string) => quoteIdentifier(plan.mapping.columns.get(name)!);
  const step1 = [
    SOURCE_ROW,
    ...columns.map((column) => `${clean.trimmed(header(column.name))} AS ${raw(column.name)}`),
    ...columns.map((column) => `${clean.hasOuterSpace(header(column.name))} AS ${trimmedFlag(column.name)}`),
    ...plan.scores.map((score, index) => `${clean.trimmed(quoteIdentifier(score.header))} AS ${scoreRaw(index)}`),
    `${SOURCE_ROW} IN (SELECT ${SOURCE_ROW} FROM duplicates) AS __duplicate`,
  ];

  // Exact duplicates: only records whose hash repeats are compared field by field, because a window
  // partitioned by every column sorts the whole file.
  const hash = `hash(${stageColumns})`;
  const duplicates = `SELECT ${SOURCE_ROW} FROM (
    SELECT ${SOURCE_ROW}, row_number() OVER (PARTITION BY ${stageColumns} ORDER BY ${SOURCE_ROW}) AS occurrence
    FROM ${quoteIdentifier(plan.stage)}
    WHERE ${hash} IN (SELECT ${hash} FROM ${quoteIdentifier(plan.stage)} GROUP BY ALL HAVING count(*) > 1)
  ) WHERE occurrence > 1`;

  // Step 2: half-width text of the columns that are parsed.
  const step2 = ['*', ...typed.map((column) => `${clean.halfWidth(raw(column.name))} AS ${halfWidthText(column.name)}`)];

  // Step 3: the pieces that parsing needs: date parts, amount digits and units, phone digits.
  const step3 = ['*'];
  for (const column of dates) {
    step3.push(`${clean.datePart(halfWidthText(column.name))} AS ${datePartText(column.name)}`);
    step3.push(`${clean.dateHasTime(halfWidthText(column.name))} AS ${timeFlag(column.name)}`);
  }
  for (const column of numbers) {
    const text = column.type === 'INTEGER' ? clean.withoutCountUnit(halfWidthText(column.name)) : halfWidthText(column.name);
    step3.push(`${clean.amountDigits(text)} AS ${digitsText(column.name)}`);
    step3.push(`${clean.amountIsWan(text)} AS ${wanFlag(column.name)}`);
  }
  if (phone) {
    step3.push(`${clean.phoneDigits(halfWidthText('phone'))} AS ${digitsText('phone')}`);
    step3.push(`${clean.phoneMasked(raw('phone'))} AS ${maskedFlag('phone')}`);
  }

  // Step 4: date format labels.
  const step4 = ['*', ...dates.map((column) => `${clean.dateClass(datePartText(column.name))} AS ${dateLabel(column.name)}`)];

  // Step 5: typed values.
  const step5 = [
    '*',
    ...columns.map((column) => `${valueExpression(plan, column.name, column.type)} AS ${value(column.name)}`),
    ...plan.scores.map((_, index) => `${clean.scoreValue(clean.halfWidth(scoreRaw(index)))} AS ${scoreValue(index)}`),
  ];

  // Step 6: the reason of the first problem, and the column it concerns.
  const checks = rowChecks(plan);
  const reason = checks.length ? `CASE ${checks.map((check) => `WHEN ${check.when} THEN '${check.reason}'`).join(' ')} END` : 'NULL';
  const column = checks.length ? `CASE ${checks.map((check) => `WHEN ${check.when} THEN '${check.column}'`).join(' ')} END` : 'NULL';

  const select = (list: string[]) => list.join(',\n    ');
  const sql = `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(plan.checked)} AS
WITH duplicates AS (${duplicates}),
step1 AS (SELECT ${select(step1)} FROM ${quoteIdentifier(plan.stage)}),
step2 AS (SELECT ${select(step2)} FROM step1),
step3 AS (SELECT ${select(step3)} FROM step2),
step4 AS (SELECT ${select(step4)} FROM step3),
step5 AS (SELECT ${select(step5)} FROM step4)
SELECT *, ${reason}::VARCHAR AS ${REASON}, ${column}::VARCHAR AS ${REASON_COLUMN} FROM step5`;
  return { sql };
}

function valueExpression(plan: LoadPlan, name: string, type: string): string {
  if (type === 'DATE') return clean.dateValue(datePartText(name), dateLabel(name), plan.dateOrder);
  if (type === 'DECIMAL(18,2)') return clean.amountValue(digitsText(name), wanFlag(name));
  if (type === 'INTEGER') return clean.integerValue(digitsText(name), wanFlag(name));
  if (name === 'phone') return clean.phoneValue(raw(name), digitsText(name), maskedFlag(name));
  if (name === 'plate') return clean.plateValue(halfWidthText(name));
  if (name === 'vin') return clean.vinValue(halfWidthText(name));
  return raw(name);
}

interface RowCheck {
  readonly when: string;
  readonly reason: string;
  /** Canonical column, a score dimension prefixed `survey_scores.`, or '' for the whole record. */
  readonly column: string;
}

/** Lists the checks of a row in the order they are applied. The first that is true gives the reason. */
export function rowChecks(plan: LoadPlan): RowCheck[] {
  const checks: RowCheck[] = [{ when: '__duplicate', reason: 'duplicate', column: '' }];
  for (const name of REQUIRED_COLUMNS[plan.table]) {
    checks.push({ when: `${raw(name)} IS NULL`, reason: 'missing_required', column: name });
  }
  const any = REQUIRED_ANY[plan.table]?.filter((name) => plan.mapping.columns.has(name));
  if (any?.length) {
    checks.push({ when: any.map((name) => `${raw(name)} IS NULL`).join(' AND '), reason: 'missing_required', column: any.join('/') });
  }

  for (const column of mappedColumns(plan)) {
    const present = `${raw(column.name)} IS NOT NULL AND ${value(column.name)} IS NULL`;
    if (column.type === 'DATE') {
      const ambiguous = clean.ambiguousDateLabels(plan.dateOrder).map(clean.literal).join(', ');
      checks.push({ when: `${present} AND ${dateLabel(column.name)} IN (${ambiguous})`, reason: 'ambiguous_date', column: column.name });
      checks.push({ when: present, reason: 'invalid_date', column: column.name });
      // The bounds are validated YYYY-MM-DD dates (resolveDateRange), so they can be SQL literals.
      const { min, max } = plan.dateRange;
      checks.push({ when: `${value(column.name)} NOT BETWEEN DATE ${clean.literal(min)} AND DATE ${clean.literal(max)}`, reason: 'date_out_of_range', column: column.name });
    } else if (column.type === 'DECIMAL(18,2)') {
      checks.push({ when: present, reason: 'invalid_amount', column: column.name });
    } else if (column.type === 'INTEGER') {
      checks.push({ when: present, reason: 'invalid_number', column: column.name });
    }
  }

  plan.scores.forEach((score, index) => {
    const column = `survey_scores.${score.dimension}`;
    checks.push({ when: `${scoreRaw(index)} IS NOT NULL AND ${scoreValue(index)} IS NULL`, reason: 'invalid_number', column });
    checks.push({
      when: `${scoreValue(index)} NOT BETWEEN ${Number(score.scaleMin)} AND ${Number(score.scaleMax)}`,
      reason: 'score_out_of_range',
      column,
    });
  });
  return checks;
}

/** Expression of a derived or source column of the canonical table, over the checked table. */
function canonicalExpression(plan: LoadPlan, name: string, type: string, params: Params): string {
  const has = (column: string) => plan.mapping.columns.has(column);
  const valueOf = (column: string) => (has(column) ? value(column) : 'NULL');
  switch (name) {
    case 'customer_key': {
      const phone = has('phone') ? `CASE WHEN ${clean.isMobile(value('phone'))} THEN ${value('phone')} END` : 'NULL';
      const nameKey = has('customer_name') ? clean.nameKey(value('customer_name')) : 'NULL';
      return `coalesce(${valueOf('customer_id')}, ${phone}, ${nameKey})`;
    }
    case 'vehicle_key':
      return `coalesce(${valueOf('vin')}, ${valueOf('plate')})`;
    case 'is_cancelled':
      return has('status') ? clean.inList(value('status'), clean.CANCELLED_STATUSES) : 'false';
    case 'is_customer_paid':
      return has('service_type') ? `NOT ${clean.inList(value('service_type'), clean.NOT_CUSTOMER_PAID)}` : 'true';
    case 'source_file':
      return params.add(plan.sourceFile);
    case 'source_row':
      return SOURCE_ROW;
    case 'survey_id':
      if (has('survey_id')) return value('survey_id');
      return `${params.add(plan.sourceFile)} || '#' || ${SOURCE_ROW}`;
    default:
      return has(name) ? `${value(name)}::${type}` : `NULL::${type}`;
  }
}

function tableDefinition(table: keyof typeof CANONICAL_TABLES): string {
  return CANONICAL_TABLES[table].map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(', ');
}

/** Creates (or, unless appending, replaces) the canonical table and inserts the rows that passed. */
export function insertLoadedQueries(plan: LoadPlan, append: boolean): Query[] {
  const queries: Query[] = [];
  const create = append ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';
  queries.push({ sql: `${create} ${quoteIdentifier(plan.table)} (${tableDefinition(plan.table)})` });

  const params = new Params();
  const columns = CANONICAL_TABLES[plan.table];
  const select = columns.map((column) => canonicalExpression(plan, column.name, column.type, params)).join(', ');
  queries.push({
    sql: `INSERT INTO ${quoteIdentifier(plan.table)} (${columns.map((column) => quoteIdentifier(column.name)).join(', ')})
SELECT ${select} FROM ${quoteIdentifier(plan.checked)} WHERE ${REASON} IS NULL`,
    params: params.values,
  });

  if (plan.table === 'surveys') queries.push(...insertScoresQueries(plan, append));
  return queries;
}

/** Fills `survey_scores` in long form: one row per loaded survey and answered question. */
function insertScoresQueries(plan: LoadPlan, append: boolean): Query[] {
  const create = append ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';
  const queries: Query[] = [{ sql: `${create} survey_scores (${tableDefinition('survey_scores')})` }];
  if (plan.scores.length === 0) return queries;

  const params = new Params();
  const surveyId = canonicalExpression(plan, 'survey_id', 'VARCHAR', params);
  const parts = plan.scores.map(
    (score, index) =>
      `SELECT ${surveyId} AS survey_id, ${params.add(score.dimension)} AS dimension, ${scoreValue(index)} AS score, ` +
      `${Number(score.scaleMin)}::DOUBLE AS scale_min, ${Number(score.scaleMax)}::DOUBLE AS scale_max, ${SOURCE_ROW} AS source_row, ${index} AS question ` +
      `FROM ${quoteIdentifier(plan.checked)} WHERE ${REASON} IS NULL AND ${scoreValue(index)} IS NOT NULL`,
  );
  queries.push({
    sql: `INSERT INTO survey_scores (survey_id, dimension, score, scale_min, scale_max)
SELECT survey_id, dimension, score, scale_min, scale_max FROM (${parts.join('\nUNION ALL\n')})`,
    params: params.values,
  });
  return queries;
}

/** Name of the table that keeps the rejected rows of `table`. */
export function rejectedTableName(table: string): string {
  return `${table}_rejected`;
}

/** Columns of `<table>_rejected` before the raw text of each source column. */
export const REJECTED_FIXED_COLUMNS = ['source_file', 'source_row', 'column_name', 'source_header', 'reason', 'raw_value'] as const;

/** A record the CSV reader could not split into the header's columns, rejected as `malformed_record`. */
export interface MalformedRow {
  readonly sourceRow: number;
  readonly line: string;
}

/**
 * Collects this load's rejected rows (failed checks and malformed records) in the plan's temporary table,
 * then creates (or, unless appending, replaces) `<table>_rejected` and copies them there.
 */
export function insertRejectedQueries(plan: LoadPlan, append: boolean, malformed: readonly MalformedRow[] = []): Query[] {
  const name = quoteIdentifier(rejectedTableName(plan.table));
  const sources = sourceColumns(plan);
  const definition = [
    'source_file VARCHAR, source_row INTEGER, column_name VARCHAR, source_header VARCHAR, reason VARCHAR, raw_value VARCHAR',
    ...sources.map((column) => `${quoteIdentifier(column.name)} VARCHAR`),
  ].join(', ');
  const create = append ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';

  const params = new Params();
  const headerCases: string[] = [];
  const valueCases: string[] = [];
  for (const column of mappedColumns(plan)) {
    headerCases.push(`WHEN '${column.name}' THEN ${params.add(plan.mapping.columns.get(column.name)!)}`);
    valueCases.push(`WHEN '${column.name}' THEN ${raw(column.name)}`);
  }
  plan.scores.forEach((score, index) => {
    headerCases.push(`WHEN ${params.add(`survey_scores.${score.dimension}`)} THEN ${params.add(score.header)}`);
    valueCases.push(`WHEN ${params.add(`survey_scores.${score.dimension}`)} THEN ${scoreRaw(index)}`);
  });
  const caseOf = (cases: string[]) => (cases.length ? `CASE ${REASON_COLUMN} ${cases.join(' ')} END` : 'NULL');
  const rawColumns = sources.map((column) => (plan.mapping.columns.has(column.name) ? raw(column.name) : 'NULL'));

  const temporary = quoteIdentifier(plan.rejected);
  return [
    {
      sql: `CREATE OR REPLACE TEMP TABLE ${temporary} AS
SELECT ${params.add(plan.sourceFile)}::VARCHAR AS source_file, ${SOURCE_ROW}::INTEGER AS source_row, ${REASON_COLUMN} AS column_name,
  ${caseOf(headerCases)}::VARCHAR AS source_header, ${REASON} AS reason, ${caseOf(valueCases)}::VARCHAR AS raw_value${rawColumns
        .map((column, index) => `, ${column}::VARCHAR AS ${quoteIdentifier(sources[index].name)}`)
        .join('')}
FROM ${quoteIdentifier(plan.checked)} WHERE ${REASON} IS NOT NULL ORDER BY ${SOURCE_ROW}`,
      params: params.values,
    },
    ...malformed.map((record) => {
      const values = new Params();
      return {
        sql: `INSERT INTO ${temporary} (source_file, source_row, column_name, reason, raw_value)
VALUES (${values.add(plan.sourceFile)}, ${values.add(record.sourceRow)}, '', 'malformed_record', ${values.add(record.line)})`,
        params: values.values,
      };
    }),
    { sql: `${create} ${name} (${definition})` },
    { sql: `INSERT INTO ${name} SELECT * FROM ${temporary}` },
  ];
}
