// Default locations of the engine's files: served from this package by the host's bundler (vite turns
// `?url` imports into asset URLs), never from a CDN.
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { WasmBundleUrls } from './protocol.js';

export const DEFAULT_WASM_URLS: WasmBundleUrls = { mvp: mvpWasmUrl, eh: ehWasmUrl };

/** Starts the engine worker from this package's own module. */
export function startDefaultWorker(): Worker {
  return new Worker(new URL('./duckdb-worker.ts', import.meta.url), { type: 'module', name: 'aftersales-duckdb' });
}
