// Turning a brushed pixel range or two picked months into the half-open date interval a time
// selection sends: [first day of the first month, first day of the month after the last).
import { nextMonthStart } from '../../format/index.js';

/** A selection of whole months, both ends included, as 'YYYY-MM'. */
export interface MonthRange {
  readonly from: string;
  readonly to: string;
}

/** 'YYYY-MM' of a UTC date. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/**
 * Snaps two brushed dates (any order) to the months of `months` (sorted 'YYYY-MM') they touch;
 * undefined when the range covers no month of the data.
 */
export function snapToMonths(start: Date, end: Date, months: readonly string[]): MonthRange | undefined {
  const [low, high] = start <= end ? [monthOf(start), monthOf(end)] : [monthOf(end), monthOf(start)];
  const inside = months.filter((month) => month >= low && month <= high);
  if (inside.length === 0) return undefined;
  return { from: inside[0], to: inside[inside.length - 1] };
}

/** Converts a month range to its `order_date` interval: [from-01, the first day after `to`). */
export function rangeInterval(range: MonthRange): [string, string] {
  const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  return [`${from}-01`, nextMonthStart(to)];
}

/** Converts an `order_date` interval made by `rangeInterval` back to months; undefined for any other interval. */
export function intervalRange(range: readonly [unknown, unknown]): MonthRange | undefined {
  const [start, end] = range;
  if (typeof start !== 'string' || typeof end !== 'string' || !/^\d{4}-\d{2}-01$/.test(start) || !/^\d{4}-\d{2}-01$/.test(end)) return undefined;
  const endMonth = new Date(`${end}T00:00:00Z`);
  endMonth.setUTCMonth(endMonth.getUTCMonth() - 1);
  const to = monthOf(endMonth);
  const from = start.slice(0, 7);
  return from <= to ? { from, to } : undefined;
}
