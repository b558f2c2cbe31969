import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Table } from 'apache-arrow';
import {
  DEFAULT_LOW_SCORE_RULE,
  RESPONSE_RATE_FILTER_FIELDS,
  SATISFACTION_FILTER_FIELDS,
  lowScoreQuery,
  meanScoresQuery,
  npsQuery,
  orderLinkQuery,
  orderLinkTableName,
  readDistribution,
  readKeys,
  readLowScores,
  readMeanScores,
  readNps,
  readResponseRate,
  readSummary,
  respondentKeysQuery,
  responseRateQuery,
  scoreDistributionQuery,
  summaryQuery,
  type DistributionBar,
  type DistributionRow,
  type LowScoreRow,
  type MeanScoreRow,
  type NpsResult,
  type ResponseRateResult,
  type SatisfactionScope,
  type ScoreBreakdown,
  type ScoreScale,
  type SummaryResult,
} from '../../analyses/satisfaction.js';
import { labelPlotGroups, makeMarksInteractive, setPart } from '../../charts/interaction.js';
import { readTheme } from '../../charts/theme.js';
import { DATA_CHANGE_EVENT, isTableLoaded, tableVersion, type DataChangeEvent } from '../../data/state.js';
import { getEngine, type Query } from '../../engine/index.js';
import { compileFilters } from '../../filters/sql.js';
import type { FilterClause } from '../../filters/types.js';
import { formatCount, formatMonth, formatPercent } from '../../format/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { AnalysisElement, type DefinitionEntry, type RenderContext } from '../base/index.js';
import { distributionChart, groupByScale, meanBarChart, meanTrendChart } from './charts.js';
import { downloadText, toCsv } from '../../export/index.js';
import { channelLabel, dimensionLabel, dimensionScaleLabel, formatScore } from './labels.js';
import { maskDigitRuns, maskName, maskPhone } from '../../privacy/index.js';
import { satisfactionPanelStyles } from './styles.js';

/** Everything `<satisfaction-panel>` draws for one set of filters. */
export interface SatisfactionResult {
  readonly scale: ScoreScale;
  readonly breakdown: ScoreBreakdown;
  readonly means: readonly MeanScoreRow[];
  readonly distribution: readonly DistributionRow[];
  readonly nps: NpsResult;
  readonly summary: SummaryResult;
  readonly lowScores: readonly LowScoreRow[];
  /** Null when no `orders` table is loaded. */
  readonly responseRate: ResponseRateResult | null;
}

const SCALES: readonly ScoreScale[] = ['own', 'normalized'];

const BREAKDOWNS: readonly ScoreBreakdown[] = ['none', 'channel', 'month'];

const DEFINITIONS: readonly DefinitionEntry[] = [
  { term: 'satisfaction.def.mean.term', definition: 'satisfaction.def.mean.definition' },
  { term: 'satisfaction.def.normalized.term', definition: 'satisfaction.def.normalized.definition' },
  { term: 'satisfaction.def.nps.term', definition: 'satisfaction.def.nps.definition' },
  { term: 'satisfaction.def.response.term', definition: 'satisfaction.def.response.definition' },
  { term: 'satisfaction.def.linking.term', definition: 'satisfaction.def.linking.definition' },
];

const sameBar = (a: DistributionBar | undefined, b: DistributionBar): boolean =>
  a !== undefined && a.dimension === b.dimension && a.scaleMin === b.scaleMin && a.scaleMax === b.scaleMax && a.value === b.value;

