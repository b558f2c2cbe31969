import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { downloadText } from '../../export/index.js';
import { getLocale, parseLocale, t, type Locale } from '../../i18n/index.js';
import { maskValue } from '../../ingest/mask.js';
import { rejectedTableName } from '../../ingest/pipeline-sql.js';
import { rejectedRowsCsv } from '../../ingest/rejected-csv.js';
import { QUALITY_REPORT_EVENT, latestReports } from '../../ingest/reports.js';
import type { LoadReport, RejectReason } from '../../ingest/types.js';
import { qualityReportStyles } from './styles.js';

/** Header of canonical `column` in the report's file, or the column name when it was not mapped. */
function headerOf(report: LoadReport, column: string): string {
  return report.mapping.find((entry) => entry.column === column)?.header ?? column;
}

/** Translates the two worded date format labels; patterns such as YYYY-MM-DD stay as they are. */
function dateFormatLabel(format: string, locale: Locale): string {
  const withTime = format.endsWith(' + time');
  const base = withTime ? format.slice(0, -' + time'.length) : format;
  let label = base;
  if (base === 'Excel serial') label = t('ingest.dateFormat.excelSerial', {}, locale);
  else if (base === 'unrecognised') label = t('ingest.dateFormat.unrecognised', {}, locale);
  return withTime ? t('ingest.dateFormat.withTime', { format: label }, locale) : label;
}

/** Canonical table name with its display name, e.g. "orders（工单）"; in English the two are the same word, shown once. */
function tableHeading(table: LoadReport['table'], locale: Locale): string {
  const label = t(`ingest.table.${table}`, {}, locale);
  return label === table ? table : t('common.withDetail', { label: table, detail: label }, locale);
}

const DELIMITER_KEYS = { ',': 'ingest.delimiter.comma', '\t': 'ingest.delimiter.tab', ';': 'ingest.delimiter.semicolon', '|': 'ingest.delimiter.pipe' } as const;

/**
 * Shows the quality reports of the latest loads on the page, newest first. Each lists rows read, loaded
 * and rejected, the count of each rejection reason and cleaning rule, empty values per column, date
 * formats, encoding, delimiter and header mapping. An expandable list shows the rejected rows, with a
 * CSV download. Personal data in rejected rows is masked, on screen and in the download.
 *
 * @summary Data quality report of the loaded files.
 * @csspart report - one report section per loaded file
 * @csspart rejected - the expandable list of rejected rows
 * @csspart download - the download button
 * @cssproperty --aftersales-quality-border - separator between reports
 */
export class DataQualityReportElement extends LitElement {
  static override styles = qualityReportStyles;

  /** Shows only loads into this canonical table (orders, customers, surveys, campaigns). */
  @property() table: string | null = null;
  /** Number of reports shown, newest first. */
  @property({ type: Number }) limit = 5;
  /** Language of the element: `zh-CN` or `en-US`. Without it, the page-wide locale applies. */
  @property({ reflect: true }) locale: string | null = null;
  /** Reports to show instead of the page's latest loads. */
  @property({ attribute: false }) reports: readonly LoadReport[] | null = null;

