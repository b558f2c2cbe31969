import type { FilterClause, FilterValue, Predicate } from '../../filters/types.js';
import { catalog, type MessageKey } from '../../i18n/catalog.js';
import { t, type Locale } from '../../i18n/index.js';
import { formatDate, parseIsoDate } from '../../format/index.js';

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

/** Text for one predicate, e.g. "维修类型：钣喷、保养". */
export function describePredicate(predicate: Predicate, locale: Locale): string {
  const field = fieldLabel(predicate.field, locale);
  if (predicate.kind === 'point') {
    const separator = locale === 'zh-CN' ? '、' : ', ';
    return t('common.filters.predicatePoint', { field, values: predicate.values.map((value) => valueLabel(value, locale)).join(separator) }, locale);
  }
  return t('common.filters.predicateInterval', { field, start: valueLabel(predicate.range[0], locale), end: valueLabel(predicate.range[1], locale) }, locale);
}

/** Text for a clause in the filter bar: its own label, else its predicates. */
export function describeClause(clause: FilterClause, locale: Locale): string {
  if (clause.label) return clause.label;
  const separator = locale === 'zh-CN' ? '；' : '; ';
  return clause.predicates.map((predicate) => describePredicate(predicate, locale)).join(separator);
}