/**
 * Satisfaction and call-back results (满意度 / 回访). The widget shows the mean score per dimension on
 * each question's own scale or on the 0–100 form, per channel or per month. It also shows the score
 * distribution, NPS, the response rate and a low-score follow-up list with masked personal data,
 * exportable as CSV. Reads `surveys` and
 * `survey_scores`, and `orders` when loaded (to apply order-level filters and compute the response rate).
 * Clicking a distribution bar (or Enter/Space on it) filters the other widgets of the group to the
 * customers who gave that score (field `customer_key`). Clicking it again clears the selection.
 *
 * @summary Satisfaction: mean scores, distribution, NPS, response rate and low-score follow-up.
 * @fires ready - after the latest result is drawn
 * @fires analysis-error - when the analysis cannot be shown
 * @csspart chart - each chart
 * @csspart legend - the colour legends
 * @csspart tooltip - chart tooltips
 * @csspart table - the tables of figures and of low-score surveys
 * @csspart scale - the own-scale / 0–100 switch
 * @csspart kpis - the tiles with surveys, NPS and response rate
 * @csspart export - the CSV export button
 */
export class SatisfactionPanelElement extends AnalysisElement<SatisfactionResult> {
  static override styles = [...AnalysisElement.styles, satisfactionPanelStyles];

  /** Scale of the figures: `own` (each question's declared scale, default) or `normalized` (0–100). */
  @property({ reflect: true }) scale: ScoreScale = 'own';

  /** Breakdown of the mean scores: `none` (per dimension, default), `channel` or `month`. */
  @property({ reflect: true }) breakdown: ScoreBreakdown = 'none';

  /** A score below this on the 0–100 form puts its survey on the follow-up list (default 60). */
  @property({ type: Number, attribute: 'low-score-below' }) lowScoreBelow = DEFAULT_LOW_SCORE_RULE.below100;

  /** A 0–10 recommendation score at or below this puts its survey on the follow-up list (default 6). */
  @property({ type: Number, attribute: 'low-recommend-at-most' }) lowRecommendAtMost = DEFAULT_LOW_SCORE_RULE.recommendAtMost;

  /** Rows of the low-score list drawn on screen, newest first (default 200); the CSV contains every row. */
  @property({ type: Number, attribute: 'low-score-rows' }) lowScoreRows = 200;

  /** The embedding page's opt-in to show names, phones and comments unmasked (also in the CSV). */
  @property({ type: Boolean, reflect: true }) unmasked = false;

  protected readonly requiredTables = ['surveys', 'survey_scores'];
  protected readonly filterFields = SATISFACTION_FILTER_FIELDS;

  private scope: SatisfactionScope = { ordersLoaded: false };
  private selectedBar: DistributionBar | undefined;
  private latestResult: SatisfactionResult | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(DATA_CHANGE_EVENT, this.onOrdersChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(DATA_CHANGE_EVENT, this.onOrdersChange);
  }

  // `orders` is optional, so the base class does not watch it: a reload changes the response rate and
  // which surveys have a matching order.
  private onOrdersChange = (event: DataChangeEvent): void => {
    if (event.tables.includes('orders')) this.refresh();
  };

  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    this.checkAttributes();
    const ordersLoaded = isTableLoaded('orders');
    const orderLink = ordersLoaded ? orderLinkTableName(tableVersion('orders'), tableVersion('surveys')) : undefined;
    this.scope = { ordersLoaded, orderLink, filter: compileFilters(filters, { ...SATISFACTION_FILTER_FIELDS }) };
    const rule = { below100: this.lowScoreBelow, recommendAtMost: this.lowRecommendAtMost };

