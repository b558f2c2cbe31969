// The plan of one load: which header feeds which column, how each column is cleaned, and the names of
// the temporary tables. SQL builders in pipeline-sql.ts and report-sql.ts read it.
import { quoteIdentifier, type SqlParam } from '../engine/index.js';
import type { ResolvedMapping } from './mapping.js';
import { CANONICAL_TABLES, type ColumnSpec } from './schema.js';
import type { DateOrder, DateRange, LoadableTable } from './types.js';

/** A survey question read from one column. */
export interface ScoreColumn {
  /** Canonical dimension (attitude, speed, quality, price, facility, delivery, overall, recommend) or the header. */
  readonly dimension: string;
  readonly header: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
}

export interface LoadPlan {
  readonly table: LoadableTable;
  readonly sourceFile: string;
  /** Temporary table with the file's columns, all VARCHAR, plus `__source_row`. */
  readonly stage: string;
  /** Temporary table with the cleaned values and the reason of each rejected row. */
  readonly checked: string;
  /** Temporary table with this load's rejected rows, in the layout of `<table>_rejected`. */
  readonly rejected: string;
  /** Every header of the file, in order. */
  readonly headers: readonly string[];
  readonly mapping: ResolvedMapping;
  readonly scores: readonly ScoreColumn[];
  readonly dateOrder: DateOrder | undefined;
  /** Dates outside this window are rejected; the bounds are checked YYYY-MM-DD dates. */
  readonly dateRange: DateRange;
}

/** Collects bound parameters as DuckDB's numbered `$n` placeholders, so SQL can be built in any order. */
export class Params {
  readonly values: SqlParam[] = [];

  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Source columns of the plan's table that a header feeds, in schema order. */
export function mappedColumns(plan: LoadPlan): ColumnSpec[] {
  return CANONICAL_TABLES[plan.table].filter((column) => column.origin === 'source' && plan.mapping.columns.has(column.name));
}

/** Source columns of the plan's table (mapped or not), in schema order. */
export function sourceColumns(plan: LoadPlan): ColumnSpec[] {
  return CANONICAL_TABLES[plan.table].filter((column) => column.origin === 'source');
}

// Names of the intermediate columns of the checked table. The colon keeps them apart from headers.
export const raw = (column: string): string => quoteIdentifier(`r:${column}`);
export const value = (column: string): string => quoteIdentifier(`v:${column}`);
export const dateLabel = (column: string): string => quoteIdentifier(`k:${column}`);
export const timeFlag = (column: string): string => quoteIdentifier(`t:${column}`);
/** Trimmed text with full-width characters made half-width. */
export const halfWidthText = (column: string): string => quoteIdentifier(`h:${column}`);
/** Date part of a date column (before any time). */
export const datePartText = (column: string): string => quoteIdentifier(`p:${column}`);
/** Digits of an amount or count column, without signs or units. */
export const digitsText = (column: string): string => quoteIdentifier(`d:${column}`);
/** Whether an amount or count column is in units of 万. */
export const wanFlag = (column: string): string => quoteIdentifier(`w:${column}`);
/** Whether the file's value had spaces around it. */
export const trimmedFlag = (column: string): string => quoteIdentifier(`x:${column}`);
/** Whether the phone was exported masked. */
export const maskedFlag = (column: string): string => quoteIdentifier(`m:${column}`);
export const scoreRaw = (index: number): string => quoteIdentifier(`r:score:${index}`);
export const scoreValue = (index: number): string => quoteIdentifier(`v:score:${index}`);
export const REASON = quoteIdentifier('__reason');
export const REASON_COLUMN = quoteIdentifier('__column');
export const SOURCE_ROW = quoteIdentifier('__source_row');
