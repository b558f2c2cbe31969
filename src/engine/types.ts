import type { Table } from 'apache-arrow';

/**
 * A value bound to a `?` placeholder. Dates travel as ISO `YYYY-MM-DD` strings and are cast in SQL
 * (`?::DATE`), because DuckDB-WASM serializes parameters as JSON.
 */
export type SqlParam = string | number | boolean | null;

/** One SQL statement with its bound parameters. The SQL text never contains a data value. */
export interface Query {
  readonly sql: string;
  readonly params?: readonly SqlParam[];
}

/** Options accepted by every engine call. */
export interface QueryOptions {
  /** Aborting rejects the call with an `EngineError` of code `superseded` and drops the result. */
  readonly signal?: AbortSignal;
}

/**
 * The one interface through which the product talks to a database. DuckDB-WASM in a worker is the
 * default implementation; a server engine for a dealer group can implement the same calls.
 */
export interface Engine {
  /** Runs one statement and returns its result as an Arrow table. */
  query(sql: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<Table>;

  /**
   * Runs the statements in order in one round trip and returns one table per statement.
   * A failure stops the batch and rejects with the error of the failing statement.
   */
  batch(queries: readonly Query[], options?: QueryOptions): Promise<Table[]>;

  /** Makes bytes readable by SQL under `name` (for `read_csv('name')`). Replaces an earlier file of that name. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;

  /** Forgets a file registered with `registerFile`. */
  dropFile(name: string): Promise<void>;

  /**
   * Creates table `table` from an Arrow IPC stream, replacing any table of that name. The stream's
   * buffer may be transferred to the engine, so the caller must not use `ipcStream` afterwards.
   */
  insertArrowIPC(table: string, ipcStream: Uint8Array): Promise<void>;

  /** Version string of the database behind the engine, for diagnostics. */
  version(): Promise<string>;
}