    // With orders, the batch first builds the link table (once per data load), so `readResult` gets
    // seven tables with orders and five without.
    const queries = [
      ...(orderLink === undefined ? [] : [orderLinkQuery(orderLink)]),
      meanScoresQuery(this.scope, this.scale, this.breakdown),
      scoreDistributionQuery(this.scope, this.scale),
      npsQuery(this.scope),
      summaryQuery(this.scope),
      lowScoreQuery(this.scope, rule),
    ];
    if (ordersLoaded) queries.push(responseRateQuery(compileFilters(filters, { ...RESPONSE_RATE_FILTER_FIELDS })));
    return queries;
  }

  private checkAttributes(): void {
    if (!SCALES.includes(this.scale)) {
      throw new Error(`<satisfaction-panel>: attribute "scale" must be "own" or "normalized", got ${JSON.stringify(this.scale)}.`);
    }
    if (!BREAKDOWNS.includes(this.breakdown)) {
      throw new Error(`<satisfaction-panel>: attribute "breakdown" must be "none", "channel" or "month", got ${JSON.stringify(this.breakdown)}.`);
    }
    if (!isInRange(this.lowScoreBelow, 0, 100)) {
      throw new Error(`<satisfaction-panel>: attribute "low-score-below" must be a number from 0 to 100, got ${JSON.stringify(this.lowScoreBelow)}.`);
    }
    if (!Number.isInteger(this.lowScoreRows) || this.lowScoreRows < 0) {
      throw new Error(`<satisfaction-panel>: attribute "low-score-rows" must be a whole number of at least 0, got ${JSON.stringify(this.lowScoreRows)}.`);
    }
    if (!isInRange(this.lowRecommendAtMost, 0, 10)) {
      throw new Error(`<satisfaction-panel>: attribute "low-recommend-at-most" must be a number from 0 to 10, got ${JSON.stringify(this.lowRecommendAtMost)}.`);
    }
  }

  protected readResult(tables: readonly Table[]): SatisfactionResult {
    const withOrders = tables.length === 7;
    const [means, distribution, nps, summary, lowScores, responseRate] = withOrders ? tables.slice(1) : tables;
    const result: SatisfactionResult = {
      scale: this.scale,
      breakdown: this.breakdown,
      means: readMeanScores(means),
      distribution: readDistribution(distribution),
      nps: readNps(nps),
      summary: readSummary(summary),
      lowScores: readLowScores(lowScores),
      responseRate: withOrders ? readResponseRate(responseRate) : null,
    };
    this.latestResult = result;
    return result;
  }

  protected isEmptyResult(result: SatisfactionResult): boolean {
    return result.summary.answers === 0;
  }

  protected heading(locale: Locale): string {
    return t('satisfaction.heading', {}, locale);
  }

  protected override renderDependencies(): readonly unknown[] {
    return [this.unmasked, this.lowScoreRows];
  }

  protected definitions(): readonly DefinitionEntry[] {
    const low: DefinitionEntry = {
      term: 'satisfaction.def.low.term',
      definition: 'satisfaction.def.low.definition',
      params: { below: this.lowScoreBelow, recommendAtMost: this.lowRecommendAtMost },
    };
    return [...DEFINITIONS, low];
  }

  /**
   * Returns the low-score follow-up list of the latest result as CSV text (UTF-8 with BOM). Names, phones
   * and phone numbers inside comments are masked unless `unmasked` is set. Empty before the first result.
   */
  lowScoreCsv(locale: Locale = this.activeLocale): string {
    if (!this.latestResult) return '';
    const rows = this.latestResult.lowScores;
    const header = (['date', 'survey', 'channel', 'ro', 'name', 'phone', 'answers', 'comment'] as const).map((column) =>
      t(`satisfaction.low.column.${column}`, {}, locale),
    );
    return toCsv(
      header,
      rows.map((row) => {
        const shown = this.shownPersonalData(row);
        return [row.surveyDate, row.surveyId, row.channel, row.roNo, shown.name, shown.phone, this.lowAnswersText(row, locale), shown.comment];
      }),
    );
  }

  protected override renderActions(locale: Locale): TemplateResult {
    return html`
      <div part="scale" class="switch" role="group" aria-label=${t('satisfaction.scale.label', {}, locale)}>
        ${SCALES.map(
          (scale) => html`<button type="button" aria-pressed=${scale === this.scale ? 'true' : 'false'} @click=${() => this.setScale(scale)}>
            ${t(`satisfaction.scale.${scale}`, {}, locale)}
          </button>`,
        )}
      </div>
      <label class="breakdown">
        ${t('satisfaction.breakdown.label', {}, locale)}
        <select @change=${(event: Event) => (this.breakdown = (event.target as HTMLSelectElement).value as ScoreBreakdown)}>
          ${BREAKDOWNS.map(
            (breakdown) => html`<option value=${breakdown} ?selected=${breakdown === this.breakdown}>${t(`satisfaction.breakdown.${breakdown}`, {}, locale)}</option>`,
          )}
        </select>
      </label>
    `;
  }

  // A bar selected on one scale means nothing on the other, so switching scales drops the selection.
  private setScale(scale: ScoreScale): void {
    if (scale === this.scale) return;
    if (this.selectedBar && this.filters.own) this.select(null);
    this.selectedBar = undefined;
    this.scale = scale;
  }

  protected renderResult(result: SatisfactionResult, context: RenderContext): TemplateResult {
    const { locale } = context;
    const shown = result.scale === 'own' ? 'satisfaction.scale.shownOwn' : 'satisfaction.scale.shownNormalized';
    return html`
      <p class="shown">${t(shown, {}, locale)}</p>
      ${this.renderKpis(result, locale)} ${this.renderMeans(result, context)} ${this.renderDistribution(result, context)}
      ${this.renderLowScores(result, locale)}
    `;
  }

  private renderKpis(result: SatisfactionResult, locale: Locale): TemplateResult {
    const { summary, nps, responseRate } = result;
    return html`
      <dl part="kpis" class="kpis">
        <div>
          <dt>${t('satisfaction.summary.surveys', { surveys: formatCount(summary.surveys, locale), answers: formatCount(summary.answers, locale) }, locale)}</dt>
          <dd class="note">${summary.unlinkedSurveys > 0 ? t('satisfaction.summary.unlinked', { count: formatCount(summary.unlinkedSurveys, locale) }, locale) : nothing}</dd>
        </div>
        <div class="nps">
          <dt>${t('satisfaction.nps.title', {}, locale)}</dt>
          ${nps.nps === null
            ? html`<dd class="note">${t('satisfaction.nps.none', {}, locale)}</dd>`
            : html`<dd class="value">${formatScore(Math.round(nps.nps * 10) / 10, locale)}</dd>
                <dd class="note">
                  ${t(
                    'satisfaction.nps.detail',
                    {
                      promoters: formatCount(nps.promoters, locale),
                      passives: formatCount(nps.passives, locale),
                      detractors: formatCount(nps.detractors, locale),
                      responses: formatCount(nps.responses, locale),
                    },
                    locale,
                  )}
                </dd>`}
        </div>
        <div class="response-rate">
          <dt>${t('satisfaction.response.title', {}, locale)}</dt>
          ${responseRate === null || responseRate.rate === null
            ? html`<dd class="note">${t('satisfaction.response.unavailable', {}, locale)}</dd>`
            : html`<dd class="value">${formatPercent(responseRate.rate / 100, locale)}</dd>
                <dd class="note">
                  ${t('satisfaction.response.detail', { surveyed: formatCount(responseRate.surveyedOrders, locale), eligible: formatCount(responseRate.eligibleOrders, locale) }, locale)}
                </dd>`}
        </div>
      </dl>
    `;
  }

  private renderMeans(result: SatisfactionResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const theme = readTheme(this);
    const groups = groupByScale(result.means, locale);
    const captions = { none: 'satisfaction.chart.means', channel: 'satisfaction.chart.byChannel', month: 'satisfaction.chart.trend' } as const;
    const caption = captions[result.breakdown];
    const charts = groups.map((group) => {
      const chart = result.breakdown === 'month' ? meanTrendChart(group, { locale, width, theme }) : meanBarChart(group, result.breakdown, { locale, width, theme });
      chart.setAttribute('part', 'chart');
      setPart(chart, '[aria-label="tip"]', 'tooltip');
      setPart(chart, 'div[class*="swatches"]', 'legend');
      labelPlotGroups(chart);
      return html`<div class="scale-group">${group.title ? html`<p class="scale-title">${group.title}</p>` : nothing}${chart}</div>`;
    });
    return html`
      <figure class="chart">
        <figcaption>${t(caption, {}, locale)}</figcaption>
        ${charts}
      </figure>
      <details class="table-toggle">
        <summary>${t('common.table.show', {}, locale)}</summary>
        <table part="table" class="figures">
          <caption>${t(caption, {}, locale)}</caption>
          <thead>
            <tr>
              <th scope="col">${t('satisfaction.table.dimension', {}, locale)}</th>
              ${result.breakdown === 'none' ? nothing : html`<th scope="col">${t('satisfaction.table.group', {}, locale)}</th>`}
              <th scope="col">${t('satisfaction.table.mean', {}, locale)}</th>
              <th scope="col">${t('satisfaction.table.responses', {}, locale)}</th>
            </tr>
          </thead>
          <tbody>
            ${result.means.map(
              (row) => html`<tr>
                <th scope="row">${dimensionScaleLabel(row.dimension, row.scaleMin, row.scaleMax, locale)}</th>
                ${result.breakdown === 'none' ? nothing : html`<td>${result.breakdown === 'month' ? formatMonth(row.group, locale) : channelLabel(row.group, locale)}</td>`}
                <td>${formatScore(row.mean, locale)}</td>
                <td>${formatCount(row.responses, locale)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }

  private renderDistribution(result: SatisfactionResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const theme = readTheme(this);
    const panels = new Map<string, DistributionRow[]>();
    for (const row of result.distribution) {
      const key = `${row.dimension}|${row.scaleMin}|${row.scaleMax}`;
      panels.set(key, [...(panels.get(key) ?? []), row]);
    }
    const selected = context.selection ? this.selectedBar : undefined;
    const panelWidth = Math.max(220, Math.min(360, Math.floor(width / 2) - 12));

    const charts = [...panels.values()].map((rows, panelIndex) => {
      const selectedIndex = rows.findIndex((row) => sameBar(selected, row));
      const label = dimensionScaleLabel(rows[0].dimension, rows[0].scaleMin, rows[0].scaleMax, locale);
      const barLabel = (i: number) =>
        t('satisfaction.distribution.bar', { dimension: label, value: formatScore(rows[i].value, locale), count: formatCount(rows[i].responses, locale) }, locale);
      const chart = distributionChart(rows, selectedIndex >= 0 ? selectedIndex : undefined, barLabel, { locale, width: panelWidth, theme });
      chart.setAttribute('part', 'chart');
      makeMarksInteractive(chart, 'g[aria-label="bar"] rect', {
        label: barLabel,
        selected: (i) => i === selectedIndex,
        activate: (i) => void this.toggleBar(rows[i], label, `.distribution[data-panel="${panelIndex}"] g[aria-label="bar"] rect[data-index="${i}"]`, locale),
      });
      labelPlotGroups(chart);
      return html`<figure class="distribution" data-panel=${panelIndex}><figcaption>${label}</figcaption>${chart}</figure>`;
    });

    return html`
      <section class="distributions" aria-labelledby="distribution-title">
        <h3 id="distribution-title">${t('satisfaction.distribution.title', {}, locale)}</h3>
        <p class="note">${t('satisfaction.distribution.hint', {}, locale)}</p>
        <div class="panels">${charts}</div>
      </section>
    `;
  }

  // The customer keys come from a query of their own, because the distribution contains only counts.
  private async toggleBar(row: DistributionRow, label: string, focusSelector: string, locale: Locale): Promise<void> {
    this.focusAfterRedraw(focusSelector);
    if (this.filters.own && sameBar(this.selectedBar, row)) {
      this.selectedBar = undefined;
      this.select(null);
      return;
    }
    const bar: DistributionBar = { dimension: row.dimension, scaleMin: row.scaleMin, scaleMax: row.scaleMax, value: row.value };
    try {
      const query = respondentKeysQuery(this.scope, this.scale, bar);
      const link = this.scope.orderLink === undefined ? [] : [orderLinkQuery(this.scope.orderLink)];
      const engine = await getEngine();
      const tables = await engine.batch([...link, query]);
      const keys = readKeys(tables[tables.length - 1]);
      this.selectedBar = bar;
      this.select({
        predicates: [{ field: 'customer_key', kind: 'point', values: keys }],
        label: t('satisfaction.selection.label', { dimension: label, value: formatScore(row.value, locale) }, locale),
      });
    } catch (error) {
      this.fail(error);
    }
  }

  private renderLowScores(result: SatisfactionResult, locale: Locale): TemplateResult {
    const rows = result.lowScores;
    return html`
      <section class="low-scores" aria-labelledby="low-title">
        <h3 id="low-title">${t('satisfaction.low.title', {}, locale)}</h3>
        <div class="low-controls">
          <label>
            ${t('satisfaction.low.below', {}, locale)}
            <input type="number" name="low-score-below" min="0" max="100" step="1" .value=${String(this.lowScoreBelow)} @change=${this.onThresholdChange} />
          </label>
          <label>
            ${t('satisfaction.low.recommendAtMost', {}, locale)}
            <input type="number" name="low-recommend-at-most" min="0" max="10" step="1" .value=${String(this.lowRecommendAtMost)} @change=${this.onThresholdChange} />
          </label>
          <button type="button" part="export" class="export" ?disabled=${rows.length === 0} @click=${() => this.exportLowScores()}>
            ${t('satisfaction.low.export', {}, locale)}
          </button>
        </div>
        ${rows.length === 0
          ? html`<p class="note">${t('satisfaction.low.none', {}, locale)}</p>`
          : html`<p class="note">
                ${t('satisfaction.low.count', { count: formatCount(rows.length, locale) }, locale)}
                ${rows.length > this.lowScoreRows ? t('satisfaction.low.truncated', { shown: formatCount(this.lowScoreRows, locale) }, locale) : nothing}
              </p>
              <div class="table-wrap low-scroll" tabindex="0" role="region" aria-label=${t('satisfaction.low.count', { count: formatCount(rows.length, locale) }, locale)}>
                <table part="table" class="low-table">
                  <thead>
                    <tr>
                      ${(['date', 'channel', 'ro', 'name', 'phone', 'answers', 'comment'] as const).map(
                        (column) => html`<th scope="col">${t(`satisfaction.low.column.${column}`, {}, locale)}</th>`,
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.slice(0, this.lowScoreRows).map((row) => {
                      const shown = this.shownPersonalData(row);
                      return html`<tr>
                        <td class="nowrap">${row.surveyDate ?? ''}</td>
                        <td class="nowrap">${channelLabel(row.channel, locale)}</td>
                        <td class="nowrap">${row.roNo ?? ''}</td>
                        <td class="nowrap">${shown.name ?? ''}</td>
                        <td class="nowrap">${shown.phone ?? ''}</td>
                        <td class="wide">${this.lowAnswersText(row, locale)}</td>
                        <td class="wide">${shown.comment ?? ''}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`}
      </section>
    `;
  }

  private shownPersonalData(row: LowScoreRow): { name: string | null; phone: string | null; comment: string | null } {
    if (this.unmasked) return { name: row.customerName, phone: row.phone, comment: row.comment };
    return { name: maskName(row.customerName), phone: maskPhone(row.phone), comment: maskDigitRuns(row.comment) };
  }

  private lowAnswersText(row: LowScoreRow, locale: Locale): string {
    const separator = locale === 'zh-CN' ? '、' : ', ';
    return row.lowAnswers
      .map((answer) => t('satisfaction.low.answer', { dimension: dimensionLabel(answer.dimension, locale), score: formatScore(answer.score, locale) }, locale))
      .join(separator);
  }

  // A typed threshold outside its range is reported on the field itself and not applied.
  private onThresholdChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = input.valueAsNumber;
    const max = input.name === 'low-score-below' ? 100 : 10;
    if (!isInRange(value, 0, max)) {
      input.setCustomValidity(t('satisfaction.low.invalidThreshold', { value: input.value }, this.activeLocale));
      input.setAttribute('aria-invalid', 'true');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    input.removeAttribute('aria-invalid');
    if (input.name === 'low-score-below') this.lowScoreBelow = value;
    else this.lowRecommendAtMost = value;
  };

  private exportLowScores(): void {
    downloadText(this.lowScoreCsv(), 'low-score-follow-up.csv');
  }
}

function isInRange(value: number, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
