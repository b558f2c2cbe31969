import { t } from '../i18n/index.js';

/** Cause of a failed engine call. */
export type EngineErrorCode =
  /** The wasm file or the worker script could not be fetched or compiled. */
  | 'wasm-load-failed'
  /** The worker stopped (crash, out of memory); every pending call fails with this code. */
  | 'worker-crashed'
  /** The database rejected a statement. `detail` contains DuckDB's own message. */
  | 'query-failed'
  /** A newer request from the same caller replaced this one, or its signal was aborted. */
  | 'superseded'
  /** The engine was closed by the host. */
  | 'closed';

const MESSAGE_KEYS = {
  'wasm-load-failed': 'engine.wasmLoadFailed',
  'worker-crashed': 'engine.workerCrashed',
  'query-failed': 'engine.queryFailed',
  superseded: 'engine.superseded',
  closed: 'engine.closed',
} as const;

/**
 * A failure of the engine. `message` is in the page's active locale for display; `detail` keeps the
 * untranslated cause (DuckDB's message) and `sql` the statement, for the embedding developer.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: EngineErrorCode,
    readonly detail = '',
    readonly sql?: string,
    url = '',
  ) {
    super(t(MESSAGE_KEYS[code], { detail, url }));
  }
}

/** Tells whether `error` is an engine error for a request that a newer one replaced. */
export function isSuperseded(error: unknown): boolean {
  return error instanceof EngineError && error.code === 'superseded';
}
