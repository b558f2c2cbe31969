import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getLocale, parseLocale, t, type Locale } from '../../i18n/index.js';
import { IngestError } from '../../ingest/errors.js';
import { loadTable } from '../../ingest/load.js';
import type { DateOrder, LoadOptions, LoadProgress, LoadReport, LoadSource, LoadableTable, ScoreScale } from '../../ingest/types.js';
import { logger } from '../../logger.js';
import { DataErrorEvent, DataLoadEvent, DataProgressEvent } from './events.js';
import { aftersalesDataStyles } from './styles.js';

/** State of the element, reflected as the `status` attribute: idle, loading, loaded or error. */
export type DataStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * Loads a dealer's CSV or Parquet export into a canonical table, declaratively:
 * `<aftersales-data src="data/orders.csv" table="orders"></aftersales-data>`. It loads when connected
 * and whenever `src` changes, shows progress and then the result or a translated error, and lets the
 * user pick or drop another file. A newer load supersedes an older one still running.
 *
 * @summary Loads a CSV or Parquet file into a canonical table.
 * @fires data-load - `DataLoadEvent` with the quality report, after a load succeeded
 * @fires data-progress - `DataProgressEvent` as bytes arrive and the load moves on
 * @fires data-error - `DataErrorEvent` with the error and the message shown
 * @csspart dropzone - the file picker and drop target
 * @csspart status - the progress, result or error line
 * @cssproperty --aftersales-data-border - border colour of the drop target
 */
export class AftersalesDataElement extends LitElement {
  static override styles = aftersalesDataStyles;

  /** URL of the file (same origin), loaded on connect and on every change. */
  @property() src: string | null = null;
  /** Canonical table to fill: orders (default), customers, surveys or campaigns. */
  @property() table: LoadableTable = 'orders';
  /** Order of day and month in year-last dates: `MDY` or `DMY`. Without it those dates are rejected. */
  @property({ attribute: 'date-order' }) dateOrder: DateOrder | null = null;
  /** JSON object mapping the file's headers to canonical columns, e.g. `{"单号": "ro_no"}`. */
  @property() mapping: string | null = null;
  /** JSON object of survey scales per dimension, e.g. `{"overall": [0, 100]}`. */
  @property() scales: string | null = null;
  /** Adds the rows to the table instead of replacing it (attribute `append`; `append` is a DOM method). */
  @property({ type: Boolean, attribute: 'append' }) appendRows = false;
  /** Language of the element: `zh-CN` or `en-US`. Without it, the page-wide locale applies. */
  @property({ reflect: true }) locale: string | null = null;
  /** Current state; also reflected as the `status` attribute. */
  @property({ reflect: true }) status: DataStatus = 'idle';

  /** The report of the latest successful load. */
  @state() report: LoadReport | undefined;
  @state() private progress: LoadProgress | undefined;
  @state() private error: unknown;
  @state() private fileName = '';

