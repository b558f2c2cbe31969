import type { ReactiveControllerHost } from 'lit';
import type { FilterClause, Predicate } from '../../filters/types.js';

/** What a widget needs from its cross-filter group. */
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

/**
 * Connects `host` to its cross-filter group.
 * TODO: the group store (src/filters/controller.ts) is not in the tree yet, so this link keeps the
 * selection locally and applies no filters from other widgets.
 */
export function createFilterLink(host: ReactiveControllerHost & HTMLElement, options: FilterLinkOptions): FilterLink {
  let own: FilterClause | undefined;
  return {
    others: [],
    get own() {
      return own;
    },
    select(clause) {
      own = clause ? { source: options.source(), predicates: clause.predicates, label: clause.label } : undefined;
      host.requestUpdate();
    },
    clearAll() {
      own = undefined;
      host.requestUpdate();
    },
  };
}
