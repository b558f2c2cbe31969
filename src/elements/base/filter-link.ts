import type { ReactiveControllerHost } from 'lit';
import { CrossFilterController } from '../../filters/controller.js';
import type { FilterClause, Predicate } from '../../filters/types.js';

/** The part of the cross-filter controller that a widget uses. */
export interface FilterLink {
  /** Clauses of every other source in the group; the widget applies these to its queries. */
  readonly others: readonly FilterClause[];
  /** The widget's own selection, which it highlights but does not apply to itself. */
  readonly own: FilterClause | undefined;
  /** Publishes the widget's selection (null clears it). Call on user action only. */
  select(clause: { predicates: readonly Predicate[]; label?: string } | null): void;
  /** Clears every clause of the group. */
  clearAll(): void;
}

export interface FilterLinkOptions {
  /** Id of the widget as a filter source. */
  readonly source: () => string;
  /** Name of the cross-filter group. */
  readonly group: () => string;
}

/** Connects `host` to its cross-filter group; the controller calls `host.requestUpdate()` on changes. */
export function createFilterLink(host: ReactiveControllerHost & HTMLElement, options: FilterLinkOptions): FilterLink {
  return new CrossFilterController(host, options);
}
