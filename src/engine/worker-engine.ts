import { tableFromIPC, type Table } from 'apache-arrow';
import { EngineError } from './errors.js';
import type { WasmBundleUrls, WorkerRequest, WorkerResponse } from './protocol.js';
import type { Engine, Query, QueryOptions, SqlParam } from './types.js';

type Pending = { resolve: (response: WorkerResponse & { type: 'ok' }) => void; reject: (error: EngineError) => void };
type Outgoing = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The DuckDB-WASM engine: a client for one engine worker. Create it through `getEngine()`. */
export class WorkerEngine implements Engine {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: EngineError | undefined;
  private databaseVersion = '';

  private constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new EngineError('worker-crashed', event.message || 'worker error'));
    };
    worker.onmessageerror = () => this.fail(new EngineError('worker-crashed', 'unreadable message'));
  }

  /** Starts a worker and opens the database in it; rejects with `wasm-load-failed` when that fails. */
  static async start(worker: Worker, wasm: WasmBundleUrls, extensionRepository: string): Promise<WorkerEngine> {
    const engine = new WorkerEngine(worker);
    try {
      const response = await engine.send({ type: 'open', wasm, extensionRepository });
      engine.databaseVersion = response.version ?? '';
    } catch (error) {
      worker.terminate();
      const detail = error instanceof EngineError ? error.detail : String(error);
      throw new EngineError('wasm-load-failed', detail, undefined, wasm.eh);
    }
    return engine;
  }

  async query(sql: string, params: readonly SqlParam[] = [], options: QueryOptions = {}): Promise<Table> {
    const [table] = await this.batch([{ sql, params }], options);
    return table;
  }

  async batch(queries: readonly Query[], options: QueryOptions = {}): Promise<Table[]> {
    const request = { type: 'batch' as const, queries: queries.map((q) => ({ sql: q.sql, params: q.params ?? [] })) };
    const response = await this.send(request, [], options.signal);
    return (response.results ?? []).map((buffer) => tableFromIPC(buffer));
  }

  async registerFile(name: string, bytes: Uint8Array): Promise<void> {
    // The bytes are copied so the caller keeps a usable buffer after the transfer.
    const copy = bytes.slice();
    await this.send({ type: 'register-file', name, bytes: copy }, [copy.buffer]);
  }

  async dropFile(name: string): Promise<void> {
    await this.send({ type: 'drop-file', name });
  }

  async insertArrowIPC(table: string, ipcStream: Uint8Array): Promise<void> {
    // A decoded Parquet file can be hundreds of megabytes, so its buffer moves to the worker instead
    // of being copied. A view into a larger buffer is copied first, leaving the rest usable.
    const whole = ipcStream.byteOffset === 0 && ipcStream.byteLength === ipcStream.buffer.byteLength;
    const owned = whole ? ipcStream : ipcStream.slice();
    await this.send({ type: 'insert-arrow', table, ipcStream: owned }, [owned.buffer]);
  }

  async version(): Promise<string> {
    return this.databaseVersion;
  }

  /** Stops the worker; every pending and later call rejects with code `closed`. */
  close(): void {
    this.fail(new EngineError('closed'));
    this.worker.terminate();
  }

  private send(message: Outgoing, transfer: Transferable[] = [], signal?: AbortSignal): Promise<WorkerResponse & { type: 'ok' }> {
    if (this.failure) return Promise.reject(this.failure);
    if (signal?.aborted) return Promise.reject(new EngineError('superseded'));

    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      signal?.addEventListener('abort', () => this.abandon(id), { once: true });
      this.worker.postMessage({ ...message, id } as WorkerRequest, transfer);
    });
  }

  // The caller no longer needs the result, so the call rejects now and the worker is asked to skip
  // the request if it has not started it. A late response finds no pending entry and is dropped.
  private abandon(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    this.worker.postMessage({ id: this.nextId++, type: 'cancel', target: id } satisfies WorkerRequest);
    pending.reject(new EngineError('superseded'));
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (response.type === 'ok') pending.resolve(response);
    else pending.reject(new EngineError(response.code, response.detail, response.sql));
  }

  private fail(error: EngineError): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
