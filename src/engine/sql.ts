/** Quotes an SQL identifier (table or column name) for DuckDB, doubling embedded quotes. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0) throw new Error('aftersales-widgets: an SQL identifier must not be empty.');
  if (name.includes('\u0000')) throw new Error(`aftersales-widgets: SQL identifier contains a NUL character: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}
