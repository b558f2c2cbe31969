import { DEFAULT_WASM_URLS, startDefaultWorker } from './assets.js';
import type { WasmBundleUrls } from './protocol.js';
import type { Engine } from './types.js';
import { WorkerEngine } from './worker-engine.js';

/** Locations of the engine's files, for hosts that copy them to their own server. */
export interface EngineAssets {
  /** Folder URL holding `duckdb-eh.wasm` and `duckdb-mvp.wasm` (as shipped in @duckdb/duckdb-wasm/dist). */
  readonly wasmBaseUrl?: string;
  /** URL of the built engine worker module, when the host serves it somewhere else than the bundler put it. */
  readonly workerUrl?: string;
}

// One slot per page, on globalThis under a registry symbol, so that a second copy of this library
// loaded by another bundle finds the engine of the first instead of starting a second worker.
const SLOT = Symbol.for('aftersales-widgets.engine.v1');
interface EngineSlot {
  assets: EngineAssets;
  engine?: Promise<Engine>;
  workersStarted: number;
}
type SlotHolder = { [SLOT]?: EngineSlot };

function slot(): EngineSlot {
  const holder = globalThis as SlotHolder;
  holder[SLOT] ??= { assets: {}, workersStarted: 0 };
  return holder[SLOT];
}

/**
 * Sets where the engine's files come from. Call it before the first widget connects; once the engine
 * has started, a change would need a second worker, so it throws.
 */
export function configureEngine(assets: EngineAssets): void {
  const current = slot();
  if (current.engine) {
    throw new Error('aftersales-widgets: configureEngine() was called after the engine started; call it before the first widget is connected.');
  }
  current.assets = { ...assets };
}

/**
 * Returns the page's engine, starting the DuckDB-WASM worker on the first call. Every widget and every
 * copy of the library on the page receives the same engine.
 */
export function getEngine(): Promise<Engine> {
  const current = slot();
  if (!current.engine) {
    current.engine = startEngine(current);
    // A failed start is not cached, so a later call (after the host fixes the asset URLs) can retry.
    current.engine.catch(() => {
      if (slot() === current) current.engine = undefined;
    });
  }
  return current.engine;
}

/** Makes `engine` the page's engine, for hosts that supply their own (a server engine, a test double). */
export function setEngine(engine: Engine): void {
  slot().engine = Promise.resolve(engine);
}

/** Number of engine workers this page has started, for diagnostics and tests. */
export function engineWorkerCount(): number {
  return slot().workersStarted;
}

function startEngine(current: EngineSlot): Promise<Engine> {
  const { wasmBaseUrl, workerUrl } = current.assets;
  const wasm: WasmBundleUrls = wasmBaseUrl
    ? { mvp: new URL('duckdb-mvp.wasm', withSlash(wasmBaseUrl)).href, eh: new URL('duckdb-eh.wasm', withSlash(wasmBaseUrl)).href }
    : { mvp: absolute(DEFAULT_WASM_URLS.mvp), eh: absolute(DEFAULT_WASM_URLS.eh) };
  const worker = workerUrl ? new Worker(workerUrl, { type: 'module', name: 'aftersales-duckdb' }) : startDefaultWorker();
  current.workersStarted += 1;

  // Extensions are never installed (see the worker), but should a host turn that on, the repository
  // is the page's own origin rather than the public one.
  const extensionRepository = new URL('/duckdb-extensions', location.href).href;
  return WorkerEngine.start(worker, wasm, extensionRepository);
}

// A folder URL, absolute and ending in a slash, so file names resolve inside it.
function withSlash(url: string): string {
  return absolute(url.endsWith('/') ? url : `${url}/`);
}

// The worker resolves relative URLs against its own script, so they are made absolute here.
function absolute(url: string): string {
  return new URL(url, location.href).href;
}
