// Messages between the page and the engine worker. Every request carries an id, and the worker
// replies to each id exactly once with `ok` or `error`.
import type { SqlParam } from './types.js';

export interface WasmBundleUrls {
  /** The wasm build for browsers without WebAssembly exception handling. */
  readonly mvp: string;
  /** The faster build that uses WebAssembly exception handling (current Chromium). */
  readonly eh: string;
}

export type WorkerRequest =
  | { readonly id: number; readonly type: 'open'; readonly wasm: WasmBundleUrls; readonly extensionRepository: string }
  | { readonly id: number; readonly type: 'batch'; readonly queries: readonly { sql: string; params: readonly SqlParam[] }[] }
  | { readonly id: number; readonly type: 'cancel'; readonly target: number }
  | { readonly id: number; readonly type: 'register-file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'drop-file'; readonly name: string }
  | { readonly id: number; readonly type: 'insert-arrow'; readonly table: string; readonly ipcStream: Uint8Array };

export type WorkerResponse =
  | { readonly id: number; readonly type: 'ok'; readonly results?: Uint8Array[]; readonly version?: string }
  | {
      readonly id: number;
      readonly type: 'error';
      readonly code: 'wasm-load-failed' | 'query-failed' | 'superseded';
      readonly detail: string;
      readonly sql?: string;
    };
