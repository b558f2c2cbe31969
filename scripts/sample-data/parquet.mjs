// Parquet output through native DuckDB (@duckdb/node-api), a development tool that is not shipped to
// the browser.

import { DuckDBInstance } from '@duckdb/node-api';

const quoteIdentifier = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text) => `'${text.replaceAll("'", "''")}'`;

/** Opens an in-memory DuckDB, runs `work(connection)` and closes the database again. */
export async function withDuckDB(work) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Converts a clean UTF-8 CSV to a zstd-compressed Parquet file with the given column types, keeping
 * the row order, and returns the number of rows written.
 */
export async function csvToParquet(csvPath, parquetPath, columnTypes) {
  const columns = Object.entries(columnTypes).map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(', ');
  const read = `read_csv(${quoteLiteral(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}}, dateformat = '%Y-%m-%d')`;
  return withDuckDB(async (connection) => {
    await connection.run('SET preserve_insertion_order = true');
    await connection.run(`COPY (SELECT * FROM ${read}) TO ${quoteLiteral(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`);
    const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet(${quoteLiteral(parquetPath)})`);
    return reader.getRowObjects()[0].n;
  });
}

export { quoteIdentifier, quoteLiteral };