  @state() private pageReports: readonly LoadReport[] = latestReports();

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageReports = latestReports();
    document.addEventListener(QUALITY_REPORT_EVENT, this.onReport);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(QUALITY_REPORT_EVENT, this.onReport);
  }

  private readonly onReport = () => {
    this.pageReports = latestReports();
  };

  protected override render() {
    const locale = parseLocale(this.locale) ?? getLocale();
    const all = this.reports ?? this.pageReports;
    const shown = all.filter((report) => !this.table || report.table === this.table).slice(-Math.max(this.limit, 1)).reverse();
    return html`
      <h2>${t('ingest.report.title', {}, locale)}</h2>
      ${shown.length === 0 ? html`<p part="status">${t('ingest.report.empty', {}, locale)}</p>` : shown.map((report) => this.renderReport(report, locale))}
    `;
  }

  private renderReport(report: LoadReport, locale: Locale) {
    const number = (value: number) => new Intl.NumberFormat(locale).format(value);
    const reasons = (Object.entries(report.rejectedByReason) as [RejectReason, number][]).filter(([, count]) => count > 0);
    const missing = Object.entries(report.missingByColumn).filter(([, count]) => count > 0);
    const none = html`<p>${t('ingest.report.none', {}, locale)}</p>`;
    return html`
      <section part="report" data-table=${report.table} data-file=${report.sourceFile}>
        <h3>${report.sourceFile} → ${tableHeading(report.table, locale)}</h3>
        <dl>
          <dt>${t('ingest.report.rowsRead', {}, locale)}</dt><dd data-count="rows-read">${number(report.rowsRead)}</dd>
          <dt>${t('ingest.report.rowsLoaded', {}, locale)}</dt><dd data-count="rows-loaded">${number(report.rowsLoaded)}</dd>
          <dt>${t('ingest.report.rowsRejected', {}, locale)}</dt><dd data-count="rows-rejected">${number(report.rowsRejected)}</dd>
          <dt>${t('ingest.report.duplicates', {}, locale)}</dt><dd data-count="duplicates">${number(report.duplicates)}</dd>
          ${report.table === 'orders'
            ? html`<dt>${t('ingest.report.cancelled', {}, locale)}</dt><dd data-count="cancelled">${number(report.cancelledOrders)}</dd>`
            : nothing}
          <dt>${t('ingest.report.format', {}, locale)}</dt><dd>${report.format === 'csv' ? 'CSV' : 'Parquet'}</dd>
          ${report.encoding ? html`<dt>${t('ingest.report.encoding', {}, locale)}</dt><dd>${t(`ingest.encoding.${report.encoding}`, {}, locale)}</dd>` : nothing}
          ${report.delimiter && report.delimiter in DELIMITER_KEYS
            ? html`<dt>${t('ingest.report.delimiter', {}, locale)}</dt><dd>${t(DELIMITER_KEYS[report.delimiter as keyof typeof DELIMITER_KEYS], {}, locale)}</dd>`
            : nothing}
        </dl>

        <h3>${t('ingest.report.reasons', {}, locale)}</h3>
        ${reasons.length === 0
          ? none
          : this.countTable(t('ingest.report.reason', {}, locale), reasons.map(([reason, count]) => [t(`ingest.reason.${reason}`, {}, locale), count]), locale, 'reason')}

        <h3>${t('ingest.report.cleaning', {}, locale)}</h3>
        ${report.cleaning.length === 0
          ? none
          : this.countTable(
              t('ingest.report.rule', {}, locale),
              report.cleaning.map((entry) => [t('common.withDetail', { label: t(`ingest.rule.${entry.rule}`, {}, locale), detail: headerOf(report, entry.column) }, locale), entry.count]),
              locale,
              'rule',
            )}

        <h3>${t('ingest.report.missing', {}, locale)}</h3>
        ${missing.length === 0
          ? none
          : this.countTable(t('ingest.report.column', {}, locale), missing.map(([column, count]) => [headerOf(report, column), count]), locale, 'missing')}

        <h3>${t('ingest.report.dateFormats', {}, locale)}</h3>
        ${report.dateFormats.length === 0
          ? none
          : this.countTable(
              t('ingest.report.column', {}, locale),
              report.dateFormats.map((entry) => [t('common.labelValue', { label: headerOf(report, entry.column), value: dateFormatLabel(entry.format, locale) }, locale), entry.count]),
              locale,
              'date-format',
            )}

        <h3>${t('ingest.report.mapping', {}, locale)}</h3>
        <table>
          <thead><tr><th>${t('ingest.report.header', {}, locale)}</th><th>${t('ingest.report.canonical', {}, locale)}</th></tr></thead>
          <tbody>${report.mapping.map((entry) => html`<tr><td>${entry.header}</td><td>${entry.column}</td></tr>`)}</tbody>
        </table>
        ${report.scoreDimensions.length
          ? html`<h3>${t('ingest.report.scores', {}, locale)}</h3>
              <ul>${report.scoreDimensions.map((score) => html`<li>${score.header} → ${score.dimension}: ${score.scaleMin}–${score.scaleMax}</li>`)}</ul>`
          : nothing}
        <h3>${t('ingest.report.unmapped', {}, locale)}</h3>
        ${report.unmappedHeaders.length === 0 ? none : html`<p data-list="unmapped">${report.unmappedHeaders.join('、')}</p>`}

        ${report.rowsRejected > 0 ? this.renderRejected(report, locale) : nothing}
      </section>
    `;
  }

  private countTable(label: string, rows: readonly (readonly [string, number])[], locale: Locale, kind: string) {
    const number = new Intl.NumberFormat(locale);
    return html`<table data-table=${kind}>
      <thead><tr><th>${label}</th><th>${t('ingest.report.count', {}, locale)}</th></tr></thead>
      <tbody>${rows.map(([name, count]) => html`<tr><td>${name}</td><td class="number">${number.format(count)}</td></tr>`)}</tbody>
    </table>`;
  }

  private renderRejected(report: LoadReport, locale: Locale) {
    const shown = report.rejectedRows.length;
    return html`<details part="rejected">
      <summary>${t('ingest.report.rejectedRows', { count: report.rowsRejected }, locale)}</summary>
      <p>${t('ingest.report.masked', {}, locale)}
        ${shown < report.rowsRejected
          ? t('ingest.report.rejectedMore', { shown, count: report.rowsRejected, table: rejectedTableName(report.table) }, locale)
          : nothing}</p>
      <table data-table="rejected">
        <thead><tr>
          <th>${t('ingest.report.file', {}, locale)}</th><th>${t('ingest.report.row', {}, locale)}</th>
          <th>${t('ingest.report.column', {}, locale)}</th><th>${t('ingest.report.reason', {}, locale)}</th>
          <th>${t('ingest.report.value', {}, locale)}</th>
        </tr></thead>
        <tbody>${report.rejectedRows.map(
          (row) => html`<tr>
            <td>${row.sourceFile}</td><td class="number">${row.sourceRow}</td>
            <td>${row.header ? t('common.withDetail', { label: row.header, detail: row.column }, locale) : row.column}</td>
            <td>${t(`ingest.reason.${row.reason}`, {}, locale)}</td>
            <td>${maskValue(row.column, row.value) ?? ''}</td>
          </tr>`,
        )}</tbody>
      </table>
      <button type="button" part="download" @click=${() => this.download(report)}>${t('ingest.report.download', {}, locale)}</button>
    </details>`;
  }

  /** Saves the report's rejected rows, masked, as `<file>-rejected.csv`. */
  private download(report: LoadReport): void {
    downloadText(rejectedRowsCsv(report.rejectedRows), `${report.sourceFile.replace(/\.[^.]*$/, '')}-rejected.csv`);
  }
}
