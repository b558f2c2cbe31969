import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { brushX, select, type D3BrushEvent } from 'd3';
import type { Table } from 'apache-arrow';
import {
  CHURN_MONTH_FIELDS,
  snapIntervalsToMonths,
  CHURN_ORDER_FIELDS,
  churnTrendQuery,
  lifecycleQuery,
  readChurnTrend,
  readLifecycle,
  type ChurnMonthRow,
  type LifecycleRow,
} from '../../analyses/churn.js';
import { labelPlotGroups } from '../../charts/interaction.js';
import { readTheme } from '../../charts/theme.js';
import type { Query } from '../../engine/index.js';
import { compileFilters } from '../../filters/sql.js';
import type { FilterClause } from '../../filters/types.js';
import { formatCount, formatMonth, formatPercent } from '../../format/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { AnalysisElement, checkMonthsAttribute, figureStyles, type DefinitionEntry, type RenderContext } from '../base/index.js';
import { TREND_HEIGHT, TREND_MARGIN, churnRateChart, customersChart, lifecycleChart } from './charts.js';
import { intervalRange, rangeInterval, snapToMonths, type MonthRange } from './range.js';
import { churnTrendStyles } from './styles.js';

/** Monthly figures and lifecycle stages, as drawn by `<churn-trend>`. */
export interface ChurnTrendResult {
  readonly months: readonly ChurnMonthRow[];
  readonly lifecycle: readonly LifecycleRow[];
}

/** Churn windows offered by the switch. The `window` attribute accepts any whole number of months from 1 to 120. */
const WINDOW_CHOICES = [3, 6, 12] as const;

/** The definitions panel, with the churn window N and the active-base window in use. */
function definitionEntries(window: number, activeWindow: number): readonly DefinitionEntry[] {
  const params = { window, active: activeWindow, activeOffset: activeWindow - 1 };
  return [
    { term: 'churnTrend.definition.inUse', definition: 'churnTrend.definition.inUseText', params },
    { term: 'churnTrend.definition.newCustomers', definition: 'churnTrend.definition.newCustomersText' },
    { term: 'churnTrend.definition.activeBase', definition: 'churnTrend.definition.activeBaseText', params },
    { term: 'churnTrend.definition.lifecycle', definition: 'churnTrend.definition.lifecycleText', params },
    { term: 'churnTrend.definition.scope', definition: 'churnTrend.definition.scopeText' },
  ];
}

type PlotChart = (SVGSVGElement | HTMLElement) & { scale?: (name: string) => { invert?: (pixel: number) => unknown } | undefined };

/**
 * Customer churn trend (客户流失趋势): per month the new customers, the active base, and the cohort
 * churn rate with window N (`window`, default 12), beside the lifecycle stages (first visit →
 * returning → at risk → lapsed). Dragging across a time chart, or picking two months and pressing
 * the apply button, filters the other widgets of the group by an `order_date` interval of whole
 * months. The clear button removes that selection.
 *
 * @summary Churn trend with a time brush and the customer lifecycle.
 * @csspart chart - the churn-rate, customers and lifecycle charts
 * @csspart window - the churn-window switch
 * @csspart range - the month pickers, the keyboard alternative to the brush
 * @csspart table - the monthly table
 */
export class ChurnTrendElement extends AnalysisElement<ChurnTrendResult> {
  static override styles = [...AnalysisElement.styles, figureStyles, churnTrendStyles];

  /** Churn window N in months (流失窗口), 12 by default. 3 and 6 are also used. */
  @property({ type: Number, reflect: true }) window = 12;

  /** Active-base window in months: a customer is active in M with a visit in the last this-many months. */
  @property({ attribute: 'active-window', type: Number }) activeWindow = 12;

  protected readonly requiredTables = ['orders'];
  protected readonly filterFields = { ...CHURN_ORDER_FIELDS, ...CHURN_MONTH_FIELDS };

  protected buildQueries(filters: readonly FilterClause[]): Query[] {
    const orderFilter = compileFilters(filters, { ...CHURN_ORDER_FIELDS });
    const monthFilter = compileFilters(snapIntervalsToMonths(filters), { ...CHURN_MONTH_FIELDS });
    const settings = {
      window: checkMonthsAttribute(this.localName, 'window', this.window, this.getAttribute('window')),
      activeWindow: checkMonthsAttribute(this.localName, 'active-window', this.activeWindow, this.getAttribute('active-window')),
    };
    return [churnTrendQuery(orderFilter, monthFilter, settings), lifecycleQuery(orderFilter, settings)];
  }

