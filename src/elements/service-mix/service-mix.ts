import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Table } from 'apache-arrow';
import {
  SERVICE_MIX_FILTER_FIELDS,
  readServiceMix,
  readServiceMixTotal,
  readServiceMixTrend,
  serviceMixQuery,
  serviceMixTotalQuery,
  serviceMixTrendQuery,
  type ServiceMixRow,
  type ServiceMixTrendRow,
} from '../../analyses/service-mix.js';
import { labelPlotGroups, makeMarksInteractive, setPart } from '../../charts/interaction.js';
import { formatMeasure, inRange, seriesColors, serviceMixBarChart, serviceMixTrendChart, type MonthRange, type ServiceMixMeasure } from '../../charts/service-mix.js';
import { readTheme } from '../../charts/theme.js';
import type { Query } from '../../engine/index.js';
import { compileFilters } from '../../filters/sql.js';
import type { FilterClause } from '../../filters/types.js';
import { formatCount, formatMoney, formatMonth, formatPercent, nextMonthStart } from '../../format/index.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { AnalysisElement, warnUnsupportedValue, type DefinitionEntry, type RenderContext } from '../base/index.js';
import { serviceMixStyles } from './styles.js';

/** Figures per service type and the monthly trend, as drawn by `<service-mix>`. */
export interface ServiceMixResult {
  readonly rows: readonly ServiceMixRow[];
  /** The figures over every service type together. */
  readonly total: ServiceMixRow;
  readonly trend: readonly ServiceMixTrendRow[];
  /** Months of the trend in order, as 'YYYY-MM'. */
  readonly months: readonly string[];
}

const MEASURES: readonly ServiceMixMeasure[] = ['revenue', 'visits'];

