import { t, type Locale } from '../i18n/index.js';
import { compileFilters } from './sql.js';
import type { FilterClause, Predicate } from './types.js';

/**
 * Builds the "not applicable" note of a widget: the predicates of `clauses` on fields missing from
 * `fields`, each written by `describe`. Returns '' when every predicate applies.
 */
export function notApplicableMessage(
  clauses: readonly FilterClause[],
  fields: Readonly<Record<string, string>>,
  describe: (predicate: Predicate, locale: Locale) => string,
  locale: Locale,
): string {
  const { ignored } = compileFilters(clauses, fields);
  if (ignored.length === 0) return '';
  const separator = locale === 'zh-CN' ? '；' : '; ';
  return t('filters.notApplicable', { filters: ignored.map((predicate) => describe(predicate, locale)).join(separator) }, locale);
}