  protected readResult(tables: readonly Table[]): ChurnTrendResult {
    return { months: readChurnTrend(tables[0]), lifecycle: readLifecycle(tables[1]) };
  }

  protected isEmptyResult(result: ChurnTrendResult): boolean {
    return result.months.length === 0;
  }

  protected heading(locale: Locale): string {
    return t('churnTrend.heading', {}, locale);
  }

  protected definitions(): readonly DefinitionEntry[] {
    return definitionEntries(this.window, this.activeWindow);
  }

  protected override renderDependencies(): readonly unknown[] {
    return [this.window, this.activeWindow];
  }

  protected override renderActions(locale: Locale): TemplateResult {
    return html`
      <div part="window" class="switch" role="group" aria-label=${t('churnTrend.window.label', {}, locale)}>
        ${WINDOW_CHOICES.map(
          (choice) => html`<button type="button" data-window=${choice} aria-pressed=${choice === this.window ? 'true' : 'false'} @click=${() => (this.window = choice)}>
            ${t('churnTrend.window.option', { window: choice }, locale)}
          </button>`,
        )}
      </div>
    `;
  }

  /** The widget's own time selection as whole months, or undefined. */
  get selectedRange(): MonthRange | undefined {
    const predicate = this.filters.own?.predicates.find((candidate) => candidate.field === 'order_date');
    return predicate?.kind === 'interval' ? intervalRange(predicate.range) : undefined;
  }

  protected renderResult(result: ChurnTrendResult, context: RenderContext): TemplateResult {
    const { locale, width } = context;
    const theme = readTheme(this);
    const selection = this.selectedRange;
    const months = result.months.map((row) => row.month);
    const wide = width >= 640;
    const trendWidth = wide ? Math.floor((width - 16) * (2 / 3)) : width;
    const sideWidth = wide ? width - 16 - trendWidth : width;

    const rateLabel = t('churnTrend.series.churnRate', {}, locale);
    const rate = churnRateChart(result.months, rateLabel, { locale, width: trendWidth, theme, selection }) as PlotChart;
    rate.setAttribute('part', 'chart');
    labelPlotGroups(rate);
    rate.setAttribute('data-chart', 'rate');
    this.attachBrush(rate, months, trendWidth);

    const customers = customersChart(
      result.months,
      { activeBase: t('churnTrend.series.activeBase', {}, locale), newCustomers: t('churnTrend.series.newCustomers', {}, locale) },
      { locale, width: trendWidth, theme, selection },
    ) as PlotChart;
    customers.setAttribute('part', 'chart');
    labelPlotGroups(customers);
    customers.setAttribute('data-chart', 'customers');
    this.attachBrush(customers, months, trendWidth);

    const stageLabels = result.lifecycle.map((row) => t(`churnTrend.stage.${row.stage}`, {}, locale));
    const lifecycle = lifecycleChart(result.lifecycle, stageLabels, { locale, width: sideWidth, theme });
    lifecycle.setAttribute('part', 'chart');
    labelPlotGroups(lifecycle);
    lifecycle.setAttribute('data-chart', 'lifecycle');
    const lastMonth = months[months.length - 1];

    return html`
      <p class="in-use">${t('churnTrend.inUse', { window: this.window, active: this.activeWindow }, locale)}</p>
      <div class=${wide ? 'columns wide' : 'columns'}>
        <div>
          <p class="hint">${t('churnTrend.range.hint', {}, locale)}</p>
          <figure class="chart">
            <figcaption>${t('churnTrend.rateChart', { window: this.window }, locale)}</figcaption>
            ${rate}
          </figure>
          <figure class="chart">
            <figcaption>${t('churnTrend.customersChart', {}, locale)}</figcaption>
            ${customers}
          </figure>
          ${this.renderRangeControls(months, selection, locale)}
        </div>
        <figure class="chart">
          <figcaption>${t('churnTrend.lifecycleChart', { month: formatMonth(lastMonth, locale) }, locale)}</figcaption>
          ${lifecycle}
          <table part="table" class="lifecycle">
            <tbody>
              ${result.lifecycle.map((row, i) => html`<tr data-stage=${row.stage}><th scope="row">${stageLabels[i]}</th><td>${formatCount(row.customers, locale)}</td></tr>`)}
            </tbody>
          </table>
        </figure>
      </div>
      ${this.renderMonthTable(result.months, locale)}
    `;
  }

