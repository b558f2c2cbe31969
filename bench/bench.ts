// Measured steps of `npm run bench`, exposed as `window.aftersalesBench` for scripts/bench.mjs, which
// calls them one at a time through Playwright. Each step returns its own duration in milliseconds,
// measured with performance.now() inside the page, so the Node↔browser round trip is not counted.
import { serviceMixQuery, serviceMixTrendQuery } from '../src/analyses/service-mix.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from '../src/elements/base/index.js';
import { getEngine } from '../src/engine/index.js';
import { loadTable } from '../src/ingest/index.js';
import '../src/define.js';

export interface StepResult {
  readonly ms: number;
  /** Figures about the step besides its duration, such as row counts. */
  readonly detail?: Record<string, number | string>;
}

let fileBytes: Uint8Array | null = null;
let fileName = '';

async function timed(work: () => Promise<StepResult['detail'] | void>): Promise<StepResult> {
  const started = performance.now();
  const detail = await work();
  return { ms: performance.now() - started, detail: detail ?? undefined };
}

/** Starts the shared DuckDB-WASM engine and runs a trivial query: a cold start on a fresh page. */
function engineStart(): Promise<StepResult> {
  return timed(async () => {
    const engine = await getEngine();
    await engine.query('SELECT 1 AS one');
  });
}

/** Fetches a data file from the dev server into memory, so the load step reads nothing over the network. */
function fetchFile(url: string): Promise<StepResult> {
  return timed(async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Fetching ${url} failed: HTTP ${response.status}.`);
    fileBytes = new Uint8Array(await response.arrayBuffer());
    fileName = url.split('/').pop() ?? url;
    return { bytes: fileBytes.byteLength };
  });
}

/** Loads the fetched file into the canonical `orders` table with `loadTable` (decode, map, clean). */
function loadOrders(format: 'csv' | 'parquet'): Promise<StepResult> {
  return timed(async () => {
    if (!fileBytes) throw new Error('loadOrders called before fetchFile.');
    const report = await loadTable(fileBytes, { table: 'orders', format, fileName });
    return { rowsRead: report.rowsRead, rowsLoaded: report.rowsLoaded, rowsRejected: report.rowsRejected };
  });
}

/** Adds a `<service-mix>` to the page and waits for its `ready` event (queries run and charts drawn). */
function drawServiceMix(timeoutMs = 120_000): Promise<StepResult> {
  return timed(
    () =>
      new Promise((resolve, reject) => {
        const element = document.createElement('service-mix');
        const timer = setTimeout(() => reject(new Error(`<service-mix> was not ready after ${timeoutMs} ms.`)), timeoutMs);
        element.addEventListener(AnalysisReadyEvent.eventName, (event) => {
          clearTimeout(timer);
          resolve({ status: (event as AnalysisReadyEvent).status });
        });
        element.addEventListener(AnalysisErrorEvent.eventName, (event) => {
          clearTimeout(timer);
          reject(new Error(`<service-mix> failed: ${(event as AnalysisErrorEvent).message}`));
        });
        document.body.append(element);
      }),
  );
}

/** Runs the two queries of `<service-mix>` (service types, monthly trend) on the whole orders table. */
function queryServiceMix(): Promise<StepResult> {
  return timed(async () => {
    const engine = await getEngine();
    const byType = serviceMixQuery();
    const trend = serviceMixTrendQuery();
    const started = performance.now();
    const types = await engine.query(byType.sql, byType.params);
    const typeMs = performance.now() - started;
    const trendTable = await engine.query(trend.sql, trend.params);
    return { serviceTypes: types.numRows, trendRows: trendTable.numRows, byTypeMs: typeMs, trendMs: performance.now() - started - typeMs };
  });
}

const steps = { engineStart, fetchFile, loadOrders, drawServiceMix, queryServiceMix };

export type BenchSteps = typeof steps;

declare global {
  interface Window {
    aftersalesBench: BenchSteps;
  }
}

window.aftersalesBench = steps;
document.getElementById('status')!.textContent = 'ready';
