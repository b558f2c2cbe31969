// Staging: the file's records as a temporary table of VARCHAR columns plus `__source_row`, the 1-based
// data record number. CSV goes through DuckDB's reader; Parquet through parquet-wasm and Arrow.
import { quoteIdentifier, type Engine } from '../engine/index.js';
import type { Delimiter } from './decode.js';
import { parquetToArrowIPC } from './parquet.js';
import { SOURCE_ROW } from './plan.js';
import { literal } from './sql-clean.js';

/** A record that DuckDB's CSV reader could not split into the header's columns. */
export interface MalformedRecord {
  readonly sourceRow: number;
  readonly line: string;
  readonly error: string;
}

export interface StagedFile {
  readonly headers: string[];
  readonly malformed: MalformedRecord[];
}

/**
 * Reads registered UTF-8 CSV `fileName` into `stage`. Every column is read as text; records with too
 * many or too few fields are kept aside by DuckDB (`store_rejects`) and returned as malformed.
 */
export async function stageCsv(engine: Engine, fileName: string, delimiter: Delimiter, stage: string, suffix: string): Promise<StagedFile> {
  const rejectsTable = `__ingest_rejects_${suffix}`;
  const rejectsScan = `__ingest_scans_${suffix}`;
  const read = `read_csv(${literal(fileName)}, header = true, all_varchar = true, delim = ${literal(delimiter)}, quote = '"', escape = '"',
    store_rejects = true, rejects_table = ${literal(rejectsTable)}, rejects_scan = ${literal(rejectsScan)})`;
  await engine.query(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(stage)} AS SELECT * FROM ${read}`);

  const [rejects] = await engine.batch([
    { sql: `SELECT line::INTEGER AS line, csv_line, error_type FROM ${quoteIdentifier(rejectsTable)} ORDER BY line` },
  ]);
  await engine.batch([{ sql: `DROP TABLE IF EXISTS ${quoteIdentifier(rejectsTable)}` }, { sql: `DROP TABLE IF EXISTS ${quoteIdentifier(rejectsScan)}` }]);

  // DuckDB's `line` of a rejected record counts the header as line 1 and a record with quoted line
  // breaks as one line (seen with @duckdb/duckdb-wasm 1.32), so it is the data record number + 1.
  const malformed: MalformedRecord[] = rejects.toArray().map((row) => ({
    sourceRow: Number(row.line) - 1,
    line: String(row.csv_line ?? ''),
    error: String(row.error_type ?? ''),
  }));
  await addSourceRow(engine, stage, malformed.map((record) => record.sourceRow));
  return { headers: await stagedHeaders(engine, stage), malformed };
}

/** Decodes Parquet bytes into `stage`, every column cast to text so the same cleaning applies. */
export async function stageParquet(engine: Engine, bytes: Uint8Array, stage: string, suffix: string): Promise<StagedFile> {
  const arrowTable = `__ingest_arrow_${suffix}`;
  const ipc = await parquetToArrowIPC(bytes);
  await engine.insertArrowIPC(arrowTable, ipc);
  try {
    const headers = await stagedHeaders(engine, arrowTable);
    const columns = headers.map((header) => `CAST(${quoteIdentifier(header)} AS VARCHAR) AS ${quoteIdentifier(header)}`).join(', ');
    await engine.query(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(stage)} AS SELECT ${columns} FROM ${quoteIdentifier(arrowTable)}`);
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(arrowTable)}`);
  }
  await addSourceRow(engine, stage, []);
  return { headers: await stagedHeaders(engine, stage), malformed: [] };
}

async function stagedHeaders(engine: Engine, table: string): Promise<string[]> {
  const result = await engine.query(`SELECT * FROM ${quoteIdentifier(table)} LIMIT 0`);
  return result.schema.fields.map((field) => field.name).filter((name) => name !== '__source_row');
}

/**
 * Numbers the staged records in file order (a table's rowid follows insertion order). Malformed records
 * were left out of the table, so good record i takes the i-th number that no malformed record holds.
 */
async function addSourceRow(engine: Engine, stage: string, malformedRows: readonly number[]): Promise<void> {
  const name = quoteIdentifier(stage);
  if (malformedRows.length === 0) {
    await engine.batch([{ sql: `ALTER TABLE ${name} ADD COLUMN ${SOURCE_ROW} INTEGER` }, { sql: `UPDATE ${name} SET ${SOURCE_ROW} = rowid + 1` }]);
    return;
  }

  // Among the malformed rows sorted ascending, the j-th (1-based) has gap = row − j good records before
  // it. Good record i is then numbered i + (the largest j whose gap is below i), found by an ASOF join.
  const gaps = [...malformedRows].sort((a, b) => a - b).map((row, index) => `(${row - (index + 1)}, ${index + 1})`);
  const gapTable = quoteIdentifier(`${stage}_gaps`);
  const numbered = quoteIdentifier(`${stage}_numbered`);
  await engine.batch([
    { sql: `CREATE OR REPLACE TEMP TABLE ${gapTable} AS SELECT gap, max(j) AS j FROM (VALUES ${gaps.join(', ')}) AS t(gap, j) GROUP BY gap` },
    {
      sql: `CREATE OR REPLACE TEMP TABLE ${numbered} AS
SELECT s.* EXCLUDE (__ordinal), (s.__ordinal + coalesce(g.j, 0))::INTEGER AS ${SOURCE_ROW}
FROM (SELECT *, rowid + 1 AS __ordinal FROM ${name}) AS s ASOF LEFT JOIN ${gapTable} AS g ON s.__ordinal > g.gap`,
    },
    { sql: `DROP TABLE ${name}` },
    { sql: `DROP TABLE ${gapTable}` },
    { sql: `ALTER TABLE ${numbered} RENAME TO ${name}` },
  ]);
}
