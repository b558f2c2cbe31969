// Small pieces that every analysis module shares: filter conditions and reading Arrow values.
import type { Table } from 'apache-arrow';
import type { SqlParam } from '../engine/index.js';

/** A boolean SQL expression with its bound values, as `compileFilters` returns it. Empty SQL means TRUE. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** The condition that keeps every row. */
export const NO_CONDITION: SqlCondition = { sql: '', params: [] };

/**
 * Joins trusted SQL conditions and an optional filter into a WHERE clause body, each wrapped in
 * parentheses so an OR inside one cannot leak into the others.
 */
export function whereClause(conditions: readonly string[], filter: SqlCondition = NO_CONDITION): { sql: string; params: SqlParam[] } {
  const parts = [...conditions];
  if (filter.sql) parts.push(filter.sql);
  const sql = parts.length === 0 ? 'TRUE' : parts.map((part) => `(${part})`).join(' AND ');
  return { sql, params: [...filter.params] };
}

/** Converts a numeric cell to a JS number, or null for SQL NULL. BIGINT and DECIMAL arrive as numbers or bigints. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  const number = Number(value);
  return Number.isNaN(number) ? null : number;
}

/** Converts a text cell to a string, or null for SQL NULL. */
export function toText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Returns the rows of `table` as plain objects keyed by column name. */
export function rowsOf(table: Table): Record<string, unknown>[] {
  return table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
}
