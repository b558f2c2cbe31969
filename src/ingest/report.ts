// Assembles the quality report of one load from the report queries.
import type { Engine, Query } from '../engine/index.js';
import { mappingEntries } from './mapping.js';
import { REJECTED_FIXED_COLUMNS } from './pipeline-sql.js';
import { sourceColumns, type LoadPlan } from './plan.js';
import {
  cancelledQuery,
  cleaningCountsQuery,
  dateFormatsQuery,
  missingValuesQuery,
  reasonCountsQuery,
  rejectedSampleQuery,
  trimmedCountsQuery,
} from './report-sql.js';
import { REJECT_REASONS, type CleaningCount, type LoadReport, type RejectReason, type RejectedRow } from './types.js';

export interface ReportContext {
  readonly format: LoadReport['format'];
  readonly encoding: LoadReport['encoding'];
  readonly delimiter: LoadReport['delimiter'];
  readonly bytes: number;
  readonly append: boolean;
  readonly malformed: number;
  /** `performance.now()` when the load started. */
  readonly started: number;
}

type Row = Record<string, unknown>;

export async function buildReport(engine: Engine, plan: LoadPlan, context: ReportContext): Promise<LoadReport> {
  const cleaning = cleaningCountsQuery(plan);
  const queries: Query[] = [
    reasonCountsQuery(plan),
    missingValuesQuery(plan),
    cleaning.query,
    trimmedCountsQuery(plan),
    rejectedSampleQuery(plan),
    dateFormatsQuery(plan) ?? { sql: 'SELECT NULL AS column_name, NULL AS format, 0 AS n WHERE false' },
    cancelledQuery(plan) ?? { sql: 'SELECT 0 AS n' },
  ];
  const [reasons, missing, cleaningRow, trimmedRow, rejected, dates, cancelled] = (await engine.batch(queries)).map((table) =>
    table.toArray().map((row) => row.toJSON() as Row),
  );

  const rejectedByReason = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, 0])) as Record<RejectReason, number>;
  let rowsLoaded = 0;
  for (const row of reasons) {
    if (row.reason === null) rowsLoaded = Number(row.n);
    else rejectedByReason[row.reason as RejectReason] = Number(row.n);
  }
  rejectedByReason.malformed_record += context.malformed;
  const rowsRejected = Object.values(rejectedByReason).reduce((sum, n) => sum + n, 0);

  const missingByColumn: Record<string, number> = {};
  for (const [column, n] of Object.entries(missing[0] ?? {})) if (column !== '__none') missingByColumn[column] = Number(n);

  const counts: CleaningCount[] = [];
  for (const [column, n] of Object.entries(trimmedRow[0] ?? {})) {
    if (column !== '__none' && Number(n) > 0) counts.push({ rule: 'text_trimmed', column, count: Number(n) });
  }
  cleaning.rules.forEach((rule, index) => {
    const n = Number(cleaningRow[0]?.[`c${index}`] ?? 0);
    if (n > 0) counts.push({ rule: rule.rule, column: rule.column, count: n });
  });

  const headers = plan.mapping.columns;
  const unmappedHeaders = plan.mapping.unmapped.filter((header) => !plan.scores.some((score) => score.header === header));
  const extraScores = new Map(plan.scores.filter((score) => !plan.mapping.scores.has(score.dimension)).map((score) => [score.dimension, score.header]));

  return {
    table: plan.table,
    sourceFile: plan.sourceFile,
    format: context.format,
    encoding: context.encoding,
    delimiter: context.delimiter,
    bytes: context.bytes,
    rowsRead: rowsLoaded + rowsRejected,
    rowsLoaded,
    rowsRejected,
    rejectedByReason,
    dateRange: plan.dateRange,
    missingByColumn,
    duplicates: rejectedByReason.duplicate,
    cancelledOrders: Number(cancelled[0]?.n ?? 0),
    dateFormats: dates.map((row) => ({ column: String(row.column_name), format: String(row.format), count: Number(row.n) })),
    cleaning: counts,
    mapping: mappingEntries(plan.mapping, plan.headers, extraScores),
    unmappedHeaders,
    scoreDimensions: plan.scores.map((score) => ({ ...score })),
    rejectedRows: rejected.map((row) => toRejectedRow(row, plan, headers)),
    append: context.append,
    loadedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - context.started),
  };
}

function toRejectedRow(row: Row, plan: LoadPlan, headers: ReadonlyMap<string, string>): RejectedRow {
  const values: Record<string, string | null> = {};
  for (const column of sourceColumns(plan)) {
    if (headers.has(column.name)) values[column.name] = row[column.name] === null ? null : String(row[column.name]);
  }
  const fixed = Object.fromEntries(REJECTED_FIXED_COLUMNS.map((name) => [name, row[name]]));
  return {
    sourceFile: String(fixed.source_file),
    sourceRow: Number(fixed.source_row),
    column: String(fixed.column_name ?? ''),
    header: fixed.source_header === null || fixed.source_header === undefined ? '' : String(fixed.source_header),
    reason: fixed.reason as RejectReason,
    value: fixed.raw_value === null || fixed.raw_value === undefined ? null : String(fixed.raw_value),
    values,
  };
}
