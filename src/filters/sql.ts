// Compiles filter clauses into an SQL condition for one analysis. The analysis passes the filter fields
// it has, each with a trusted SQL expression. Filter values are always bound as parameters.
import type { SqlParam } from '../engine/index.js';
import type { FilterClause, FilterValue, IntervalPredicate, PointPredicate, Predicate } from './types.js';

/** Above this many values a point predicate binds its strings as one parameter instead of one each. */
export const LARGE_SET_THRESHOLD = 64;

/** Separator of the values joined into one parameter: the ASCII unit separator, absent from real keys. */
const UNIT_SEPARATOR = '\u001f';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface CompiledFilters {
  /** '' when no predicate applies, else `pred AND pred ...` with `?` placeholders. */
  readonly sql: string;
  /** Values for the placeholders of `sql`, in order. */
  readonly params: SqlParam[];
  /** Predicates on fields the analysis does not have; the widget lists them as not applicable. */
  readonly ignored: Predicate[];
}

/**
 * Compiles the predicates of `clauses` (all must hold) into one condition. `fields` maps each filter
 * field the analysis supports to a trusted SQL expression, e.g. `{ service_type: 'o."service_type"' }`.
 * Point predicates become `IN` lists, interval predicates `expr >= start AND expr < end` with ISO date
 * bounds cast by `::DATE`. A point predicate with no values selects nothing (`FALSE`).
 */
export function compileFilters(clauses: readonly FilterClause[], fields: Record<string, string>): CompiledFilters {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  const ignored: Predicate[] = [];

  for (const clause of clauses) {
    for (const predicate of clause.predicates) {
      const expression = Object.prototype.hasOwnProperty.call(fields, predicate.field) ? fields[predicate.field] : undefined;
      if (expression === undefined) {
        ignored.push(predicate);
        continue;
      }
      const compiled = predicate.kind === 'point' ? compilePoint(expression, predicate) : compileInterval(expression, predicate);
      conditions.push(compiled.sql);
      params.push(...compiled.params);
    }
  }

  return { sql: conditions.join(' AND '), params, ignored };
}

function compilePoint(expression: string, predicate: PointPredicate): { sql: string; params: SqlParam[] } {
  const values = [...new Set(predicate.values)];
  if (values.length === 0) return { sql: 'FALSE', params: [] };

  // A customer segment may hold thousands of keys. One joined parameter split in SQL keeps the
  // statement short and lets DuckDB hash the list instead of parsing thousands of placeholders.
  const joinable = values.every((value) => typeof value === 'string' && !value.includes(UNIT_SEPARATOR));
  if (values.length > LARGE_SET_THRESHOLD && joinable) {
    return { sql: `(${expression} IN (SELECT unnest(string_split(?, chr(31)))))`, params: [values.join(UNIT_SEPARATOR)] };
  }

  const placeholders = values.map(() => '?').join(', ');
  return { sql: `(${expression} IN (${placeholders}))`, params: values };
}

function compileInterval(expression: string, predicate: IntervalPredicate): { sql: string; params: SqlParam[] } {
  const [start, end] = predicate.range;
  return { sql: `(${expression} >= ${placeholderFor(start)} AND ${expression} < ${placeholderFor(end)})`, params: [start, end] };
}

function placeholderFor(value: FilterValue): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? '?::DATE' : '?';
}

/** Joins SQL conditions with AND, skipping empty ones; returns '' when none is left. */
export function andConditions(...conditions: readonly string[]): string {
  return conditions.filter((condition) => condition !== '').join(' AND ');
}
