// Dates for display. Values arrive from SQL as ISO text ('2024-08-28', '2024-08') and are formatted
// in UTC, so the viewer's time zone never shifts a day or a month.
import type { Locale } from '../i18n/index.js';
import { MISSING } from './number.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses 'YYYY-MM' into the UTC timestamp of the month's first day; NaN when the text is not one. */
export function parseIsoMonth(month: string): number {
  const match = ISO_MONTH.exec(month);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, 1) : Number.NaN;
}

/** Parses 'YYYY-MM-DD' (a time part is ignored) into a UTC timestamp; NaN when the text is not one. */
export function parseIsoDate(date: string): number {
  const match = ISO_DATE.exec(date);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
}

/** Formats a month given as 'YYYY-MM': 2024年8月 in zh-CN, Aug 2024 in en-US. Other text is returned unchanged. */
export function formatMonth(month: string | null | undefined, locale: Locale): string {
  if (!month) return MISSING;
  const time = parseIsoMonth(month);
  if (Number.isNaN(time)) return month;
  return formatter(locale, { year: 'numeric', month: locale === 'zh-CN' ? 'long' : 'short' }).format(time);
}

/** Formats a date given as 'YYYY-MM-DD': 2024年8月28日 in zh-CN, Aug 28, 2024 in en-US. Other text is returned unchanged. */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return MISSING;
  const time = parseIsoDate(date);
  if (Number.isNaN(time)) return date;
  return formatter(locale, { dateStyle: 'medium' }).format(time);
}

/** Returns the ISO 'YYYY-MM-DD' of the first day of the month after 'YYYY-MM', for half-open month intervals. */
export function nextMonthStart(month: string): string {
  const time = parseIsoMonth(month);
  if (Number.isNaN(time)) throw new Error(`invalid month "${month}": expected YYYY-MM`);
  const date = new Date(time);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}
