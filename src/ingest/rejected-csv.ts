// CSV text of rejected rows, with personal information masked, for the report's download button.
import { toCsv } from '../export/csv.js';
import { maskValue } from './mask.js';
import type { RejectedRow } from './types.js';

/**
 * Builds CSV (UTF-8 with a byte order mark, so Excel opens it correctly) with one line per rejected
 * row: file, row, column, header, reason, value, then the raw columns. Personal values are masked, and
 * a raw value that starts like a spreadsheet formula (`=`, `+`, `-`, `@`) gets a leading quote.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  const header = ['source_file', 'source_row', 'column_name', 'source_header', 'reason', 'raw_value', ...columns];
  const lines = rows.map((row) => [
    row.sourceFile,
    row.sourceRow,
    row.column,
    row.header,
    row.reason,
    maskValue(row.column, row.value),
    ...columns.map((column) => maskValue(column, row.values[column] ?? null)),
  ]);
  return toCsv(header, lines);
}
