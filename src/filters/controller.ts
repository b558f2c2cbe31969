import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FILTER_CHANGE_EVENT, FilterClearEvent, FilterSelectEvent } from './events.js';
import { ensureFilterListener, getFilterState } from './store.js';
import type { FilterClause, Predicate } from './types.js';
import { samePredicates } from './validate.js';

export interface CrossFilterOptions {
  /** The widget's source id, unique in its group (usually its `id` or a generated one). */
  readonly source: () => string;
  /** The widget's group (its `group` attribute, default 'default'). */
  readonly group: () => string;
}

/**
 * Connects a widget to the cross-filter protocol: it reads the filters of its group and sends the
 * user's selections as DOM events. The host re-renders (`requestUpdate`) only when the clauses that
 * apply to it (`others`) or its own selection change.
 */
export class CrossFilterController implements ReactiveController {
  private seenOthers: readonly FilterClause[] = [];
  private seenOwn: FilterClause | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CrossFilterOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    ensureFilterListener();
    document.addEventListener(FILTER_CHANGE_EVENT, this.onChange);
    this.remember();
  }

  // NOTE: a removed widget's selection stays in the group (a widget moved in the DOM keeps it); the
  // "clear filters" action or clearFilters() drops it.
  hostDisconnected(): void {
    document.removeEventListener(FILTER_CHANGE_EVENT, this.onChange);
  }

  /** Clauses of every other source in the group: the filters this widget applies to its query. */
  get others(): readonly FilterClause[] {
    const source = this.options.source();
    return getFilterState(this.options.group()).filter((clause) => clause.source !== source);
  }

  /** This widget's own selection, which it highlights but does not filter by. */
  get own(): FilterClause | undefined {
    const source = this.options.source();
    return getFilterState(this.options.group()).find((clause) => clause.source === source);
  }

  /**
   * Sends the user's selection (or `null` to drop it) as a select or clear event from the host
   * element. Call it on user action only. A selection equal to the current one is not sent again.
   */
  select(clause: { predicates: readonly Predicate[]; label?: string } | null): void {
    ensureFilterListener();
    const own = this.own;
    const source = this.options.source();
    const group = this.options.group();

    if (clause === null) {
      if (own) this.host.dispatchEvent(new FilterClearEvent({ source, group }));
      return;
    }
    if (own && samePredicates(own.predicates, clause.predicates)) return;
    this.host.dispatchEvent(new FilterSelectEvent({ source, group, predicates: clause.predicates, label: clause.label }));
  }

  /** Sends the "clear filters" action: drops every selection of the group. */
  clearAll(): void {
    ensureFilterListener();
    if (getFilterState(this.options.group()).length === 0) return;
    this.host.dispatchEvent(new FilterClearEvent({ group: this.options.group() }));
  }

  private readonly onChange = (): void => {
    const others = this.others;
    const own = this.own;
    const changed = own !== this.seenOwn || others.length !== this.seenOthers.length || others.some((clause, index) => clause !== this.seenOthers[index]);
    if (!changed) return;
    this.remember(others, own);
    this.host.requestUpdate();
  };

  private remember(others = this.others, own = this.own): void {
    this.seenOthers = others;
    this.seenOwn = own;
  }
}
