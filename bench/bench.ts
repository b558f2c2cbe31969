// Measured steps of `npm run bench`, exposed as `window.aftersalesBench` for scripts/bench.mjs, which
// calls them one at a time through Playwright. Each step returns its own duration in milliseconds,
// measured with performance.now() inside the page, so the Node↔browser round trip is not counted.
import { serviceMixQuery, serviceMixTrendQuery } from '../src/analyses/service-mix.js';
import { AnalysisErrorEvent, AnalysisReadyEvent } from '../src/elements/base/index.js';
import { getEngine, quoteIdentifier } from '../src/engine/index.js';
import { loadTable, type LoadPhase } from '../src/ingest/index.js';
import { parquetToArrowIPC } from '../src/ingest/parquet.js';
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

/**
 * Loads the fetched file into the canonical `orders` table with `loadTable` (decode, map, clean). The
 * detail splits the time at loadTable's progress phases: `stageMs` from `parsing` to `cleaning`
 * (decoding the file into a staged table of text columns) and `cleanMs` from `cleaning` to `done`
 * (the cleaning SQL, the inserts and the quality report).
 */
function loadOrders(format: 'csv' | 'parquet'): Promise<StepResult> {
  return timed(async () => {
    if (!fileBytes) throw new Error('loadOrders called before fetchFile.');
    const phaseStart: Partial<Record<LoadPhase, number>> = {};
    const onProgress = ({ phase }: { phase: LoadPhase }) => {
      phaseStart[phase] ??= performance.now();
    };
    const report = await loadTable(fileBytes, { table: 'orders', format, fileName, onProgress });
    const { parsing = NaN, cleaning = NaN, done = NaN } = phaseStart;
    return {
      rowsRead: report.rowsRead,
      rowsLoaded: report.rowsLoaded,
      rowsRejected: report.rowsRejected,
      stageMs: Math.round(cleaning - parsing),
      cleanMs: Math.round(done - cleaning),
    };
  });
}

/**
 * Times the parts of staging a Parquet file, as loadTable's staging does them: parquet-wasm decoding
 * into an Arrow IPC stream, `insertArrowIPC`, and the copy with every column cast to text.
 */
function parquetStages(): Promise<StepResult> {
  return timed(async () => {
    if (!fileBytes) throw new Error('parquetStages called before fetchFile.');
    const engine = await getEngine();
    let started = performance.now();
    const ipc = await parquetToArrowIPC(fileBytes);
    const decodeMs = performance.now() - started;

    started = performance.now();
    await engine.insertArrowIPC('__bench_arrow', ipc);
    const insertMs = performance.now() - started;

    started = performance.now();
    const schema = await engine.query('SELECT * FROM __bench_arrow LIMIT 0');
    const columns = schema.schema.fields.map((field) => `CAST(${quoteIdentifier(field.name)} AS VARCHAR) AS ${quoteIdentifier(field.name)}`).join(', ');
    await engine.query(`CREATE OR REPLACE TEMP TABLE __bench_stage AS SELECT ${columns} FROM __bench_arrow`);
    const castMs = performance.now() - started;

    await engine.batch([{ sql: 'DROP TABLE __bench_arrow' }, { sql: 'DROP TABLE __bench_stage' }]);
    return { ipcBytes: ipc.byteLength, decodeMs: Math.round(decodeMs), insertMs: Math.round(insertMs), castMs: Math.round(castMs) };
  });
}

/**
 * Loads the fetched file again while timing each SQL statement that loadTable sends. The engine's
 * `batch` is replaced for the duration of the load by one that sends the statements one at a time,
 * which the worker would otherwise run one after another in a single request. The detail maps the
 * start of each statement (numbered in order) to its milliseconds.
 */
async function profileLoad(format: 'csv' | 'parquet'): Promise<StepResult> {
  if (!fileBytes) throw new Error('profileLoad called before fetchFile.');
  const engine = await getEngine();
  const original = engine.batch;
  const detail: Record<string, number> = {};
  let statement = 0;
  engine.batch = async (queries, options) => {
    const tables = [];
    for (const query of queries) {
      const started = performance.now();
      tables.push(...(await original.call(engine, [query], options)));
      statement += 1;
      const label = `${String(statement).padStart(2, '0')} ${query.sql.replace(/\s+/g, ' ').slice(0, 60)}`;
      detail[label] = Math.round(performance.now() - started);
    }
    return tables;
  };
  const bytes = fileBytes;
  try {
    return await timed(async () => {
      await loadTable(bytes, { table: 'orders', format, fileName });
      return detail;
    });
  } finally {
    engine.batch = original;
  }
}

/**
 * Replaces the engine's `batch` with one that sends the statements one at a time and records how
 * long each ran, keyed by its number and its start. The worker runs requests one at a time anyway,
 * so this adds no waiting, and each time excludes the wait in the queue. The widgets' queries of one
 * click arrive as one batch (`getBatchingEngine` in src/filters), so this splits them by query.
 * Returns the record and a function that restores the original `batch`.
 */
