import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Table } from 'apache-arrow';
import {
  CAMPAIGN_FILTER_FIELDS,
  CAMPAIGN_ORDER_FILTER_FIELDS,
  DEFAULT_CAMPAIGN_OPTIONS,
  campaignCustomersQuery,
  campaignResultsQuery,
  nextDay,
  readCampaignResults,
  type AttributionRule,
  type BaselineKind,
  type CampaignOptions,
  type CampaignRow,
} from '../../analyses/campaigns.js';
import { labelPlotGroups, makeMarksInteractive, setPart } from '../../charts/interaction.js';
import { readTheme } from '../../charts/theme.js';
import { getEngine, type Query } from '../../engine/index.js';
import { compileFilters } from '../../filters/sql.js';
import type { FilterClause } from '../../filters/types.js';
import { MISSING, formatCount, formatDate, formatMoney, formatPercent } from '../../format/index.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { AnalysisElement, figureStyles, type DefinitionEntry, type RenderContext } from '../base/index.js';
import { campaignChart } from './chart.js';
import { campaignRoiStyles } from './styles.js';

/** Campaign figures as drawn by `<campaign-roi>`, with the options they were computed under. */
export interface CampaignRoiResult {
  readonly options: CampaignOptions;
  readonly rows: readonly CampaignRow[];
}

const ATTRIBUTIONS: readonly AttributionRule[] = ['code', 'window'];
const BASELINES: readonly BaselineKind[] = ['previous', 'last_year'];
const MAX_RETURN_DAYS = 3650;

const FILTER_FIELDS: Readonly<Record<string, string>> = { ...CAMPAIGN_ORDER_FILTER_FIELDS, ...CAMPAIGN_FILTER_FIELDS };

const DEFINITIONS: readonly DefinitionEntry[] = [
  { term: 'campaignRoi.def.attribution.term', definition: 'campaignRoi.def.attribution.definition' },
  { term: 'campaignRoi.def.newCustomers.term', definition: 'campaignRoi.def.newCustomers.definition' },
  { term: 'campaignRoi.def.return.term', definition: 'campaignRoi.def.return.definition' },
  { term: 'campaignRoi.def.roi.term', definition: 'campaignRoi.def.roi.definition' },
  { term: 'campaignRoi.def.uplift.term', definition: 'campaignRoi.def.uplift.definition' },
  { term: 'campaignRoi.def.filters.term', definition: 'campaignRoi.def.filters.definition' },
];

