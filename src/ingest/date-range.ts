// The window of plausible dates. A date outside it parsed correctly but cannot be a real order,
// survey or campaign date of a dealership's export, such as the Excel serial number 30 read as
// 1900-01-30, a year typed as 2204, or a placeholder like 1900-01-01.
import type { DateRange } from './types.js';

/** Earliest date loaded by default, some years before the first 4S dealerships in China (late 1990s). */
export const DEFAULT_MIN_DATE = '1990-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tests whether `text` is a calendar date written as YYYY-MM-DD (2024-02-30 is not). */
function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Formats the local calendar date of `date` one year later as YYYY-MM-DD (Feb 29 becomes Mar 1). */
export function oneYearAfter(date: Date): string {
  const later = new Date(date.getFullYear() + 1, date.getMonth(), date.getDate());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}`;
}

/**
 * Resolves the `dateRange` load option into an inclusive window. A missing `min` is 1990-01-01, a
 * missing `max` is one year after `today` (the browser's local date). Throws for a bound that is not a
 * YYYY-MM-DD calendar date or a window whose `min` is after its `max`, because that is API misuse.
 */
export function resolveDateRange(option: Partial<DateRange> | undefined, today: Date = new Date()): DateRange {
  const min = option?.min ?? DEFAULT_MIN_DATE;
  const max = option?.max ?? oneYearAfter(today);
  for (const [name, bound] of [['min', min], ['max', max]] as const) {
    if (!isIsoDate(bound)) {
      throw new Error(`aftersales-widgets: dateRange.${name} must be a date written as YYYY-MM-DD, not ${JSON.stringify(bound)}.`);
    }
  }
  // ISO dates compare correctly as strings.
  if (min > max) throw new Error(`aftersales-widgets: dateRange.min (${min}) is after dateRange.max (${max}).`);
  return { min, max };
}