async function timeBatches(): Promise<{ times: Record<string, number>; restore: () => void }> {
  const engine = await getEngine();
  const original = engine.batch;
  const times: Record<string, number> = {};
  let previous: Promise<unknown> = Promise.resolve();
  let count = 0;
  engine.batch = (queries, options) => {
    const run = previous.then(async () => {
      const tables = [];
      for (const query of queries) {
        const started = performance.now();
        try {
          tables.push(...(await original.call(engine, [query], options)));
        } finally {
          count += 1;
          const sql = query.sql.replace(/\s+/g, ' ').slice(0, 100);
          times[`${String(count).padStart(2, '0')} ${sql}`] = Math.round(performance.now() - started);
        }
      }
      return tables;
    });
    previous = run.catch(() => undefined);
    return run;
  };
  return { times, restore: () => (engine.batch = original) };
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

/** The five analysis widgets of the cross-filter measurement, all in one group. */
const CROSS_FILTER_TAGS = ['service-mix', 'customer-segments', 'churn-trend', 'satisfaction-panel', 'campaign-roi'] as const;
const CROSS_FILTER_GROUP = 'bench';

/** Sources clicked in turn: a row button in the shadow DOM of each. */
const CLICK_SOURCES = [
  { tag: 'service-mix', button: '.row-select:not([disabled])' },
  { tag: 'customer-segments', button: '.segment-select' },
] as const;

/**
 * Fetches and loads the four tables of a generated data set (orders from the CSV) and returns the
 * load time of each. `folderUrl` is the dev server path of the folder, such as /bench/data/orders-100000.
 */
function loadDataSet(folderUrl: string): Promise<StepResult> {
  return timed(async () => {
    const detail: Record<string, number> = {};
    const tables = [
      ['orders', 'orders.csv'],
      ['customers', 'customers.csv'],
      ['surveys', 'surveys.csv'],
      ['campaigns', 'campaigns.csv'],
    ] as const;
    for (const [table, file] of tables) {
      const url = `${folderUrl}/${file}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Fetching ${url} failed: HTTP ${response.status}.`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const started = performance.now();
      const report = await loadTable(bytes, { table, format: 'csv', fileName: file });
      detail[`${table}Ms`] = performance.now() - started;
      detail[`${table}Rows`] = report.rowsLoaded;
    }
    return detail;
  });
}

/**
 * Resolves with performance.now() at the element's next `ready` event, and rejects on
 * `analysis-error` or after `timeoutMs`.
 */
function nextReady(element: HTMLElement, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`<${element.localName}> was not ready after ${timeoutMs} ms.`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve(performance.now());
    };
    const onError = (event: Event) => {
      cleanup();
      reject(new Error(`<${element.localName}> failed: ${(event as AnalysisErrorEvent).message}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      element.removeEventListener(AnalysisReadyEvent.eventName, onReady);
      element.removeEventListener(AnalysisErrorEvent.eventName, onError);
    };
    element.addEventListener(AnalysisReadyEvent.eventName, onReady);
    element.addEventListener(AnalysisErrorEvent.eventName, onError);
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Adds the five widgets to the page in one cross-filter group and waits until each is ready. */
function mountWidgets(timeoutMs = 300_000): Promise<StepResult> {
  return timed(async () => {
    const elements = CROSS_FILTER_TAGS.map((tag) => {
      const element = document.createElement(tag);
      element.setAttribute('group', CROSS_FILTER_GROUP);
      return element;
    });
    const ready = elements.map((element) => nextReady(element, timeoutMs));
    document.body.append(...elements);
    await Promise.all(ready);
    await nextFrame();
    return { widgets: elements.length };
  });
}

function crossFilterWidget(tag: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`${tag}[group="${CROSS_FILTER_GROUP}"]`);
  if (!element) throw new Error(`crossFilterClick called before mountWidgets: no <${tag}> on the page.`);
  return element;
}

/**
 * Clicks one row button of a source widget and measures until every other widget of the group has
 * fired `ready` and one animation frame has passed. Clicks come in pairs on the same button: the
 * first selects the row and the second clears the selection again, so at most one widget of the
 * group has a selection at a time. The pairs alternate between `<service-mix>` and
 * `<customer-segments>`, and each source steps to its next row.
 */
async function crossFilterClick(clickIndex: number, profile = false, timeoutMs = 300_000): Promise<StepResult> {
  const pair = Math.floor(clickIndex / 2);
  const source = CLICK_SOURCES[pair % CLICK_SOURCES.length];
  const sourceElement = crossFilterWidget(source.tag);
  const buttons = [...(sourceElement.shadowRoot?.querySelectorAll<HTMLButtonElement>(source.button) ?? [])];
  if (buttons.length === 0) {
    throw new Error(`<${source.tag}> (status ${sourceElement.getAttribute('status')}) has no ${source.button} button to click.`);
  }
  const row = Math.floor(pair / CLICK_SOURCES.length) % buttons.length;
  const action = clickIndex % 2 === 0 ? 'select' : 'clear';
  const others = CROSS_FILTER_TAGS.filter((tag) => tag !== source.tag).map(crossFilterWidget);

  const ready = others.map((element) => nextReady(element, timeoutMs));
  const batches = profile ? await timeBatches() : undefined;
  const result = await timed(async () => {
    const clicked = performance.now();
    buttons[row].click();
    const readyAt = await Promise.all(ready);
    await nextFrame();
    // When each widget fired `ready`, counted from the click.
    const perWidget = Object.fromEntries(others.map((element, i) => [`${element.localName}Ms`, Math.round(readyAt[i] - clicked)]));
    return { source: source.tag, row, action, rows: buttons.length, ...perWidget };
  });
  batches?.restore();
  return batches ? { ...result, detail: { ...result.detail, ...batches.times } } : result;
}

const steps = { engineStart, fetchFile, loadOrders, parquetStages, profileLoad, drawServiceMix, queryServiceMix, loadDataSet, mountWidgets, crossFilterClick };

export type BenchSteps = typeof steps;

declare global {
  interface Window {
    aftersalesBench: BenchSteps;
  }
}

window.aftersalesBench = steps;
document.getElementById('status')!.textContent = 'ready';
