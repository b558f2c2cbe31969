// The page's record of loaded canonical tables. Loading marks a table as loaded, and widgets wait for
// the tables they read and re-query when one changes. The record sits on globalThis and changes are
// announced as DOM events on `document`, so separately bundled copies of the library agree.

/** Name of the event fired on `document` whenever canonical tables are (re)loaded or cleared. */
export const DATA_CHANGE_EVENT = 'aftersales-data-change';

/** Fired on `document` after tables were loaded, replaced or cleared. */
export class DataChangeEvent extends Event {
  constructor(
    /** The canonical tables whose contents changed. */
    readonly tables: readonly string[],
  ) {
    super(DATA_CHANGE_EVENT, { bubbles: false, composed: false });
  }
}

declare global {
  interface DocumentEventMap {
    [DATA_CHANGE_EVENT]: DataChangeEvent;
  }
}

const SLOT = Symbol.for('aftersales-widgets.data.v1');
// `versions` is never pruned, so a table cleared and loaded again gets a version it never had before,
// and a cache keyed on it cannot return results of the earlier data.
interface DataState {
  loaded: Set<string>;
  versions: Map<string, number>;
}
type Holder = { [SLOT]?: DataState };

function state(): DataState {
  const holder = globalThis as Holder;
  holder[SLOT] ??= { loaded: new Set(), versions: new Map() };
  return holder[SLOT];
}

/** Records that `tables` now hold fresh data and notifies every widget on the page. */
export function markTablesLoaded(tables: readonly string[]): void {
  const { loaded, versions } = state();
  for (const table of tables) {
    loaded.add(table);
    versions.set(table, (versions.get(table) ?? 0) + 1);
  }
  document.dispatchEvent(new DataChangeEvent(tables));
}

/** Records that `tables` were dropped. */
export function markTablesCleared(tables: readonly string[]): void {
  const { loaded } = state();
  for (const table of tables) loaded.delete(table);
  document.dispatchEvent(new DataChangeEvent(tables));
}

/** Tells whether `table` has been loaded on this page. */
export function isTableLoaded(table: string): boolean {
  return state().loaded.has(table);
}

/**
 * Returns a number that grows on every load of `table`, also across a clear, for cache keys; 0 when
 * the table is not loaded.
 */
export function tableVersion(table: string): number {
  const { loaded, versions } = state();
  return loaded.has(table) ? (versions.get(table) ?? 0) : 0;
}
