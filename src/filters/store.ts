// The filter state of every group on the page. It lives on globalThis under a registry symbol, so two
// bundles of this library on one page share it. One capture listener on `document` feeds it, so a
// selection from a bundle that never loaded this module still lands in it through its DOM event.
import { FILTER_CLEAR_EVENT, FILTER_SELECT_EVENT, FilterChangeEvent } from './events.js';
import { DEFAULT_GROUP, type FilterClause, type FilterState, type Predicate } from './types.js';
import { assertPredicates, freezeClause, predicateProblem, samePredicates } from './validate.js';

interface StoreSlot {
  /** group → source → clause, in the order the sources first selected. */
  readonly groups: Map<string, Map<string, FilterClause>>;
  listening: boolean;
}

const SLOT = Symbol.for('aftersales-widgets.filters.v1');
type SlotHolder = { [SLOT]?: StoreSlot };

function slot(): StoreSlot {
  const holder = globalThis as SlotHolder;
  holder[SLOT] ??= { groups: new Map(), listening: false };
  return holder[SLOT];
}

/**
 * Starts listening for selection events on `document` (once per page, whichever bundle comes first).
 * The listener runs in the capture phase so the state is updated before any bubbling listener, host
 * page or widget, reads it, and even when something stops the event's propagation on the way up.
 */
export function ensureFilterListener(): void {
  const store = slot();
  if (store.listening || typeof document === 'undefined') return;
  store.listening = true;
  document.addEventListener(FILTER_SELECT_EVENT, onSelect, { capture: true });
  document.addEventListener(FILTER_CLEAR_EVENT, onClear, { capture: true });
}

// Events are read by their fields, not by `instanceof`: a second bundle has its own event classes.
function onSelect(event: Event): void {
  const { source, group, predicates, label } = event as Event & Partial<Record<'source' | 'group' | 'label', unknown>> & { predicates?: unknown };
  if (typeof source !== 'string' || source === '' || !Array.isArray(predicates) || predicates.length === 0) return;
  if (predicates.some((predicate) => predicateProblem(predicate) !== undefined)) return;
  applyClause(groupName(group), source, predicates as Predicate[], typeof label === 'string' ? label : undefined);
}

function onClear(event: Event): void {
  const { source, group } = event as Event & Partial<Record<'source' | 'group', unknown>>;
  if (typeof source === 'string') applyClause(groupName(group), source, null);
  else clearFilters(groupName(group));
}

function groupName(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : DEFAULT_GROUP;
}

/** Sets or drops one source's clause and announces the change; does nothing when nothing changes. */
function applyClause(group: string, source: string, predicates: readonly Predicate[] | null, label?: string): void {
  const { groups } = slot();
  const clauses = groups.get(group) ?? new Map<string, FilterClause>();
  const current = clauses.get(source);

  if (predicates === null) {
    if (!current) return;
    clauses.delete(source);
  } else {
    if (current && samePredicates(current.predicates, predicates) && current.label === label) return;
    clauses.set(source, freezeClause(source, predicates, label));
  }

  groups.set(group, clauses);
  announce(group);
}

function announce(group: string): void {
  if (typeof document === 'undefined') return;
  document.dispatchEvent(new FilterChangeEvent(group, getFilterState(group)));
}

/** Returns the clauses of `group` (default 'default'), one per source that has a selection. */
export function getFilterState(group: string = DEFAULT_GROUP): readonly FilterClause[] {
  return Object.freeze([...(slot().groups.get(group)?.values() ?? [])]);
}

/** Returns the clauses of every group that has at least one selection. */
export function getAllFilterState(): FilterState {
  const state: Record<string, readonly FilterClause[]> = {};
  for (const [group, clauses] of slot().groups) {
    if (clauses.size > 0) state[group] = getFilterState(group);
  }
  return Object.freeze(state);
}

/**
 * Sets the selection of `source` in `group` from code (a host's own control, a saved view), or drops
 * it when `clause` is null. Widgets re-query, but no selection event is fired: those mean user action.
 */
export function setFilter(group: string, source: string, clause: { predicates: readonly Predicate[]; label?: string } | null): void {
  if (typeof source !== 'string' || source === '') throw new TypeError('aftersales-widgets: setFilter() needs a non-empty source.');
  if (clause !== null) assertPredicates(clause.predicates, `setFilter(${JSON.stringify(group)}, ${JSON.stringify(source)})`);
  applyClause(groupName(group), source, clause === null ? null : clause.predicates, clause?.label);
}

/** Drops every selection of `group` from code, without firing a clear event. */
export function clearFilters(group: string = DEFAULT_GROUP): void {
  const clauses = slot().groups.get(group);
  if (!clauses || clauses.size === 0) return;
  clauses.clear();
  announce(group);
}

/**
 * Replaces the clauses of each group named in `state` (other groups keep theirs). Every clause is
 * validated first, so an invalid state changes nothing. Fires no selection event.
 */
export function setFilterState(state: FilterState): void {
  for (const [group, clauses] of Object.entries(state)) {
    for (const clause of clauses) {
      if (typeof clause?.source !== 'string' || clause.source === '') {
        throw new TypeError(`aftersales-widgets: setFilterState: a clause of group "${group}" has no source.`);
      }
      assertPredicates(clause.predicates, `setFilterState: clause of "${clause.source}" in group "${group}"`);
    }
  }
  for (const [group, clauses] of Object.entries(state)) {
    const next = new Map<string, FilterClause>();
    for (const clause of clauses) next.set(clause.source, freezeClause(clause.source, clause.predicates, clause.label));
    const before = getFilterState(group);
    slot().groups.set(group, next);
    if (!sameState(before, getFilterState(group))) announce(group);
  }
}

function sameState(a: readonly FilterClause[], b: readonly FilterClause[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((clause, index) => clause.source === b[index].source && clause.label === b[index].label && samePredicates(clause.predicates, b[index].predicates));
}
