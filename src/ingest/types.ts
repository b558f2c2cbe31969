import type { CanonicalTableName } from './schema.js';

/** Tables a file can be loaded into; `survey_scores` is filled from the score columns of `surveys`. */
export type LoadableTable = Exclude<CanonicalTableName, 'survey_scores'>;

/** Source of `loadTable`: a URL (same origin), a File, a Blob, or bytes. */
export type LoadSource = string | URL | Blob | Uint8Array | ArrayBuffer;

/** Order of day and month in year-last dates such as 03/04/2024 or 8/28/24. */
export type DateOrder = 'MDY' | 'DMY';

/** Inclusive window of plausible dates, each bound written as YYYY-MM-DD. */
export interface DateRange {
  readonly min: string;
  readonly max: string;
}

/** A score scale as `[min, max]`, e.g. `[1, 5]` or `[0, 10]`. */
export type ScoreScale = readonly [number, number];

/** Reason code of a rejected row. Each rejected row carries exactly one reason and the column it concerns. */
export type RejectReason =
  | 'missing_required'
  | 'invalid_date'
  | 'ambiguous_date'
  | 'date_out_of_range'
  | 'invalid_amount'
  | 'invalid_number'
  | 'score_out_of_range'
  | 'malformed_record'
  | 'duplicate';

export const REJECT_REASONS: readonly RejectReason[] = [
  'missing_required',
  'invalid_date',
  'ambiguous_date',
  'date_out_of_range',
  'invalid_amount',
  'invalid_number',
  'score_out_of_range',
  'malformed_record',
  'duplicate',
];

/** Stage of a load, reported with each progress callback. */
export type LoadPhase = 'reading' | 'parsing' | 'cleaning' | 'done';

export interface LoadProgress {
  readonly phase: LoadPhase;
  /** Bytes received so far. */
  readonly loaded: number;
  /** Total bytes when known (Content-Length, Blob size), else undefined. */
  readonly total?: number;
}

export interface LoadOptions {
  /** Canonical table to fill. Default `orders`. */
  readonly table?: LoadableTable;
  /**
   * Extra header mapping, export header → canonical column; it wins over the built-in aliases.
   * Map a header to `null` to ignore that column (for example a numeric survey column that is no score).
   */
  readonly mapping?: Readonly<Record<string, string | null>>;
  /** Declares the order of year-last dates; without it such dates are rejected as ambiguous. */
  readonly dateOrder?: DateOrder;
  /**
   * Window of plausible dates (inclusive, YYYY-MM-DD) for every date column. A row with a date
   * outside it is rejected as `date_out_of_range`. Default: `min` 1990-01-01, `max` one year after
   * the browser's local date on the day of the load.
   */
  readonly dateRange?: Partial<DateRange>;
  /** Adds the rows to the table instead of replacing it. Default false. */
  readonly append?: boolean;
  /** File name shown in the report and stored in `source_file`; defaults to the URL or File name. */
  readonly fileName?: string;
  /** Forces the format instead of detecting it (Parquet files start with the bytes `PAR1`). */
  readonly format?: 'csv' | 'parquet';
  /** Forces the CSV delimiter instead of detecting it from the header line. */
  readonly delimiter?: ',' | '\t' | ';' | '|';
  /** Survey scales per dimension (canonical name or the export's header), e.g. `{ overall: [0, 100] }`. */
  readonly scales?: Readonly<Record<string, ScoreScale>>;
  /** Called as bytes arrive and as the load moves through its phases. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Aborting stops reading the source and rejects the load. */
  readonly signal?: AbortSignal;
}

/** One header of the file and the canonical column it was mapped to. */
export interface HeaderMapping {
  readonly header: string;
  readonly column: string;
}

/** A count for one cleaning rule, e.g. `{ rule: 'amount_wan', column: 'total_amount', count: 3 }`. */
export interface CleaningCount {
  readonly rule: CleaningRule;
  readonly column: string;
  readonly count: number;
}

/** Cleaning rules that the report counts; each counts values changed or flagged by that rule. */
export type CleaningRule =
  | 'text_trimmed'
  | 'date_excel_serial'
  | 'date_with_time'
  | 'amount_currency_symbol'
  | 'amount_thousands_separator'
  | 'amount_unit_yuan'
  | 'amount_unit_wan'
  | 'fullwidth_characters'
  | 'id_excel_damaged'
  | 'plate_normalised'
  | 'phone_prefix_removed'
  | 'phone_masked'
  | 'phone_not_mobile'
  | 'vin_invalid';

/** One rejected row: where it is in the file, why, and the raw text of each mapped column. */
export interface RejectedRow {
  readonly sourceFile: string;
  /** 1-based data record number (the header is not counted). */
  readonly sourceRow: number;
  /** Canonical column the reason concerns; empty for `duplicate` and `malformed_record`. */
  readonly column: string;
  /** Header of that column in the file. */
  readonly header: string;
  readonly reason: RejectReason;
  /** The offending raw value (the whole line for `malformed_record`). */
  readonly value: string | null;
  /** Raw text per canonical column, unmasked. Mask before showing (see `maskValue`). */
  readonly values: Readonly<Record<string, string | null>>;
}

/** Date format seen in a date column, with how many values had it. */
export interface DateFormatCount {
  readonly column: string;
  /** A label such as `YYYY-MM-DD`, `YYYY年M月D日`, `Excel serial`, `M/D/Y`; `+ time` when a time follows. */
  readonly format: string;
  readonly count: number;
}

/** Everything known about one load: returned by `loadTable` and shown by `<data-quality-report>`. */
export interface LoadReport {
  readonly table: LoadableTable;
  readonly sourceFile: string;
  readonly format: 'csv' | 'parquet';
  /** Detected text encoding; null for Parquet. */
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'gb18030' | null;
  /** Detected or forced delimiter; null for Parquet. */
  readonly delimiter: string | null;
  readonly bytes: number;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly rejectedByReason: Readonly<Record<RejectReason, number>>;
  /** The window of plausible dates that this load applied. */
  readonly dateRange: DateRange;
  /** Empty values per canonical column among the rows read (an unmapped column is not listed). */
  readonly missingByColumn: Readonly<Record<string, number>>;
  /** Rows rejected as exact duplicates of an earlier record. */
  readonly duplicates: number;
  /** Loaded orders whose status is 作废, 取消 or 已取消 (0 for other tables). */
  readonly cancelledOrders: number;
  readonly dateFormats: readonly DateFormatCount[];
  readonly cleaning: readonly CleaningCount[];
  readonly mapping: readonly HeaderMapping[];
  readonly unmappedHeaders: readonly string[];
  /** For surveys: each score dimension found and its scale. */
  readonly scoreDimensions: readonly { dimension: string; header: string; scaleMin: number; scaleMax: number }[];
  /** The first rejected rows (at most `REJECTED_ROWS_IN_REPORT`); all of them are in `<table>_rejected`. */
  readonly rejectedRows: readonly RejectedRow[];
  readonly append: boolean;
  readonly loadedAt: string;
  readonly durationMs: number;
}
