// Filters travel between widgets and the host page as plain data, never as SQL. Each analysis
// compiles them into a WHERE clause with bound parameters.

/** A value a predicate compares with. Dates are ISO `YYYY-MM-DD` strings. */
export type FilterValue = string | number;

/** `field` is one of the value sets `values`. */
export interface PointPredicate {
  readonly field: string;
  readonly kind: 'point';
  readonly values: readonly FilterValue[];
}

/** `field` lies in `[range[0], range[1])`: the start is included, the end is not. */
export interface IntervalPredicate {
  readonly field: string;
  readonly kind: 'interval';
  readonly range: readonly [FilterValue, FilterValue];
}

export type Predicate = PointPredicate | IntervalPredicate;

/**
 * One widget's (or the host's) current selection: every predicate must hold (AND). A campaign is a
 * date interval and a set of customers; a segment is a set of customers.
 */
export interface FilterClause {
  /** Id of the widget or host control that made the selection. */
  readonly source: string;
  readonly predicates: readonly Predicate[];
  /** Short text for the "filters applied" list, in the active locale. */
  readonly label?: string;
}

/** Name of the group a widget joins when it has no `group` attribute. */
export const DEFAULT_GROUP = 'default';

/** The filters of every group on the page: group name → the clauses of that group, one per source. */
export type FilterState = Readonly<Record<string, readonly FilterClause[]>>;
