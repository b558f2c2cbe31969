// The cross-filter protocol consists of these three DOM events. Widgets, the host page and other
// bundles of this library take part by dispatching and listening to them, with no shared module.
import { assertPredicates } from './validate.js';
import { DEFAULT_GROUP, type FilterClause, type Predicate } from './types.js';

/** Event name of a selection made by a user (or sent by the host page on its own behalf). */
export const FILTER_SELECT_EVENT = 'aftersales-filter-select';
/** Event name of a request to drop one source's selection, or every selection of a group. */
export const FILTER_CLEAR_EVENT = 'aftersales-filter-clear';
/** Event name of the notice, fired on `document`, that a group's filter state changed for any reason. */
export const FILTER_CHANGE_EVENT = 'aftersales-filter-change';

/**
 * A selection: `source` now filters every other member of `group` by all of `predicates`. It bubbles
 * and is composed, so it reaches `document` from inside any shadow root. Widgets fire it on user
 * action only, and a host page may dispatch it on any connected element or on `document`.
 */
export class FilterSelectEvent extends Event {
  readonly source: string;
  readonly group: string;
  readonly predicates: readonly Predicate[];
  /** Short text for lists of applied filters, in the active locale. */
  readonly label: string | undefined;

  constructor(init: { source: string; group?: string; predicates: readonly Predicate[]; label?: string }) {
    super(FILTER_SELECT_EVENT, { bubbles: true, composed: true });
    if (typeof init.source !== 'string' || init.source === '') {
      throw new TypeError('aftersales-widgets: FilterSelectEvent needs a non-empty "source" naming the widget or control.');
    }
    assertPredicates(init.predicates, `FilterSelectEvent from "${init.source}"`);
    this.source = init.source;
    this.group = init.group ?? DEFAULT_GROUP;
    this.predicates = init.predicates;
    this.label = init.label;
  }
}

/**
 * A clear: drops the selection of `source` in `group`, or every selection of the group when `source`
 * is undefined (the "clear filters" action). Bubbles and is composed like `FilterSelectEvent`.
 */
export class FilterClearEvent extends Event {
  readonly source: string | undefined;
  readonly group: string;

  constructor(init: { source?: string; group?: string } = {}) {
    super(FILTER_CLEAR_EVENT, { bubbles: true, composed: true });
    this.source = init.source;
    this.group = init.group ?? DEFAULT_GROUP;
  }
}

/**
 * Fired on `document` after the filters of `group` changed, whether by a user, the host page's events,
 * a JS call or a URL restore. It does not bubble. `clauses` is the group's new state.
 */
export class FilterChangeEvent extends Event {
  constructor(
    readonly group: string,
    readonly clauses: readonly FilterClause[],
  ) {
    super(FILTER_CHANGE_EVENT, { bubbles: false, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    [FILTER_SELECT_EVENT]: FilterSelectEvent;
    [FILTER_CLEAR_EVENT]: FilterClearEvent;
  }
  interface DocumentEventMap {
    [FILTER_SELECT_EVENT]: FilterSelectEvent;
    [FILTER_CLEAR_EVENT]: FilterClearEvent;
    [FILTER_CHANGE_EVENT]: FilterChangeEvent;
  }
}
