// Writes the filter state into a URL and reads it back, so a view can be shared by link.
//
// Format: one parameter (default `filters`) in the hash (default, because a hash never reaches a
// server's logs and a segment selection lists customer keys) or in the query string. Its value is the
// URL-encoded JSON of the state: { "<group>": [ { "source": "...", "label": "...", "predicates": [
//   { "field": "service_type", "kind": "point", "values": ["钣喷"] },
//   { "field": "order_date", "kind": "interval", "range": ["2024-01-01", "2024-04-01"] } ] } ] }.
import { FILTER_CHANGE_EVENT } from './events.js';
import { clearFilters, getAllFilterState, setFilterState } from './store.js';
import type { FilterClause, FilterState, Predicate } from './types.js';
import { predicateProblem } from './validate.js';

export interface FilterUrlOptions {
  /** Name of the URL parameter. Default `filters`. */
  readonly param?: string;
  /** `hash` (default) keeps the state out of requests to the server; `search` uses the query string. */
  readonly where?: 'hash' | 'search';
}

/**
 * Returns `url` with `state` (the page's current filters by default) written into it.
 * NOTE: a segment selection writes every customer key, so such a link grows with the segment size.
 */
export function filterStateToUrl(url: string | URL, options: FilterUrlOptions & { state?: FilterState } = {}): string {
  const { param = 'filters', where = 'hash' } = options;
  const state = options.state ?? getAllFilterState();
  const target = new URL(url);
  const params = new URLSearchParams(where === 'hash' ? target.hash.slice(1) : target.search);

  const nonEmpty = Object.entries(state).filter(([, clauses]) => clauses.length > 0);
  if (nonEmpty.length === 0) params.delete(param);
  else params.set(param, JSON.stringify(Object.fromEntries(nonEmpty.map(([group, clauses]) => [group, clauses.map(plainClause)]))));

  const encoded = params.toString();
  if (where === 'hash') target.hash = encoded;
  else target.search = encoded;
  return target.href;
}

/**
 * Reads the filter state written by `filterStateToUrl`. A missing or malformed parameter gives an
 * empty state; an invalid clause is dropped and the rest kept, because links get cut and edited.
 */
export function readFilterStateFromUrl(url: string | URL, options: FilterUrlOptions = {}): FilterState {
  const { param = 'filters', where = 'hash' } = options;
  const target = new URL(url);
  const raw = new URLSearchParams(where === 'hash' ? target.hash.slice(1) : target.search).get(param);
  if (raw === null) return {};

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};

  const state: Record<string, FilterClause[]> = {};
  for (const [group, clauses] of Object.entries(parsed)) {
    if (!Array.isArray(clauses)) continue;
    const valid = clauses.filter(isValidClause).map(plainClause);
    if (valid.length > 0) state[group] = valid;
  }
  return state;
}

/**
 * Replaces the page's filters with the state in `url` (the current address by default): groups the
 * URL names get its clauses, every other group is cleared. Fires no selection event.
 */
export function restoreFilterStateFromUrl(url: string | URL = location.href, options: FilterUrlOptions = {}): FilterState {
  const state = readFilterStateFromUrl(url, options);
  for (const group of Object.keys(getAllFilterState())) {
    if (!(group in state)) clearFilters(group);
  }
  setFilterState(state);
  return state;
}

/**
 * Keeps the address bar in step with the filters (through `history.replaceState`, so no history entry
 * per click). Returns a function that stops it.
 */
export function syncFilterStateToUrl(options: FilterUrlOptions = {}): () => void {
  const update = (): void => history.replaceState(history.state, '', filterStateToUrl(location.href, options));
  document.addEventListener(FILTER_CHANGE_EVENT, update);
  return () => document.removeEventListener(FILTER_CHANGE_EVENT, update);
}

function plainClause(clause: FilterClause): FilterClause {
  const predicates: Predicate[] = clause.predicates.map((predicate) =>
    predicate.kind === 'point'
      ? { field: predicate.field, kind: 'point', values: [...predicate.values] }
      : { field: predicate.field, kind: 'interval', range: [predicate.range[0], predicate.range[1]] },
  );
  return typeof clause.label === 'string' ? { source: clause.source, label: clause.label, predicates } : { source: clause.source, predicates };
}

function isValidClause(value: unknown): value is FilterClause {
  if (typeof value !== 'object' || value === null) return false;
  const clause = value as Record<string, unknown>;
  if (typeof clause.source !== 'string' || clause.source === '') return false;
  if (clause.label !== undefined && typeof clause.label !== 'string') return false;
  return Array.isArray(clause.predicates) && clause.predicates.length > 0 && clause.predicates.every((predicate) => predicateProblem(predicate) === undefined);
}