  // The keyboard alternative to the brush: two month pickers and explicit apply and clear buttons.
  private renderRangeControls(months: readonly string[], selection: MonthRange | undefined, locale: Locale): TemplateResult {
    const from = selection?.from ?? months[0];
    const to = selection?.to ?? months[months.length - 1];
    const option = (month: string, current: string | undefined) => html`<option value=${month} ?selected=${month === current}>${formatMonth(month, locale)}</option>`;
    return html`
      <fieldset part="range" class="range">
        <legend>${t('churnTrend.range.label', {}, locale)}</legend>
        <label>${t('churnTrend.range.from', {}, locale)} <select class="range-from">${months.map((month) => option(month, from))}</select></label>
        <label>${t('churnTrend.range.to', {}, locale)} <select class="range-to">${months.map((month) => option(month, to))}</select></label>
        <button type="button" class="range-apply" @click=${() => this.applyPickedRange(locale)}>${t('churnTrend.range.apply', {}, locale)}</button>
        <button type="button" class="range-clear" ?disabled=${!selection} @click=${() => this.select(null)}>${t('churnTrend.range.clear', {}, locale)}</button>
      </fieldset>
    `;
  }

  private renderMonthTable(rows: readonly ChurnMonthRow[], locale: Locale): TemplateResult {
    const notShown = t('churnTrend.notShown', {}, locale);
    const column = (text: string) => html`<th scope="col">${text}</th>`;
    return html`
      <details>
        <summary>${t('common.table.show', {}, locale)}</summary>
        <div class="table-wrap" tabindex="0">
          <table part="table" class="months">
            <caption>${t('churnTrend.tableCaption', {}, locale)}</caption>
            <thead>
              <tr>
                ${column(t('churnTrend.column.month', {}, locale))} ${column(t('churnTrend.column.newCustomers', {}, locale))}
                ${column(t('churnTrend.column.activeBase', {}, locale))} ${column(t('churnTrend.column.cohort', { window: this.window }, locale))}
                ${column(t('churnTrend.column.lapsed', {}, locale))} ${column(t('churnTrend.column.churnRate', {}, locale))}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr data-month=${row.month}>
                  <th scope="row">${formatMonth(row.month, locale)}</th>
                  <td>${formatCount(row.newCustomers, locale)}</td>
                  <td>${formatCount(row.activeBase, locale)}</td>
                  <td>${row.cohort === null ? notShown : formatCount(row.cohort, locale)}</td>
                  <td>${row.lapsed === null ? notShown : formatCount(row.lapsed, locale)}</td>
                  <td>${row.cohort === null ? notShown : formatPercent(row.churnRate, locale)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }

  // A d3 brush over the chart's plot area. On release, the pixel range snaps to whole months.
  private attachBrush(chart: PlotChart, months: readonly string[], width: number): void {
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector<SVGSVGElement>('svg.plot, svg:last-of-type');
    const scale = chart.scale?.('x');
    if (!svg || !scale?.invert || months.length === 0) return;
    const invert = scale.invert;
    const brush = brushX<unknown>()
      .extent([
        [TREND_MARGIN.left, TREND_MARGIN.top],
        [width - TREND_MARGIN.right, TREND_HEIGHT - TREND_MARGIN.bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        const pixels = event.selection as [number, number] | null;
        if (!pixels) return;
        const range = snapToMonths(invert(pixels[0]) as Date, invert(pixels[1]) as Date, months);
        if (range) this.selectRange(range, this.activeLocale);
      });
    select(svg).append('g').attr('class', 'brush').call(brush);
  }

  private applyPickedRange(locale: Locale): void {
    const from = this.shadowRoot?.querySelector<HTMLSelectElement>('.range-from')?.value;
    const to = this.shadowRoot?.querySelector<HTMLSelectElement>('.range-to')?.value;
    if (!from || !to) return;
    this.selectRange(from <= to ? { from, to } : { from: to, to: from }, locale);
  }

  private selectRange(range: MonthRange, locale: Locale): void {
    this.select({
      predicates: [{ field: 'order_date', kind: 'interval', range: rangeInterval(range) }],
      label: t('churnTrend.selectionLabel', { from: formatMonth(range.from, locale), to: formatMonth(range.to, locale) }, locale),
    });
  }
}
