// loadTable: reads a dealer's export, maps and cleans it in DuckDB, fills a canonical table and
// `<table>_rejected`, and returns the quality report.
import { EngineError, getEngine, quoteIdentifier, type Engine } from '../engine/index.js';
import { markTablesLoaded } from '../data/state.js';
import { decodeCsv, detectDelimiter } from './decode.js';
import { IngestError } from './errors.js';
import { resolveMapping } from './mapping.js';
import { isParquet } from './parquet.js';
import { resolveDateRange } from './date-range.js';
import { checkedTableQuery, insertLoadedQueries, insertRejectedQueries } from './pipeline-sql.js';
import type { LoadPlan } from './plan.js';
import { buildReport } from './report.js';
import { publishReport } from './reports.js';
import { resolveScores } from './scores.js';
import { readSource } from './source.js';
import { stageCsv, stageParquet, type StagedFile } from './stage.js';
import type { LoadOptions, LoadReport, LoadSource, LoadableTable } from './types.js';

const TABLES: readonly LoadableTable[] = ['orders', 'customers', 'surveys', 'campaigns'];
let loads = 0;

/**
 * Loads a CSV or Parquet export into canonical table `options.table` (default `orders`) and returns
 * the quality report. Rows that fail a check go to `<table>_rejected` with a reason. Rejects with an
 * `IngestError` (translated message) when the file cannot be read or a required column is missing.
 */
export async function loadTable(source: LoadSource, options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const table = options.table ?? 'orders';
  checkOptions(table, options);
  const dateRange = resolveDateRange(options.dateRange);
  const engine = await getEngine();

  const { bytes, name } = await readSource(source, options.fileName, options.onProgress, options.signal);
  const total = bytes.byteLength;
  if (total === 0) throw new IngestError('empty-file', { file: name });
  options.onProgress?.({ phase: 'parsing', loaded: total, total });

  loads += 1;
  const suffix = `${Date.now().toString(36)}_${loads}`;
  const stage = `__ingest_stage_${suffix}`;
  const registered = `__ingest_${suffix}.csv`;
  const temporaryTables = [stage, `__ingest_checked_${suffix}`, `__ingest_rejected_${suffix}`];
  const format = options.format ?? (isParquet(bytes) ? 'parquet' : 'csv');
  let encoding: LoadReport['encoding'] = null;
  let delimiter: LoadReport['delimiter'] = null;

  try {
    let staged: StagedFile;
    if (format === 'csv') {
      const decoded = decodeCsv(bytes);
      encoding = decoded.encoding;
      const csvDelimiter = options.delimiter ?? detectDelimiter(decoded.utf8);
      delimiter = csvDelimiter;
      await engine.registerFile(registered, decoded.utf8);
      staged = await stageOrFail(() => stageCsv(engine, registered, csvDelimiter, stage, suffix), 'parse-failed', name);
    } else {
      staged = await stageOrFail(() => stageParquet(engine, bytes, stage, suffix), 'parquet-failed', name);
    }
    if (staged.headers.length === 0) throw new IngestError('empty-file', { file: name });

    const mapping = resolveMapping(table, staged.headers, name, options.mapping);
    const scores = table === 'surveys' ? await resolveScores(engine, stage, mapping, options.scales) : [];
    if (table === 'surveys' && scores.length === 0) {
      throw new IngestError('missing-scores', { file: name, headers: staged.headers.join('、') });
    }
    const plan: LoadPlan = {
      table,
      sourceFile: name,
      stage,
      checked: temporaryTables[1],
      rejected: temporaryTables[2],
      headers: staged.headers,
      mapping,
      scores,
      dateOrder: options.dateOrder,
      dateRange,
    };

    // A load superseded while staging must not replace the table after the newer load has filled it.
    if (options.signal?.aborted) throw new IngestError('aborted', { file: name });
    options.onProgress?.({ phase: 'cleaning', loaded: total, total });
    const append = options.append ?? false;
    await engine.batch([
      checkedTableQuery(plan),
      ...insertLoadedQueries(plan, append),
      ...insertRejectedQueries(plan, append, staged.malformed),
    ]);

    const report = await buildReport(engine, plan, {
      format,
      encoding,
      delimiter,
      bytes: total,
      append,
      malformed: staged.malformed.length,
      started,
    });
    markTablesLoaded(table === 'surveys' ? ['surveys', 'survey_scores'] : [table]);
    publishReport(report);
    options.onProgress?.({ phase: 'done', loaded: total, total });
    return report;
  } finally {
    await cleanUp(engine, temporaryTables, format === 'csv' ? registered : undefined);
  }
}

function checkOptions(table: string, options: LoadOptions): void {
  if (!TABLES.includes(table as LoadableTable)) {
    throw new Error(`aftersales-widgets: loadTable cannot load table "${table}"; use one of ${TABLES.join(', ')}.`);
  }
  if (options.dateOrder !== undefined && options.dateOrder !== 'MDY' && options.dateOrder !== 'DMY') {
    throw new Error(`aftersales-widgets: dateOrder must be "MDY" or "DMY", not "${String(options.dateOrder)}".`);
  }
  if (options.delimiter !== undefined && ![',', '\t', ';', '|'].includes(options.delimiter)) {
    throw new Error(`aftersales-widgets: delimiter must be ",", "\\t", ";" or "|", not ${JSON.stringify(options.delimiter)}.`);
  }
  for (const [dimension, scale] of Object.entries(options.scales ?? {})) {
    if (!Array.isArray(scale) || scale.length !== 2 || !scale.every(Number.isFinite) || !(scale[0] < scale[1])) {
      throw new Error(`aftersales-widgets: scale of "${dimension}" must be [min, max] with min < max, not ${JSON.stringify(scale)}.`);
    }
  }
}

async function stageOrFail(stageFile: () => Promise<StagedFile>, code: 'parse-failed' | 'parquet-failed', file: string): Promise<StagedFile> {
  try {
    return await stageFile();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    let detail = String(error);
    if (error instanceof EngineError) detail = error.detail;
    else if (error instanceof Error) detail = error.message;
    if (code === 'parquet-failed') throw new IngestError(code, { file, detail }, detail);

    // DuckDB's CSV errors quote the offending line, which contains names and phone numbers, and can be
    // megabytes long. The user sees only the line number; the full text stays in `detail`.
    const line = /\bline:?\s*(\d+)/i.exec(detail)?.[1];
    throw new IngestError(code, { file, line: line ?? '' }, detail);
  }
}

async function cleanUp(engine: Engine, tables: readonly string[], registered: string | undefined): Promise<void> {
  try {
    await engine.batch(tables.map((table) => ({ sql: `DROP TABLE IF EXISTS ${quoteIdentifier(table)}` })));
    if (registered) await engine.dropFile(registered);
  } catch {
    // Leftover temporary tables only cost memory; the load's own result or error matters more.
  }
}