  private loadNumber = 0;
  private controller: AbortController | undefined;
  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('dragleave', this.onDragLeave);
    this.removeEventListener('drop', this.onDrop);
    this.controller?.abort();
  }

  // The load starts in willUpdate, not updated: load() sets the status and file name before its first
  // await, and properties set in willUpdate join the current update instead of forcing another one.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src) void this.load(this.src);
  }

  /**
   * Loads `source` (a URL, File, Blob or bytes) with the element's options. Resolves with the report,
   * or undefined when the load failed or a newer one replaced it; it never rejects.
   */
  async load(source: LoadSource): Promise<LoadReport | undefined> {
    const number = ++this.loadNumber;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.fileName = '';
    if (source instanceof File) this.fileName = source.name;
    else if (typeof source === 'string') this.fileName = source.split('/').pop() ?? source;
    this.setStatus('loading');
    this.progress = undefined;
    this.error = undefined;

    try {
      const options: LoadOptions = {
        table: this.table,
        dateOrder: this.dateOrder ?? undefined,
        mapping: parseJson<Record<string, string | null>>(this.mapping, 'mapping'),
        scales: parseJson<Record<string, ScoreScale>>(this.scales, 'scales'),
        append: this.appendRows,
        signal: controller.signal,
        onProgress: (progress) => {
          if (number !== this.loadNumber) return;
          this.progress = progress;
          this.dispatchEvent(new DataProgressEvent(progress));
        },
      };
      const report = await loadTable(source, options);
      if (number !== this.loadNumber) return undefined;
      this.report = report;
      this.fileName = report.sourceFile;
      this.setStatus('loaded');
      this.dispatchEvent(new DataLoadEvent(report));
      return report;
    } catch (error) {
      if (number !== this.loadNumber) return undefined;
      this.error = error;
      this.setStatus('error');
      logger.warn('<aftersales-data> could not load its file.', error);
      this.dispatchEvent(new DataErrorEvent(error, this.errorMessage(this.activeLocale)));
      return undefined;
    }
  }

  protected get activeLocale(): Locale {
    return parseLocale(this.locale) ?? getLocale();
  }

  protected override render() {
    const locale = this.activeLocale;
    return html`
      <label part="dropzone">
        <input type="file" accept=".csv,.tsv,.txt,.parquet,text/csv" @change=${this.onPick} />
        <span>${t('ingest.data.pick', {}, locale)}</span>
      </label>
      ${this.renderStatus(locale)}
    `;
  }

  private renderStatus(locale: Locale) {
    if (this.status === 'loading') {
      const progress = this.progress;
      const known = progress?.total !== undefined && progress.phase === 'reading';
      const percent = known ? `${Math.floor((100 * progress.loaded) / progress.total!)}%` : '';
      const text =
        progress?.phase === 'cleaning' || progress?.phase === 'parsing'
          ? t('ingest.data.cleaning', { file: this.fileName }, locale)
          : known
            ? t('ingest.data.reading', { file: this.fileName, percent }, locale)
            : t('ingest.data.readingBytes', { file: this.fileName, loaded: formatBytes(progress?.loaded ?? 0, locale) }, locale);
      return html`<div part="status" role="status" data-kind="loading">
        <progress max=${known ? progress.total! : nothing} value=${known ? progress.loaded : nothing}></progress>
        <span>${text}</span>
      </div>`;
    }
    if (this.status === 'error') {
      return html`<div part="status" role="alert" data-kind="error">${t('ingest.data.failed', { message: this.errorMessage(locale) }, locale)}</div>`;
    }
    if (this.status === 'loaded' && this.report) {
      const report = this.report;
      const text = t(
        'ingest.data.loaded',
        {
          file: report.sourceFile,
          table: t(`ingest.table.${report.table}`, {}, locale),
          loaded: formatNumber(report.rowsLoaded, locale),
          rejected: formatNumber(report.rowsRejected, locale),
          read: formatNumber(report.rowsRead, locale),
        },
        locale,
      );
      return html`<div part="status" role="status" data-kind="loaded">${text}</div>`;
    }
    return nothing;
  }

  private errorMessage(locale: Locale): string {
    const error = this.error;
    if (error instanceof IngestError) return error.localize(locale);
    if (error instanceof AttributeError) return t('ingest.data.badAttribute', { attribute: error.attribute, detail: error.message }, locale);
    return error instanceof Error ? error.message : String(error);
  }

  private setStatus(status: DataStatus): void {
    this.status = status;
    try {
      for (const name of ['idle', 'loading', 'loaded', 'error']) this.internals.states.delete(name);
      this.internals.states.add(status);
    } catch {
      // Browsers without CustomStateSet still get the `status` attribute.
    }
  }

  private readonly onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.load(file);
    input.value = '';
  };

  private readonly onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.toggleDragState(true);
  };

  private readonly onDragLeave = () => this.toggleDragState(false);

  private readonly onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    this.toggleDragState(false);
    if (!file) return;
    event.preventDefault();
    void this.load(file);
  };

  private toggleDragState(on: boolean): void {
    try {
      if (on) this.internals.states.add('dragover');
      else this.internals.states.delete('dragover');
    } catch {
      // No CustomStateSet: the drop still works, only the highlight is missing.
    }
  }
}

/** An attribute whose value is not valid JSON of the expected shape. */
class AttributeError extends Error {
  constructor(
    readonly attribute: string,
    message: string,
  ) {
    super(message);
  }
}

function parseJson<T>(text: string | null, attribute: string): T | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AttributeError(attribute, error instanceof Error ? error.message : String(error));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AttributeError(attribute, `expected a JSON object, got ${text}`);
  }
  return value as T;
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

function formatBytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_048_576);
}
