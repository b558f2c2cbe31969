import { t, type Locale, type MessageKey, type MessageParams } from '../i18n/index.js';

/** Why a load failed as a whole (a bad row does not fail the load: it is rejected with a reason). */
export type IngestErrorCode =
  /** A required column was not found among the headers. */
  | 'missing-column'
  /** A survey file has no score column. */
  | 'missing-scores'
  /** The URL could not be fetched, or the File could not be read. */
  | 'read-failed'
  /** The file has no header line or no bytes. */
  | 'empty-file'
  /** DuckDB could not parse the CSV text. */
  | 'parse-failed'
  /** The Parquet file could not be decoded. */
  | 'parquet-failed'
  /** The load was aborted through its signal. */
  | 'aborted';

const MESSAGE_KEYS: Record<IngestErrorCode, MessageKey> = {
  'missing-column': 'ingest.error.missingColumn',
  'missing-scores': 'ingest.error.missingScores',
  'read-failed': 'ingest.error.readFailed',
  'empty-file': 'ingest.error.emptyFile',
  'parse-failed': 'ingest.error.parseFailed',
  'parquet-failed': 'ingest.error.parquetFailed',
  aborted: 'ingest.error.aborted',
};

/**
 * A load that failed as a whole. `message` is in the page's active locale; `localize(locale)` gives it
 * in another one. `params` names the file and, where it applies, the column and the headers found.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly code: IngestErrorCode,
    readonly params: MessageParams,
    /** Untranslated cause (DuckDB's or the browser's message), for the embedding developer. */
    readonly detail = '',
  ) {
    super(t(MESSAGE_KEYS[code], withLocation(code, params)));
  }

  /** Returns the message in `locale`. */
  localize(locale?: Locale): string {
    return t(MESSAGE_KEYS[this.code], withLocation(this.code, this.params, locale), locale);
  }
}

// A parse error names the line DuckDB reported, in the message's own language.
function withLocation(code: IngestErrorCode, params: MessageParams, locale?: Locale): MessageParams {
  if (code !== 'parse-failed') return params;
  const where = params.line ? t('ingest.error.nearLine', { line: params.line }, locale) : t('ingest.error.unknownLine', {}, locale);
  return { ...params, where };
}
