// One round trip to the engine per interaction: a cross-filter change makes every widget of a group
// re-query in the same task, and this engine wrapper collects those batches and sends them to the
// worker as one `engine.batch`. Widgets use it through `LatestQuery`, so the latest request still wins
// per widget. A caller whose signal aborts gets `superseded`, and its slice of the result is dropped.
import type { Table } from 'apache-arrow';
import { EngineError, getEngine, type Engine, type Query, type QueryOptions, type SqlParam } from '../engine/index.js';

interface PendingBatch {
  readonly queries: readonly Query[];
  readonly signal: AbortSignal | undefined;
  readonly resolve: (tables: Table[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * An `Engine` that merges the `batch` and `query` calls made in one task into a single batch of the
 * wrapped engine. When the merged batch fails, each caller's batch runs again on its own, so one
 * widget's failing statement does not fail the others. Other calls pass straight through.
 */
export class BatchingEngine implements Engine {
  private pending: PendingBatch[] = [];
  private scheduled = false;
  /** Round trips sent to the wrapped engine, for tests and the benchmark. */
  roundTrips = 0;

  constructor(private readonly inner: Engine) {}

  async query(sql: string, params: readonly SqlParam[] = [], options: QueryOptions = {}): Promise<Table> {
    const [table] = await this.batch([{ sql, params }], options);
    return table;
  }

  batch(queries: readonly Query[], options: QueryOptions = {}): Promise<Table[]> {
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(new EngineError('superseded'));
    return new Promise<Table[]>((resolve, reject) => {
      const entry: PendingBatch = { queries, signal, resolve, reject };
      this.pending.push(entry);
      signal?.addEventListener('abort', () => reject(new EngineError('superseded')), { once: true });
      this.schedule();
    });
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.inner.registerFile(name, bytes);
  }

  dropFile(name: string): Promise<void> {
    return this.inner.dropFile(name);
  }

  insertArrowIPC(table: string, ipcStream: Uint8Array): Promise<void> {
    return this.inner.insertArrowIPC(table, ipcStream);
  }

  version(): Promise<string> {
    return this.inner.version();
  }

  // A macrotask (MessageChannel, not setTimeout with its clamping) runs after every microtask, so
  // widgets that update in a chain of microtasks after one event all land in the same flush.
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      this.scheduled = false;
      void this.flush();
    };
    channel.port2.postMessage(null);
  }

  private async flush(): Promise<void> {
    const batches = this.pending.filter((entry) => !entry.signal?.aborted);
    this.pending = [];
    if (batches.length === 0) return;
    if (batches.length === 1) {
      await this.runAlone(batches[0]);
      return;
    }

    let tables: Table[];
    try {
      this.roundTrips += 1;
      tables = await this.inner.batch(batches.flatMap((entry) => entry.queries));
    } catch {
      // Which caller's statement failed is unknown, so each batch runs again on its own.
      await Promise.all(batches.map((entry) => this.runAlone(entry)));
      return;
    }

    let offset = 0;
    for (const entry of batches) {
      const slice = tables.slice(offset, offset + entry.queries.length);
      offset += entry.queries.length;
      if (!entry.signal?.aborted) entry.resolve(slice);
    }
  }

  private async runAlone(entry: PendingBatch): Promise<void> {
    try {
      this.roundTrips += 1;
      entry.resolve(await this.inner.batch(entry.queries, { signal: entry.signal }));
    } catch (error) {
      entry.reject(error);
    }
  }
}

const SLOT = Symbol.for('aftersales-widgets.batching-engine.v1');
type SlotHolder = { [SLOT]?: { inner: Engine; engine: BatchingEngine } };

/**
 * Returns the page's batching engine around `getEngine()`. It sits on globalThis, so widgets of two
 * bundles share one batch. A new page engine (`setEngine`) gets a new wrapper.
 */
export async function getBatchingEngine(): Promise<BatchingEngine> {
  const inner = await getEngine();
  const holder = globalThis as SlotHolder;
  const current = holder[SLOT];
  if (current && current.inner === inner) return current.engine;
  const engine = new BatchingEngine(inner);
  holder[SLOT] = { inner, engine };
  return engine;
}
