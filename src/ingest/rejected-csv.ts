// CSV text of rejected rows, with personal information masked, for the report's download button.
import { maskValue } from './mask.js';
import type { RejectedRow } from './types.js';

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Builds CSV (UTF-8 with a byte order mark, so Excel opens it correctly) with one line per rejected
 * row: file, row, column, header, reason, value, then the raw columns. Personal values are masked.
 */
export function rejectedRowsCsv(rows: readonly RejectedRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  const header = ['source_file', 'source_row', 'column_name', 'source_header', 'reason', 'raw_value', ...columns];
  const lines = rows.map((row) =>
    [
      row.sourceFile,
      row.sourceRow,
      row.column,
      row.header,
      row.reason,
      maskValue(row.column, row.value),
      ...columns.map((column) => maskValue(column, row.values[column] ?? null)),
    ]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
