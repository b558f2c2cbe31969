// Checks of attribute values that an embedding developer typed. A value that makes a widget's figures
// meaningless throws an English error naming the element and the attribute. A value that only picks a
// presentation (language, measure) falls back to the default and logs a warning through the logger.
import { logger } from '../../logger.js';

/** Maximum period or window in months that the month attributes accept. */
export const MAX_MONTHS = 120;

/**
 * Returns `value` when it is a whole number of months from 1 to MAX_MONTHS, and otherwise throws a RangeError
 * naming `<tag>` and `attribute` with the text the page wrote (`raw`, the attribute value when set).
 */
export function checkMonthsAttribute(tag: string, attribute: string, value: number, raw: string | null): number {
  if (Number.isInteger(value) && value >= 1 && value <= MAX_MONTHS) return value;
  const written = raw ?? String(value);
  throw new RangeError(`<${tag}>: attribute "${attribute}" must be a whole number of months from 1 to ${MAX_MONTHS}, got ${JSON.stringify(written)}.`);
}

/** Logs a warning that `<tag>` does not support `value` of `attribute` and uses `fallback` instead. */
export function warnUnsupportedValue(tag: string, attribute: string, value: string, supported: readonly string[], fallback: string): void {
  const choices = supported.map((choice) => JSON.stringify(choice)).join(', ');
  logger.warn(`<${tag}>: attribute "${attribute}" does not support ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}. Supported values: ${choices}.`);
}
