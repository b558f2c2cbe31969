import type { FilterClause, FilterValue, Predicate } from '../../filters/types.js';
import { catalog, type MessageKey } from '../../i18n/catalog.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatDate, formatMonth, nextMonthStart, parseIsoDate } from '../../format/index.js';

/** Display name of a filter field: the catalog's `common.field.<name>`, else the name itself. */
export function fieldLabel(field: string, locale: Locale): string {
  const key = `common.field.${field}`;
  return key in catalog[locale] ? t(key as MessageKey, {}, locale) : field;
}

function valueLabel(value: FilterValue, locale: Locale): string {
  if (typeof value === 'string' && !Number.isNaN(parseIsoDate(value)) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value, locale);
  }
  return value === '' ? t('common.value.blank', {}, locale) : String(value);
}

/** Point predicates with more values than this are summarised by the clause label instead. */
const MAX_LISTED_VALUES = 3;

const MONTH_START = /^\d{4}-\d{2}-01$/;

// A range [YYYY-MM-01, YYYY-MM-01) covers whole months: returns the first and the last of them.
function wholeMonths(range: readonly [FilterValue, FilterValue]): [string, string] | undefined {
  const [start, end] = range;
  if (typeof start !== 'string' || typeof end !== 'string' || !MONTH_START.test(start) || !MONTH_START.test(end) || end <= start) return undefined;
  let last = start.slice(0, 7);
  while (nextMonthStart(last) < end) last = nextMonthStart(last).slice(0, 7);
  return [start.slice(0, 7), last];
}

/** Text for one predicate, e.g. "维修类型：钣喷、保养". */
export function describePredicate(predicate: Predicate, locale: Locale): string {
  const field = fieldLabel(predicate.field, locale);
  if (predicate.kind === 'point') {
    const separator = locale === 'zh-CN' ? '、' : ', ';
    return t('common.filters.predicatePoint', { field, values: predicate.values.map((value) => valueLabel(value, locale)).join(separator) }, locale);
  }
  const months = wholeMonths(predicate.range);
  if (months && months[0] === months[1]) return t('common.filters.predicatePoint', { field, values: formatMonth(months[0], locale) }, locale);
  if (months) return t('common.filters.predicateMonths', { field, from: formatMonth(months[0], locale), to: formatMonth(months[1], locale) }, locale);
  return t('common.filters.predicateInterval', { field, start: valueLabel(predicate.range[0], locale), end: valueLabel(predicate.range[1], locale) }, locale);
}

// A predicate reads well in any locale when its field has a catalog name and it lists few values.
// Customer keys and long value sets mean nothing to a reader, so their clause label is shown instead.
function isReadable(predicate: Predicate): boolean {
  if (predicate.field === 'customer_key' || !(`common.field.${predicate.field}` in catalog['zh-CN'])) return false;
  return predicate.kind === 'interval' || predicate.values.length <= MAX_LISTED_VALUES;
}

/**
 * Text for a clause in the filter bar. Readable predicates are described in `locale`, because the
 * clause label was written in the locale of the widget that made the selection. Other clauses show
 * their label, or their predicates when they have none.
 */
export function describeClause(clause: FilterClause, locale: Locale): string {
  const separator = locale === 'zh-CN' ? '；' : '; ';
  if (clause.label && !clause.predicates.every(isReadable)) return clause.label;
  return clause.predicates.map((predicate) => describePredicate(predicate, locale)).join(separator);
}
