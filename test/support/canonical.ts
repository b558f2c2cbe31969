// Builds canonical tables straight from row literals, so analysis tests do not depend on the loader.
import { getEngine, quoteIdentifier, type Engine, type SqlParam } from '../../src/engine/index.js';
import { CANONICAL_TABLES, type CanonicalTableName } from '../../src/ingest/schema.js';
import { markTablesLoaded } from '../../src/data/state.js';

export type FixtureRow = Record<string, SqlParam>;

/**
 * Replaces canonical table `table` with `rows`. Columns a row leaves out are NULL, except the derived
 * flags of `orders`: `is_cancelled` defaults to false and `is_customer_paid` to true, and
 * `customer_key` to `customer_id`. Dates are ISO strings. Marks the table loaded for widgets.
 */
export async function createCanonicalTable(table: CanonicalTableName, rows: readonly FixtureRow[], engine?: Engine): Promise<void> {
  const db = engine ?? (await getEngine());
  const columns = CANONICAL_TABLES[table];
  const known = new Set(columns.map((column) => column.name));
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      if (!known.has(name)) throw new Error(`fixture row has column "${name}", which canonical table ${table} does not have`);
    }
  }

  const definition = columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(', ');
  await db.query(`CREATE OR REPLACE TABLE ${quoteIdentifier(table)} (${definition})`);

  const placeholders = `(${columns.map((column) => `?::${column.type}`).join(', ')})`;
  for (const row of rows) {
    const values = columns.map((column) => valueFor(table, column.name, row));
    await db.query(`INSERT INTO ${quoteIdentifier(table)} VALUES ${placeholders}`, values);
  }
  markTablesLoaded([table]);
}

function valueFor(table: CanonicalTableName, column: string, row: FixtureRow): SqlParam {
  if (column in row) return row[column];
  if (table === 'orders' && column === 'is_cancelled') return false;
  if (table === 'orders' && column === 'is_customer_paid') return true;
  if (column === 'customer_key' && 'customer_id' in row) return row.customer_id;
  return null;
}
