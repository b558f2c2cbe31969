/// <reference lib="webworker" />
// The engine worker: one DuckDB-WASM database driven through its synchronous bindings, so that a whole
// batch of statements runs inside one message and returns in one round trip.
import {
  BROWSER_RUNTIME,
  VoidLogger,
  createDuckDB,
  type DuckDBBindings,
} from '@duckdb/duckdb-wasm/blocking-browser';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

let database: DuckDBBindings | undefined;
let connectionId = -1;
let lastSql = '';

// A cancel message only helps if it is read before its batch runs. Requests are therefore queued and
// run from a task, and by then any cancel already posted has been read.
const queue: WorkerRequest[] = [];
const cancelled = new Set<number>();
let draining = false;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.target);
    return;
  }
  queue.push(request);
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
};

async function drain(): Promise<void> {
  while (queue.length > 0) {
    const request = queue.shift()!;
    if (cancelled.delete(request.id)) {
      reply({ id: request.id, type: 'error', code: 'superseded', detail: '' });
      continue;
    }
    await handle(request);
  }
  draining = false;
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    switch (request.type) {
      case 'open':
        reply({ id: request.id, type: 'ok', version: await open(request.wasm, request.extensionRepository) });
        return;
      case 'batch': {
        const results = request.queries.map((query) => run(query.sql, query.params));
        reply({ id: request.id, type: 'ok', results }, results.map((buffer) => buffer.buffer as ArrayBuffer));
        return;
      }
      case 'register-file':
        requireDatabase().registerFileBuffer(request.name, request.bytes);
        break;
      case 'drop-file':
        requireDatabase().dropFile(request.name);
        break;
      case 'insert-arrow':
        requireDatabase().insertArrowFromIPCStream(connectionId, request.ipcStream, {
          name: request.table,
          create: true,
        });
        break;
    }
    reply({ id: request.id, type: 'ok' });
  } catch (error) {
    const code = request.type === 'open' ? 'wasm-load-failed' : 'query-failed';
    const sql = request.type === 'batch' ? lastSql : undefined;
    reply({ id: request.id, type: 'error', code, detail: describe(error), sql });
  }
}

async function open(wasm: { mvp: string; eh: string }, extensionRepository: string): Promise<string> {
  const bundles = {
    mvp: { mainModule: wasm.mvp, mainWorker: '' },
    eh: { mainModule: wasm.eh, mainWorker: '' },
  };
  const bindings = await createDuckDB(bundles, new VoidLogger(), BROWSER_RUNTIME);
  await untilSettled(bindings.instantiate(() => {}));
  bindings.open({
    // Counts and decimals arrive as JS numbers; exact decimal arithmetic stays inside SQL.
    query: { castBigIntToDouble: true, castDecimalToDouble: true },
  });
  database = bindings;
  connectionId = bindings.connect().useUnsafe((_bindings: unknown, id: number) => id);

  // The wasm build has only DuckDB's core. Extensions would be downloaded from the internet on first
  // use, which an intranet cannot do, so any use of one fails at once with a clear message instead.
  bindings.runQuery(connectionId, 'SET autoinstall_known_extensions = false');
  bindings.runQuery(connectionId, 'SET autoload_known_extensions = false');
  bindings.runQuery(connectionId, `SET custom_extension_repository = '${extensionRepository.replaceAll("'", "''")}'`);
  return bindings.getVersion();
}

// DuckDB-WASM starts the wasm download without handling its failure, so a missing or invalid file
// surfaces only as an unhandled rejection in this worker. This wrapper turns that rejection into a
// failure of the returned promise.
function untilSettled<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onUnhandled = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reject(event.reason);
    };
    self.addEventListener('unhandledrejection', onUnhandled);
    promise.then(resolve, reject).finally(() => self.removeEventListener('unhandledrejection', onUnhandled));
  });
}

function run(sql: string, params: readonly unknown[]): Uint8Array {
  const bindings = requireDatabase();
  lastSql = sql;
  if (params.length === 0) return ownBuffer(bindings.runQuery(connectionId, sql));

  const statement = bindings.createPrepared(connectionId, sql);
  try {
    return ownBuffer(bindings.runPrepared(connectionId, statement, params as unknown[]));
  } finally {
    bindings.closePrepared(connectionId, statement);
  }
}

// A result is transferred to the page, so it must own its whole ArrayBuffer.
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function requireDatabase(): DuckDBBindings {
  if (!database) throw new Error('the database is not open');
  return database;
}

function reply(response: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, transfer);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