/** Revenue ÷ cost in the "1.5:1" convention, with at most two decimals. */
export function formatRevenueToCost(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}:1`;
}

/** Prefixes a gain with a plus sign; a loss already carries the minus sign from Intl. */
function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/**
 * Campaign return (营销活动投入产出). Per campaign: period, cost, customers reached, visits, customers, new
 * customers, revenue, the return rate after the campaign, ROI as a percentage and revenue to cost as
 * "x:1", and the uplift of visits and revenue against a baseline. The attribution rule, the baseline and
 * the return window are settings shown above the figures. Reads `campaigns` and `orders`.
 * Clicking a campaign (its bar or its name in the table, or Enter/Space on either) filters the other
 * widgets of the group to its period (field `order_date`) and its customers (field `customer_key`) in
 * one selection. Clicking it again clears the selection.
 *
 * @summary Campaign return: ROI, revenue to cost, new customers, return rate and uplift per campaign.
 * @fires ready - after the latest result is drawn
 * @fires analysis-error - when the analysis cannot be shown
 * @csspart chart - the revenue and cost chart
 * @csspart legend - the legend of the chart
 * @csspart table - the tables of figures
 * @csspart settings - the attribution, baseline and return-window controls
 */
export class CampaignRoiElement extends AnalysisElement<CampaignRoiResult> {
  static override styles = [...AnalysisElement.styles, figureStyles, campaignRoiStyles];

  /** Attribution rule: `code` (the campaign code on the repair order, default) or `window` (the period). */
  @property({ reflect: true }) attribution: AttributionRule = DEFAULT_CAMPAIGN_OPTIONS.attribution;

  /** Count only the campaign's target service type, in the window rule and in the uplift. */
  @property({ type: Boolean, reflect: true, attribute: 'target-only' }) targetOnly = DEFAULT_CAMPAIGN_OPTIONS.targetServiceTypeOnly;

  /** Baseline of the uplift: `previous` (the equal period before, default) or `last_year`. */
  @property({ reflect: true }) baseline: BaselineKind = DEFAULT_CAMPAIGN_OPTIONS.baseline;

  /** Days after the campaign end in which another order counts as a return (default 90). */
  @property({ type: Number, attribute: 'return-days' }) returnDays = DEFAULT_CAMPAIGN_OPTIONS.returnDays;

  protected readonly requiredTables = ['campaigns', 'orders'];
  protected readonly filterFields = FILTER_FIELDS;

  private options: CampaignOptions = DEFAULT_CAMPAIGN_OPTIONS;
  private selectedCampaignId: string | undefined;

  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    this.checkAttributes();
    this.options = {
      attribution: this.attribution,
      targetServiceTypeOnly: this.targetOnly,
      baseline: this.baseline,
      returnDays: this.returnDays,
      orderFilter: compileFilters(filters, { ...CAMPAIGN_ORDER_FILTER_FIELDS }),
      campaignFilter: compileFilters(filters, { ...CAMPAIGN_FILTER_FIELDS }),
    };
    return [campaignResultsQuery(this.options)];
  }

  private checkAttributes(): void {
    if (!ATTRIBUTIONS.includes(this.attribution)) {
      throw new Error(`<campaign-roi>: attribute "attribution" must be "code" or "window", got ${JSON.stringify(this.attribution)}.`);
    }
    if (!BASELINES.includes(this.baseline)) {
      throw new Error(`<campaign-roi>: attribute "baseline" must be "previous" or "last_year", got ${JSON.stringify(this.baseline)}.`);
    }
    if (!isValidReturnDays(this.returnDays)) {
      throw new Error(`<campaign-roi>: attribute "return-days" must be a whole number from 1 to ${MAX_RETURN_DAYS}, got ${JSON.stringify(this.returnDays)}.`);
    }
  }

  protected readResult(tables: readonly Table[]): CampaignRoiResult {
    return { options: this.options, rows: readCampaignResults(tables[0]) };
  }

  protected isEmptyResult(result: CampaignRoiResult): boolean {
    return result.rows.length === 0;
  }

  protected heading(locale: Locale): string {
    return t('campaignRoi.heading', {}, locale);
  }

  protected definitions(): readonly DefinitionEntry[] {
    // The return-rate entry names the return window in use.
    const params = { days: this.returnDays };
    return DEFINITIONS.map((entry) => (entry.definition === 'campaignRoi.def.return.definition' ? { ...entry, params } : entry));
  }

  protected override renderActions(locale: Locale): TemplateResult {
    return html`
      <div part="settings" class="settings">
        <label>
          ${t('campaignRoi.attribution.label', {}, locale)}
          <select name="attribution" @change=${(event: Event) => (this.attribution = (event.target as HTMLSelectElement).value as AttributionRule)}>
            ${ATTRIBUTIONS.map(
              (rule) => html`<option value=${rule} ?selected=${rule === this.attribution}>${t(`campaignRoi.attribution.${rule}`, {}, locale)}</option>`,
            )}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="target-only"
            .checked=${this.targetOnly}
            @change=${(event: Event) => (this.targetOnly = (event.target as HTMLInputElement).checked)}
          />
          ${t('campaignRoi.targetOnly', {}, locale)}
        </label>
        <label>
          ${t('campaignRoi.baseline.label', {}, locale)}
          <select name="baseline" @change=${(event: Event) => (this.baseline = (event.target as HTMLSelectElement).value as BaselineKind)}>
            ${BASELINES.map(
              (kind) => html`<option value=${kind} ?selected=${kind === this.baseline}>${t(`campaignRoi.baseline.${kind}`, {}, locale)}</option>`,
            )}
          </select>
        </label>
        <label>
          ${t('campaignRoi.returnDays', {}, locale)}
          <input type="number" name="return-days" min="1" max=${MAX_RETURN_DAYS} step="1" .value=${String(this.returnDays)} @change=${this.onReturnDaysChange} />
        </label>
      </div>
    `;
  }

  // A typed value outside the range is reported on the field itself and not applied.
  private onReturnDaysChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = input.valueAsNumber;
    if (!isValidReturnDays(value)) {
      input.setCustomValidity(t('campaignRoi.returnDaysInvalid', { value: input.value }, this.activeLocale));
      input.setAttribute('aria-invalid', 'true');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    input.removeAttribute('aria-invalid');
    this.returnDays = value;
  };

  protected renderResult(result: CampaignRoiResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const rows = result.rows;
    const names = rows.map((row) => row.campaignName ?? row.campaignId);
    const selected = this.selectedIndex(result, context.selection);
    const theme = readTheme(this);

    const chart = campaignChart(rows, selected, { locale, width, theme, names, tipText: (i) => this.tipText(rows[i], names[i], locale) });
    chart.setAttribute('part', 'chart');
    // The accessible name repeats the tooltip, so a screen reader announces the text a pointer user reads.
    makeMarksInteractive(chart, 'g[aria-label="bar"] rect', {
      label: (i) => this.tipText(rows[i], names[i], locale),
      selected: (i) => i === selected,
      activate: (i) => void this.toggleCampaign(rows[i], names[i], `g[aria-label="bar"] rect[data-index="${i}"]`, locale),
    });
    setPart(chart, '[aria-label="tip"]', 'tooltip');
    labelPlotGroups(chart);

    return html`
      ${this.renderRules(result.options, locale)}
      <figure class="chart">
        <figcaption>${t('campaignRoi.chart.title', {}, locale)}</figcaption>
        <ul part="legend" class="legend">
          <li><span class="swatch" style="background: ${theme.palette[0]}"></span>${t('campaignRoi.chart.revenue', {}, locale)}</li>
          <li><span class="swatch tick" style="background: ${theme.palette[2]}"></span>${t('campaignRoi.chart.cost', {}, locale)}</li>
        </ul>
        ${chart}
        <p class="note">${t('campaignRoi.chart.hint', {}, locale)}</p>
      </figure>
      ${this.renderResultsTable(rows, names, selected, locale)} ${this.renderUpliftTable(rows, names, locale)}
    `;
  }

  private renderRules(options: CampaignOptions, locale: Locale): TemplateResult {
    let attribution: MessageKey = 'campaignRoi.rule.code';
    if (options.attribution === 'window') attribution = options.targetServiceTypeOnly ? 'campaignRoi.rule.windowTarget' : 'campaignRoi.rule.window';
    const scope = t(options.targetServiceTypeOnly ? 'campaignRoi.rule.scopeTarget' : 'campaignRoi.rule.scopeAll', {}, locale);
    const baseline = t(`campaignRoi.baseline.${options.baseline}`, {}, locale);
    return html`<p class="rules">
      <span class="rule-attribution">${t(attribution, {}, locale)}</span>
      <span class="rule-baseline">${t('campaignRoi.rule.baseline', { scope, baseline, days: options.returnDays }, locale)}</span>
    </p>`;
  }

  private renderResultsTable(rows: readonly CampaignRow[], names: readonly string[], selected: number | undefined, locale: Locale): TemplateResult {
    const columns: readonly MessageKey[] = [
      'campaignRoi.column.campaign',
      'campaignRoi.column.period',
      'campaignRoi.column.cost',
      'campaignRoi.column.reached',
      'campaignRoi.column.visits',
      'campaignRoi.column.customers',
      'campaignRoi.column.newCustomers',
      'campaignRoi.column.revenue',
      'campaignRoi.column.roiPercent',
      'campaignRoi.column.revenueToCost',
      'campaignRoi.column.returnRate',
    ];
    return html`
      <div class="table-wrap">
        <table part="table" class="results">
          <caption>${t('campaignRoi.table.results', {}, locale)}</caption>
          <thead>
            <tr>${columns.map((key) => html`<th scope="col">${t(key, {}, locale)}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, i) => html`<tr class=${i === selected ? 'selected' : ''}>
                <th scope="row">
                  <button
                    type="button"
                    class="row-select"
                    data-index=${i}
                    aria-pressed=${i === selected ? 'true' : 'false'}
                    title=${t('campaignRoi.selectCampaign', { name: names[i] }, locale)}
                    @click=${() => void this.toggleCampaign(row, names[i], `.row-select[data-index="${i}"]`, locale)}
                  >
                    ${names[i]}
                  </button>
                </th>
                <td class="period">${this.periodText(row.startDate, row.endDate, locale)}</td>
                <td>${formatMoney(row.cost, locale)}</td>
                <td>${row.reachedCustomers === null ? t('campaignRoi.unknown', {}, locale) : formatCount(row.reachedCustomers, locale)}</td>
                <td>${formatCount(row.visits, locale)}</td>
                <td>${formatCount(row.customers, locale)}</td>
                <td>${formatCount(row.newCustomers, locale)}</td>
                <td>${formatMoney(row.revenue, locale)}</td>
                <td>${row.roiPercent === null ? MISSING : formatPercent(row.roiPercent / 100, locale)}</td>
                <td>${formatRevenueToCost(row.revenueToCost, locale)}</td>
                <td>
                  ${row.returnRate === null ? MISSING : formatPercent(row.returnRate / 100, locale)}
                  ${row.returnRate !== null && !row.returnWindowComplete ? html`<small>${t('campaignRoi.returnOpen', {}, locale)}</small>` : nothing}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderUpliftTable(rows: readonly CampaignRow[], names: readonly string[], locale: Locale): TemplateResult {
    const columns: readonly MessageKey[] = [
      'campaignRoi.column.campaign',
      'campaignRoi.column.baselinePeriod',
      'campaignRoi.column.windowVisits',
      'campaignRoi.column.baselineVisits',
      'campaignRoi.column.visitsUplift',
      'campaignRoi.column.windowRevenue',
      'campaignRoi.column.baselineRevenue',
      'campaignRoi.column.revenueUplift',
    ];
    return html`
      <div class="table-wrap">
        <table part="table" class="uplift">
          <caption>${t('campaignRoi.table.uplift', {}, locale)}</caption>
          <thead>
            <tr>${columns.map((key) => html`<th scope="col">${t(key, {}, locale)}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, i) => html`<tr>
                <th scope="row">${names[i]}</th>
                <td class="period">
                  ${this.periodText(row.baselineStart, row.baselineEnd, locale)}
                  ${row.baselineCovered ? nothing : html`<small>${t('campaignRoi.baselineIncomplete', {}, locale)}</small>`}
                </td>
                <td>${formatCount(row.windowVisits, locale)}</td>
                <td>${formatCount(row.baselineVisits, locale)}</td>
                <td>${signed(formatCount(row.visitsUplift, locale), row.visitsUplift)}</td>
                <td>${formatMoney(row.windowRevenue, locale)}</td>
                <td>${formatMoney(row.baselineRevenue, locale)}</td>
                <td>${signed(formatMoney(row.revenueUplift, locale), row.revenueUplift)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private periodText(start: string, end: string, locale: Locale): string {
    return t('campaignRoi.period', { start: formatDate(start, locale), end: formatDate(end, locale) }, locale);
  }

  private tipText(row: CampaignRow, name: string, locale: Locale): string {
    return t(
      'campaignRoi.tip',
      {
        name,
        period: this.periodText(row.startDate, row.endDate, locale),
        cost: formatMoney(row.cost, locale),
        revenue: formatMoney(row.revenue, locale),
        roi: row.roiPercent === null ? MISSING : formatPercent(row.roiPercent / 100, locale),
        ratio: formatRevenueToCost(row.revenueToCost, locale),
      },
      locale,
    );
  }

  private selectedIndex(result: CampaignRoiResult, selection: FilterClause | undefined): number | undefined {
    if (!selection || this.selectedCampaignId === undefined) return undefined;
    const index = result.rows.findIndex((row) => row.campaignId === this.selectedCampaignId);
    return index >= 0 ? index : undefined;
  }

  // One selection with two predicates: the campaign period as a half-open date interval, and the
  // customers of the campaign's orders, fetched by a query of their own.
  private async toggleCampaign(row: CampaignRow, name: string, focusSelector: string, locale: Locale): Promise<void> {
    this.focusAfterRedraw(focusSelector);
    if (this.filters.own && this.selectedCampaignId === row.campaignId) {
      this.selectedCampaignId = undefined;
      this.select(null);
      return;
    }
    try {
      const query = campaignCustomersQuery(this.options, row.campaignId);
      const engine = await getEngine();
      const table = await engine.query(query.sql, query.params);
      const keys = table.toArray().map((record) => String(record.toJSON().customer_key));
      this.selectedCampaignId = row.campaignId;
      this.select({
        predicates: [
          { field: 'order_date', kind: 'interval', range: [row.startDate, nextDay(row.endDate)] },
          { field: 'customer_key', kind: 'point', values: keys },
        ],
        label: t('campaignRoi.selectionLabel', { name }, locale),
      });
    } catch (error) {
      this.fail(error);
    }
  }
}

function isValidReturnDays(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_RETURN_DAYS;
}
