// Human-readable text for rejected rows, in the active or a given locale.
import { t, type Locale } from '../i18n/index.js';
import { maskValue } from './mask.js';
import type { RejectedRow } from './types.js';

/** Describes a rejected row naming the file, row and column, with the value masked when personal. */
export function describeRejection(row: RejectedRow, locale?: Locale): string {
  const reason = t(`ingest.reason.${row.reason}`, {}, locale);
  if (!row.column) return t('ingest.rejectionRow', { file: row.sourceFile, row: row.sourceRow, reason }, locale);
  const column = row.header ? `${row.header} → ${row.column}` : row.column;
  const value = maskValue(row.column, row.value) ?? '';
  return t('ingest.rejection', { file: row.sourceFile, row: row.sourceRow, column, reason, value }, locale);
}
