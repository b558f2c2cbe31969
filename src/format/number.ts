// Numbers and money for display. Every value goes through Intl so that zh-CN shows ¥ and 万/亿 and
// en-US shows the same amounts with K/M. Missing values (null, NaN) show as an em dash.
import type { Locale } from '../i18n/index.js';

/** Text shown for a missing or non-finite value. */
export const MISSING = '—';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

// `narrowSymbol` gives "¥" in both locales; en-US would otherwise write "CN¥".
const CNY: Intl.NumberFormatOptions = { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' };

/** Formats a count with grouping separators, e.g. 12,345. */
export function formatCount(value: number | null | undefined, locale: Locale): string {
  return isPresent(value) ? formatter(locale, { maximumFractionDigits: 0 }).format(value) : MISSING;
}

/** Formats an amount in yuan to the cent, e.g. ¥1,234.50. */
export function formatMoney(value: number | null | undefined, locale: Locale): string {
  return isPresent(value) ? formatter(locale, { ...CNY, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value) : MISSING;
}

/**
 * Formats an amount in yuan for axes and labels. Below 10,000 it shows whole yuan (¥1,234). Above, it
 * shows one decimal of 万 or 亿 in zh-CN (¥12.3万, ¥1.2亿) and of K or M in en-US (¥123.5K).
 */
export function formatMoneyCompact(value: number | null | undefined, locale: Locale): string {
  if (!isPresent(value)) return MISSING;
  if (Math.abs(value) < 10_000) return formatter(locale, { ...CNY, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
  // Grouping is forced because compact notation leaves 4-digit mantissas ungrouped (¥4896.7万).
  return formatter(locale, { ...CNY, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1, useGrouping: true }).format(value);
}

/** Formats a plain number in the compact form of the locale (1.2万 in zh-CN, 12.3K in en-US). */
export function formatNumberCompact(value: number | null | undefined, locale: Locale): string {
  if (!isPresent(value)) return MISSING;
  if (Math.abs(value) < 10_000) return formatter(locale, { maximumFractionDigits: 1 }).format(value);
  return formatter(locale, { notation: 'compact', maximumFractionDigits: 1, useGrouping: true }).format(value);
}

/** Formats a ratio (0.123) as a percentage with `digits` decimals (12.3%). */
export function formatPercent(value: number | null | undefined, locale: Locale, digits = 1): string {
  if (!isPresent(value)) return MISSING;
  return formatter(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
