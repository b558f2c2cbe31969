// Helpers for the ingest tests: fixture URLs, an independent count of CSV records, and table reads.
import { getEngine, type SqlParam } from '../../src/engine/index.js';

export const FIXTURES = '/test/fixtures/ingest/';

/**
 * Counts the data records of CSV text (the header is not counted) by following quotes, so a quoted
 * field that spans lines counts once. Written apart from the loader, to check its `rowsRead`.
 */
export function countCsvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let lineHasContent = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    if (!quoted && char === '\n') {
      if (lineHasContent) records += 1;
      lineHasContent = false;
    } else if (char !== '\r') {
      lineHasContent = true;
    }
  }
  if (lineHasContent) records += 1;
  return records - 1;
}

/** Fetches a fixture as text (UTF-8). */
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`${FIXTURES}${name}`);
  return response.text();
}

/** Runs a query and returns plain row objects. */
export async function rows(sql: string, params: SqlParam[] = []): Promise<Record<string, unknown>[]> {
  const engine = await getEngine();
  const table = await engine.query(sql, params);
  return table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
}

/** Formats a DATE value read through Arrow (milliseconds since the epoch) as YYYY-MM-DD. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return new Date(Number(value)).toISOString().slice(0, 10);
}
