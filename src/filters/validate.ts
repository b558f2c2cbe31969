// Checks filter data that arrives from outside the library (host events, URLs, JS calls), so that a
// malformed clause is rejected where it enters instead of failing later inside a query.
import type { FilterClause, FilterValue, Predicate } from './types.js';

/** Returns a message describing why `value` is not a valid predicate, or `undefined` when it is. */
export function predicateProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'a predicate must be an object';
  const predicate = value as Record<string, unknown>;
  if (typeof predicate.field !== 'string' || predicate.field === '') return 'a predicate needs a non-empty string "field"';
  if (predicate.kind === 'point') {
    if (!Array.isArray(predicate.values)) return `point predicate on "${predicate.field}" needs a "values" array`;
    if (!predicate.values.every(isFilterValue)) return `point predicate on "${predicate.field}" has a value that is not a string or finite number`;
    return undefined;
  }
  if (predicate.kind === 'interval') {
    const range = predicate.range;
    if (!Array.isArray(range) || range.length !== 2 || !range.every(isFilterValue)) {
      return `interval predicate on "${predicate.field}" needs "range": [start, end] of strings or finite numbers`;
    }
    return undefined;
  }
  return `predicate on "${predicate.field}" has unknown kind ${JSON.stringify(predicate.kind)}; use "point" or "interval"`;
}

/** Throws a TypeError naming `where` when `predicates` is not a non-empty list of valid predicates. */
export function assertPredicates(predicates: unknown, where: string): asserts predicates is readonly Predicate[] {
  if (!Array.isArray(predicates) || predicates.length === 0) {
    throw new TypeError(`aftersales-widgets: ${where} needs a non-empty array of predicates.`);
  }
  for (const predicate of predicates) {
    const problem = predicateProblem(predicate);
    if (problem) throw new TypeError(`aftersales-widgets: ${where}: ${problem}.`);
  }
}

/** Returns a frozen copy of a clause, so state shared between widgets cannot be changed in place. */
export function freezeClause(source: string, predicates: readonly Predicate[], label?: string): FilterClause {
  const copies = predicates.map((predicate) =>
    predicate.kind === 'point'
      ? Object.freeze({ field: predicate.field, kind: 'point' as const, values: Object.freeze([...predicate.values]) })
      : Object.freeze({ field: predicate.field, kind: 'interval' as const, range: Object.freeze([predicate.range[0], predicate.range[1]]) as readonly [FilterValue, FilterValue] }),
  );
  const clause: FilterClause = label === undefined ? { source, predicates: Object.freeze(copies) } : { source, predicates: Object.freeze(copies), label };
  return Object.freeze(clause);
}

/**
 * Tells whether two predicate lists select the same rows. The order of predicates and of the values
 * of a point predicate does not matter; labels are not compared.
 */
export function samePredicates(a: readonly Predicate[], b: readonly Predicate[]): boolean {
  if (a.length !== b.length) return false;
  const keysA = a.map(predicateKey).sort();
  const keysB = b.map(predicateKey).sort();
  return keysA.every((key, index) => key === keysB[index]);
}

function predicateKey(predicate: Predicate): string {
  if (predicate.kind === 'interval') return JSON.stringify([predicate.field, 'interval', predicate.range]);
  const values = [...new Set(predicate.values.map((value) => JSON.stringify(value)))].sort();
  return JSON.stringify([predicate.field, 'point', values]);
}

function isFilterValue(value: unknown): value is FilterValue {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
