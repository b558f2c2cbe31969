// Header mapping: which header of the file feeds which canonical column.
import { ALIASES, SCORE_ALIASES, normalizeHeader } from './aliases.js';
import { IngestError } from './errors.js';
import { CANONICAL_TABLES } from './schema.js';
import type { HeaderMapping, LoadableTable } from './types.js';

/** Columns whose header must be present, per table. */
export const REQUIRED_COLUMNS: Readonly<Record<LoadableTable, readonly string[]>> = {
  orders: ['ro_no', 'order_date', 'total_amount'],
  customers: [],
  surveys: ['survey_date'],
  campaigns: ['campaign_id', 'start_date', 'end_date'],
};

/** For `customers`: at least one of these columns must be present, to build `customer_key`. */
export const REQUIRED_ANY: Readonly<Partial<Record<LoadableTable, readonly string[]>>> = {
  customers: ['customer_id', 'phone', 'customer_name'],
};

export interface ResolvedMapping {
  /** Canonical column → header in the file. */
  readonly columns: ReadonlyMap<string, string>;
  /** Score dimension → header in the file (surveys only). Numeric unmapped columns are added later. */
  readonly scores: ReadonlyMap<string, string>;
  /** Headers mapped to nothing, in file order (including those the host mapped to `null`). */
  readonly unmapped: readonly string[];
  /** Headers the host mapped to `null`: never read as a score. */
  readonly ignored: ReadonlySet<string>;
}

/**
 * Maps `headers` onto the canonical columns of `table`: the host's `mapping` first (exact header or
 * its normalised form), then the built-in aliases in order of preference. Throws an `IngestError`
 * naming the first required column that is missing and listing the headers found.
 */
export function resolveMapping(
  table: LoadableTable,
  headers: readonly string[],
  file: string,
  mapping: Readonly<Record<string, string | null>> = {},
): ResolvedMapping {
  const known = new Set(CANONICAL_TABLES[table].filter((column) => column.origin === 'source').map((column) => column.name));
  const columns = new Map<string, string>();
  const scores = new Map<string, string>();
  const claimed = new Set<string>();
  const ignored = new Set<string>();

  const byNormalized = new Map<string, string>();
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (!byNormalized.has(key)) byNormalized.set(key, header);
  }
  const find = (name: string): string | undefined => {
    const header = headers.includes(name) ? name : byNormalized.get(normalizeHeader(name));
    return header !== undefined && !claimed.has(header) ? header : undefined;
  };

  // The host's own mapping wins over every alias.
  for (const [name, target] of Object.entries(mapping)) {
    const header = find(name);
    if (header === undefined) continue;
    claimed.add(header);
    if (target === null) {
      ignored.add(header);
    } else if (known.has(target) && !columns.has(target)) {
      columns.set(target, header);
    } else if (table === 'surveys' && !known.has(target)) {
      scores.set(target, header);
    } else {
      throw new Error(`aftersales-widgets: mapping sends header "${name}" to "${target}", which is not a column of table ${table} or is already mapped.`);
    }
  }

  // Each column takes the header of its first alias that is present and not yet taken.
  const claimAliases = (aliasTable: Readonly<Record<string, readonly string[]>>, target: Map<string, string>) => {
    for (const [name, aliases] of Object.entries(aliasTable)) {
      if (target.has(name)) continue;
      const header = aliases.map(find).find((candidate) => candidate !== undefined);
      if (header === undefined) continue;
      target.set(name, header);
      claimed.add(header);
    }
  };
  claimAliases(ALIASES[table], columns);
  if (table === 'surveys') claimAliases(SCORE_ALIASES, scores);

  checkRequired(table, columns, headers, file);
  const unmapped = headers.filter((header) => !claimed.has(header) || ignored.has(header));
  return { columns, scores, unmapped, ignored };
}

function checkRequired(table: LoadableTable, columns: ReadonlyMap<string, string>, headers: readonly string[], file: string): void {
  const found = headers.join('、');
  for (const column of REQUIRED_COLUMNS[table]) {
    if (columns.has(column)) continue;
    const aliases = ALIASES[table][column].filter((alias) => /[^\x00-\x7f]/.test(alias)).join('、');
    throw new IngestError('missing-column', { file, column, aliases, headers: found });
  }
  const any = REQUIRED_ANY[table];
  if (any && !any.some((column) => columns.has(column))) {
    throw new IngestError('missing-column', { file, column: any.join(' / '), aliases: any.map((column) => ALIASES[table][column][1]).join('、'), headers: found });
  }
}

/** Lists the mapping for the report: one entry per mapped header, in file order. */
export function mappingEntries(resolved: ResolvedMapping, headers: readonly string[], extraScores: ReadonlyMap<string, string> = new Map()): HeaderMapping[] {
  const byHeader = new Map<string, string>();
  for (const [column, header] of resolved.columns) byHeader.set(header, column);
  for (const [dimension, header] of resolved.scores) byHeader.set(header, `survey_scores.${dimension}`);
  for (const [dimension, header] of extraScores) byHeader.set(header, `survey_scores.${dimension}`);
  return headers.filter((header) => byHeader.has(header)).map((header) => ({ header, column: byHeader.get(header)! }));
}