/** Returns 'YYYY-MM' of the month before the one that starts on `monthStart` ('YYYY-MM-01'). */
function previousMonth(monthStart: string): string {
  const year = Number(monthStart.slice(0, 4));
  const month = Number(monthStart.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

const DEFINITIONS: readonly DefinitionEntry[] = [
  { term: 'serviceMix.definition.visits', definition: 'serviceMix.definition.visitsText' },
  { term: 'serviceMix.definition.customers', definition: 'serviceMix.definition.customersText' },
  { term: 'serviceMix.definition.revenue', definition: 'serviceMix.definition.revenueText' },
  { term: 'serviceMix.definition.averageTicket', definition: 'serviceMix.definition.averageTicketText' },
  { term: 'serviceMix.definition.laborShare', definition: 'serviceMix.definition.laborShareText' },
  { term: 'serviceMix.definition.margin', definition: 'serviceMix.definition.marginText' },
];

/**
 * Service mix (业务结构) of settled repair orders: a bar per service type, the monthly trend stacked by
 * service type, a legend and a table of customers, visits, revenue, revenue per visit, labour share and
 * margin. Clicking a bar or a table row (or Enter/Space on it) filters the other widgets of the group by
 * that service type (field `service_type`). Clicking a month filters them by that month (field
 * `order_date`, a half-open interval), and Shift-clicking another month stretches the selection to it.
 * Clicking the selection again clears it.
 *
 * @summary Service mix: bars per service type and the monthly trend.
 * @csspart chart - the bar chart and the trend chart
 * @csspart legend - the colour legend of service types
 * @csspart tooltip - the chart tooltips
 * @csspart table - the table of figures
 * @csspart measure - the revenue/visits switch
 * @csspart scope - the customer-paid toggle
 */
export class ServiceMixElement extends AnalysisElement<ServiceMixResult> {
  static override styles = [...AnalysisElement.styles, serviceMixStyles];

  /** Measure of the bars and the trend: `revenue` (维修产值, default) or `visits` (进厂台次). */
  @property({ reflect: true }) measure: ServiceMixMeasure = 'revenue';

  /**
   * Counts customer-paid orders only (attribute `customer-paid`): warranty claims, internal orders and
   * free first services are left out. Without it, every settled order counts.
   */
  @property({ type: Boolean, reflect: true, attribute: 'customer-paid' }) customerPaid = false;

  protected readonly requiredTables = ['orders'];
  protected readonly filterFields = SERVICE_MIX_FILTER_FIELDS;


  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    const scope = { filter: compileFilters(filters, { ...SERVICE_MIX_FILTER_FIELDS }), customerPaidOnly: this.customerPaid };
    return [serviceMixQuery(scope), serviceMixTrendQuery(scope), serviceMixTotalQuery(scope)];
  }

  protected readResult(tables: readonly Table[]): ServiceMixResult {
    const rows = readServiceMix(tables[0]);
    const trend = readServiceMixTrend(tables[1]);
    const total = readServiceMixTotal(tables[2]);
    const months = [...new Set(trend.map((row) => row.month))].sort();
    return { rows, total, trend, months };
  }

  protected isEmptyResult(result: ServiceMixResult): boolean {
    return result.rows.length === 0;
  }

  protected heading(locale: Locale): string {
    return t('serviceMix.heading', {}, locale);
  }

  protected definitions(): readonly DefinitionEntry[] {
    const scope: DefinitionEntry = this.customerPaid
      ? { term: 'serviceMix.definition.scope', definition: 'serviceMix.definition.scopeCustomerPaidText' }
      : { term: 'serviceMix.definition.scope', definition: 'serviceMix.definition.scopeText' };
    return [scope, ...DEFINITIONS];
  }

  protected override renderDependencies(): readonly unknown[] {
    return [this.activeMeasure];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('measure') && !MEASURES.includes(this.measure)) {
      warnUnsupportedValue(this.localName, 'measure', String(this.measure), MEASURES, 'revenue');
    }
  }

  /** The measure in use; an unknown `measure` value falls back to revenue (with a logged warning). */
  get activeMeasure(): ServiceMixMeasure {
    return MEASURES.includes(this.measure) ? this.measure : 'revenue';
  }

  protected override renderActions(locale: Locale): TemplateResult {
    return html`
      <div part="measure" class="switch" role="group" aria-label=${t('serviceMix.measure.label', {}, locale)}>
        ${MEASURES.map(
          (measure) => html`<button type="button" aria-pressed=${measure === this.activeMeasure ? 'true' : 'false'} @click=${() => (this.measure = measure)}>
            ${t(`serviceMix.measure.${measure}`, {}, locale)}
          </button>`,
        )}
      </div>
      <button
        type="button"
        part="scope"
        aria-pressed=${this.customerPaid ? 'true' : 'false'}
        title=${t('serviceMix.scope.customerPaidHint', {}, locale)}
        @click=${() => (this.customerPaid = !this.customerPaid)}
      >
        ${t('serviceMix.scope.customerPaid', {}, locale)}
      </button>
    `;
  }

  protected renderResult(result: ServiceMixResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const measure = this.activeMeasure;
    const measureLabel = t(`serviceMix.measure.${measure}`, {}, locale);
    const typeLabels = result.rows.map((row) => this.typeLabel(row.serviceType, locale));
    const selectedType = this.selectedTypeIndex(result, context.selection);
    const selectedMonths = this.selectedMonthRange(result, context.selection);
    const theme = readTheme(this);
    const value = (row: ServiceMixRow) => (measure === 'revenue' ? row.revenue : row.visits);
    const chartOptions = {
      locale,
      width,
      theme,
      measure,
      measureLabel,
      typeLabels,
      tipText: (i: number) => this.tipText(result.rows[i], typeLabels[i], locale),
    };

    const bars = serviceMixBarChart(result.rows, selectedType, chartOptions);
    bars.setAttribute('part', 'chart');
    bars.setAttribute('data-chart', 'mix');
    setPart(bars, '[aria-label="tip"]', 'tooltip');
    labelPlotGroups(bars);
    makeMarksInteractive(bars, 'g[aria-label="bar"] rect', {
      label: (i) => t('serviceMix.markLabel', { type: typeLabels[i], measure: measureLabel, value: formatMeasure(value(result.rows[i]), measure, locale, false) }, locale),
      selected: (i) => i === selectedType,
      // The blank service type cannot be selected: a point predicate compares values, and NULL equals none.
      disabled: (i) => result.rows[i].serviceType === null,
      activate: (i) => this.toggleType(result.rows[i], typeLabels[i], `[data-chart="mix"] g[aria-label="bar"] rect[data-index="${i}"]`, locale),
    });

    const trend = serviceMixTrendChart(result.trend, result.months, (type) => this.typeLabel(type, locale), selectedMonths, {
      ...chartOptions,
      monthTipText: (m) => this.monthTipText(result, m, locale),
      selectedTypeLabel: selectedType === undefined ? undefined : typeLabels[selectedType],
    });
    trend.setAttribute('part', 'chart');
    trend.setAttribute('data-chart', 'trend');
    setPart(trend, '[aria-label="tip"]', 'tooltip');
    labelPlotGroups(trend);
    makeMarksInteractive(trend, 'g.month-hit rect', {
      label: (m) => t('serviceMix.monthLabel', { month: formatMonth(result.months[m], locale), measure: measureLabel, value: formatMeasure(this.monthTotal(result, m), measure, locale, false) }, locale),
      selected: (m) => selectedMonths !== undefined && inRange(m, selectedMonths),
      activate: (m, extend) => this.toggleMonth(result.months[m], extend, `[data-chart="trend"] g.month-hit rect[data-index="${m}"]`, locale),
    });

    return html`
      <figure class="chart">
        <figcaption>
          <span class="title">${t('serviceMix.mixChart', { measure: measureLabel }, locale)}</span>
          <small class="hint">${t('serviceMix.mixHint', {}, locale)}</small>
        </figcaption>
        ${bars}
      </figure>
      <figure class="chart">
        <figcaption>
          <span class="title">${t('serviceMix.trendChart', { measure: measureLabel }, locale)}</span>
          <small class="hint">${t('serviceMix.trendHint', {}, locale)}</small>
        </figcaption>
        ${this.renderLegend(typeLabels, seriesColors(typeLabels.length, theme.palette))} ${trend}
      </figure>
      ${this.renderTable(result, typeLabels, selectedType, locale)}
    `;
  }

  private renderLegend(labels: readonly string[], colors: readonly string[]): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${labels.map((label, i) => html`<li><span class="swatch" style="background: ${colors[i]}"></span>${label}</li>`)}
    </ul>`;
  }

  private renderTable(result: ServiceMixResult, labels: readonly string[], selected: number | undefined, locale: Locale): TemplateResult {
    const column = (key: Parameters<typeof t>[0]) => html`<th scope="col">${t(key, {}, locale)}</th>`;
    return html`
      <div class="table-wrap">
      <table part="table" class="figures">
        <caption>${t(this.customerPaid ? 'serviceMix.tableCaptionCustomerPaid' : 'serviceMix.tableCaption', {}, locale)}</caption>
        <thead>
          <tr>
            ${column('serviceMix.column.serviceType')} ${column('serviceMix.column.customers')} ${column('serviceMix.column.visits')}
            ${column('serviceMix.column.revenue')} ${column('serviceMix.column.revenueShare')} ${column('serviceMix.column.averageTicket')}
            ${column('serviceMix.column.laborShare')} ${column('serviceMix.column.margin')}
          </tr>
        </thead>
        <tbody>
          ${result.rows.map(
            (row, i) => html`<tr class=${i === selected ? 'selected' : ''}>
              <th scope="row">
                <button
                  type="button"
                  class="row-select"
                  data-index=${i}
                  ?disabled=${row.serviceType === null}
                  aria-pressed=${i === selected ? 'true' : 'false'}
                  title=${t('serviceMix.selectType', { type: labels[i] }, locale)}
                  @click=${() => this.toggleType(row, labels[i], `.row-select[data-index="${i}"]`, locale)}
                >
                  ${labels[i]}
                </button>
              </th>
              ${this.renderFigureCells(row, locale)}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t('serviceMix.total', {}, locale)}</th>
            ${this.renderFigureCells(result.total, locale)}
          </tr>
        </tfoot>
      </table>
      </div>
    `;
  }

  private renderFigureCells(row: ServiceMixRow, locale: Locale): TemplateResult {
    const partialCost = row.margin !== null && row.ordersWithCost < row.visits;
    return html`
      <td>${formatCount(row.customers, locale)}</td>
      <td>${formatCount(row.visits, locale)}</td>
      <td>${formatMoney(row.revenue, locale)}</td>
      <td>${formatPercent(row.revenueShare, locale)}</td>
      <td>${formatMoney(row.averageTicket, locale)}</td>
      <td>${formatPercent(row.laborShare, locale)}</td>
      <td>
        ${formatPercent(row.margin, locale)}
        ${partialCost ? html`<small>${t('serviceMix.marginPartial', { count: row.ordersWithCost, total: row.visits }, locale)}</small>` : nothing}
      </td>
    `;
  }

  private typeLabel(type: string | null, locale: Locale): string {
    return type ?? t('common.value.blank', {}, locale);
  }

  private tipText(row: ServiceMixRow, label: string, locale: Locale): string {
    const line = (name: MessageKey, value: string) => t('serviceMix.tipLine', { name: t(name, {}, locale), value }, locale);
    return [
      line('serviceMix.tip.type', label),
      line('serviceMix.column.revenue', `${formatMoney(row.revenue, locale)} (${formatPercent(row.revenueShare, locale)})`),
      line('serviceMix.column.visits', formatCount(row.visits, locale)),
      line('serviceMix.column.customers', formatCount(row.customers, locale)),
      line('serviceMix.column.averageTicket', formatMoney(row.averageTicket, locale)),
      line('serviceMix.column.laborShare', formatPercent(row.laborShare, locale)),
      line('serviceMix.column.margin', formatPercent(row.margin, locale)),
    ].join('\n');
  }

  private monthTotal(result: ServiceMixResult, monthIndex: number): number {
    const month = result.months[monthIndex];
    const measure = this.activeMeasure;
    return result.trend.filter((row) => row.month === month).reduce((sum, row) => sum + (measure === 'revenue' ? row.revenue : row.visits), 0);
  }

  // Lines follow the legend order (largest revenue first), not the order of the query rows.
  private monthTipText(result: ServiceMixResult, monthIndex: number, locale: Locale): string {
    const month = result.months[monthIndex];
    const measure = this.activeMeasure;
    const lines = [t('serviceMix.tipLine', { name: t('serviceMix.tip.month', {}, locale), value: formatMonth(month, locale) }, locale)];
    for (const type of result.rows) {
      const row = result.trend.find((candidate) => candidate.month === month && candidate.serviceType === type.serviceType);
      if (!row) continue;
      const value = measure === 'revenue' ? row.revenue : row.visits;
      lines.push(t('serviceMix.tipLine', { name: this.typeLabel(row.serviceType, locale), value: formatMeasure(value, measure, locale, false) }, locale));
    }
    return lines.join('\n');
  }

  private selectedTypeIndex(result: ServiceMixResult, selection: FilterClause | undefined): number | undefined {
    const predicate = selection?.predicates.find((candidate) => candidate.field === 'service_type');
    if (!predicate || predicate.kind !== 'point' || predicate.values.length !== 1) return undefined;
    const index = result.rows.findIndex((row) => row.serviceType === predicate.values[0]);
    return index >= 0 ? index : undefined;
  }

  // The selected months: those inside the own order_date interval, when it starts and ends on month
  // boundaries of the data.
  private selectedMonthRange(result: ServiceMixResult, selection: FilterClause | undefined): MonthRange | undefined {
    const predicate = selection?.predicates.find((candidate) => candidate.field === 'order_date');
    if (!predicate || predicate.kind !== 'interval') return undefined;
    const first = result.months.findIndex((month) => `${month}-01` === predicate.range[0]);
    const last = result.months.findIndex((month) => nextMonthStart(month) === predicate.range[1]);
    return first >= 0 && last >= first ? { first, last } : undefined;
  }

  // The blank service type cannot be selected: a point predicate compares values, and NULL equals none.
  private toggleType(row: ServiceMixRow, label: string, focusSelector: string, locale: Locale): void {
    if (row.serviceType === null) return;
    this.focusAfterRedraw(focusSelector);
    const own = this.filters.own;
    const current = own?.predicates.find((predicate) => predicate.field === 'service_type');
    if (current && current.kind === 'point' && current.values.length === 1 && current.values[0] === row.serviceType) {
      this.select(null);
      return;
    }
    this.select({
      predicates: [{ field: 'service_type', kind: 'point', values: [row.serviceType] }],
      label: t('serviceMix.selectionLabelType', { type: label }, locale),
    });
  }

  /**
   * Selects `month`, or clears the selection when it is exactly that month. With `extend` (Shift held),
   * it stretches the selected months to reach `month` instead.
   */
  private toggleMonth(month: string, extend: boolean, focusSelector: string, locale: Locale): void {
    this.focusAfterRedraw(focusSelector);
    let start = `${month}-01`;
    let end = nextMonthStart(month);
    const current = this.filters.own?.predicates.find((predicate) => predicate.field === 'order_date');
    const currentRange = current?.kind === 'interval' ? current.range : undefined;
    if (!extend && currentRange && currentRange[0] === start && currentRange[1] === end) {
      this.select(null);
      return;
    }
    if (extend && currentRange && typeof currentRange[0] === 'string' && typeof currentRange[1] === 'string') {
      // ISO dates compare correctly as strings.
      if (currentRange[0] < start) start = currentRange[0];
      if (currentRange[1] > end) end = currentRange[1];
    }

    const firstMonth = start.slice(0, 7);
    const lastMonth = previousMonth(end);
    const label =
      firstMonth === lastMonth
        ? t('serviceMix.selectionLabelMonth', { month: formatMonth(firstMonth, locale) }, locale)
        : t('serviceMix.selectionLabelMonths', { from: formatMonth(firstMonth, locale), to: formatMonth(lastMonth, locale) }, locale);
    this.select({ predicates: [{ field: 'order_date', kind: 'interval', range: [start, end] }], label });
  }
}
