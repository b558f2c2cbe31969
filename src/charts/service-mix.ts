// Observable Plot specifications of <service-mix>: horizontal bars per service type and the monthly
// trend as bars stacked by service type. The functions only draw; the element wires up selection.
import * as Plot from '@observablehq/plot';
import { interpolateSinebow } from 'd3';
import type { ServiceMixRow, ServiceMixTrendRow } from '../analyses/service-mix.js';
import { formatCount, formatMoney, formatMoneyCompact, formatMonth, formatNumberCompact, parseIsoMonth } from '../format/index.js';
import type { Locale } from '../i18n/index.js';
import type { ChartTheme } from './theme.js';

/** Measure of the bars and the trend. */
export type ServiceMixMeasure = 'revenue' | 'visits';

/** Settings shared by both charts. */
export interface ServiceMixChartOptions {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: ChartTheme;
  readonly measure: ServiceMixMeasure;
  /** Axis label of the measure, from the catalog. */
  readonly measureLabel: string;
  /** Display name of each service type (the blank type included), in colour-domain order. */
  readonly typeLabels: readonly string[];
  /** Tooltip text of each mark, one line per figure. */
  readonly tipText: (index: number) => string;
}

const BAR_HEIGHT = 28;
const TREND_HEIGHT = 240;
const TREND_MARGIN_LEFT = 64;
const TREND_MARGIN_RIGHT = 20;
/** Width a month tick label needs, gap included: "2024年10月" at 12px is about 66px. */
const MONTH_TICK_WIDTH = 80;

/** Picks every n-th month as a tick, with n chosen so that month labels do not overlap at `width`. */
export function monthTicks(months: readonly string[], width: number): string[] {
  const plotWidth = Math.max(1, width - TREND_MARGIN_LEFT - TREND_MARGIN_RIGHT);
  const step = Math.max(1, Math.ceil((months.length * MONTH_TICK_WIDTH) / plotWidth));
  return months.filter((_, i) => i % step === 0);
}

/** First and last index (inclusive) of a run of selected months. */
export interface MonthRange {
  readonly first: number;
  readonly last: number;
}

/** Tells whether month `index` lies in `range`. */
export function inRange(index: number, range: MonthRange): boolean {
  return index >= range.first && index <= range.last;
}

/** Formats a value of `measure` for axes: ¥ and 万 for revenue, plain counts for visits. */
export function formatMeasure(value: number | null, measure: ServiceMixMeasure, locale: Locale, compact = true): string {
  if (measure === 'revenue') return compact ? formatMoneyCompact(value, locale) : formatMoney(value, locale);
  return compact ? formatNumberCompact(value, locale) : formatCount(value, locale);
}

function baseStyle(theme: ChartTheme): Partial<CSSStyleDeclaration> {
  return { fontFamily: theme.fontFamily, fontSize: '12px', color: theme.text, background: 'transparent', overflow: 'visible' };
}

/**
 * Gives each service type a colour: the theme palette first, then (for exports with more types than
 * the palette has colours) evenly spaced hues, so that no two legend entries share a colour.
 */
export function seriesColors(count: number, palette: readonly string[]): string[] {
  const extra = Math.max(0, count - palette.length);
  return Array.from({ length: count }, (_, i) => (i < palette.length ? palette[i] : interpolateSinebow((i - palette.length + 0.5) / extra)));
}

function colorScale(options: ServiceMixChartOptions) {
  return { type: 'ordinal' as const, domain: [...options.typeLabels], range: seriesColors(options.typeLabels.length, options.theme.palette) };
}

/** Computes the left margin that fits the longest service-type label (Chinese glyphs are about 12px wide). */
function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(...labels.map((label) => [...label].length), 2);
  return Math.min(160, 16 + longest * 12);
}

/**
 * Draws one horizontal bar per service type in `rows` order. Bar `i` is bound to row `i`, so the
 * element can make it focusable and selectable. `selected` is the index of the highlighted type.
 */
export function serviceMixBarChart(rows: readonly ServiceMixRow[], selected: number | undefined, options: ServiceMixChartOptions): SVGSVGElement | HTMLElement {
  const { locale, measure, theme } = options;
  const values = rows.map((row) => (measure === 'revenue' ? row.revenue : row.visits));
  const indexes = rows.map((_, i) => i);
  const labels = options.typeLabels;

  return Plot.plot({
    width: options.width,
    height: 40 + rows.length * BAR_HEIGHT,
    marginLeft: labelMargin(labels),
    marginRight: 56,
    style: baseStyle(theme),
    color: colorScale(options),
    // The figure caption already names the measure, and an axis label would collide with the last tick.
    x: { label: null, grid: true, nice: true, tickFormat: (value: number) => formatMeasure(value, measure, locale) },
    y: { label: null, domain: indexes.map((i) => labels[i]), padding: 0.25 },
    marks: [
      Plot.barX(indexes, {
        x: (i: number) => values[i],
        y: (i: number) => labels[i],
        fill: (i: number) => labels[i],
        stroke: (i: number) => (i === selected ? theme.selected : 'none'),
        strokeWidth: 3,
        fillOpacity: (i: number) => (selected === undefined || i === selected ? 1 : 0.45),
      }),
      Plot.text(indexes, {
        x: (i: number) => values[i],
        y: (i: number) => labels[i],
        text: (i: number) => formatMeasure(values[i], measure, locale),
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([0]),
      Plot.tip(
        indexes,
        Plot.pointerY({ x: (i: number) => values[i], y: (i: number) => labels[i], title: (i: number) => options.tipText(i) }),
      ),
    ],
  });
}

/**
 * Draws the monthly trend as bars stacked by service type, with one transparent full-height bar per
 * month on top. Overlay bar `m` is bound to month `m` of `months`, so the element can make months
 * focusable and selectable. `selectedMonths` is the inclusive index range of the highlighted months. When
 * `selectedTypeLabel` is set, bars of the other types are dimmed.
 */
export function serviceMixTrendChart(
  trend: readonly ServiceMixTrendRow[],
  months: readonly string[],
  typeLabel: (type: string | null) => string,
  selectedMonths: MonthRange | undefined,
  options: ServiceMixChartOptions & { monthTipText: (monthIndex: number) => string; selectedTypeLabel?: string },
): SVGSVGElement | HTMLElement {
  const { locale, measure, theme } = options;
  const value = (row: ServiceMixTrendRow) => (measure === 'revenue' ? row.revenue : row.visits);
  const totals = months.map((month) => trend.filter((row) => row.month === month).reduce((sum, row) => sum + value(row), 0));
  const monthIndexes = months.map((_, i) => i);
  const monthDate = (month: string) => new Date(parseIsoMonth(month));

  return Plot.plot({
    width: options.width,
    height: TREND_HEIGHT,
    marginLeft: TREND_MARGIN_LEFT,
    marginRight: TREND_MARGIN_RIGHT,
    style: baseStyle(theme),
    color: colorScale(options),
    x: {
      type: 'band',
      label: null,
      domain: months.map(monthDate),
      ticks: monthTicks(months, options.width).map(monthDate),
      tickFormat: (date: Date) => formatMonth(date.toISOString().slice(0, 7), locale),
      padding: 0.2,
    },
    y: { label: options.measureLabel, grid: true, nice: true, tickFormat: (v: number) => formatMeasure(v, measure, locale) },
    marks: [
      Plot.barY(trend, {
        x: (row: ServiceMixTrendRow) => monthDate(row.month),
        y: value,
        fill: (row: ServiceMixTrendRow) => typeLabel(row.serviceType),
        order: options.typeLabels as string[],
        fillOpacity: (row: ServiceMixTrendRow) => {
          const monthShown = selectedMonths === undefined || inRange(months.indexOf(row.month), selectedMonths);
          const typeShown = options.selectedTypeLabel === undefined || typeLabel(row.serviceType) === options.selectedTypeLabel;
          return monthShown && typeShown ? 1 : 0.45;
        },
      }),
      Plot.barY(monthIndexes, {
        x: (i: number) => monthDate(months[i]),
        y: (i: number) => totals[i],
        fill: 'transparent',
        stroke: (i: number) => (selectedMonths !== undefined && inRange(i, selectedMonths) ? theme.selected : 'none'),
        strokeWidth: 3,
        className: 'month-hit',
      }),
      Plot.ruleY([0]),
      Plot.tip(
        monthIndexes,
        Plot.pointerX({ x: (i: number) => monthDate(months[i]), y: (i: number) => totals[i], title: (i: number) => options.monthTipText(i) }),
      ),
    ],
  });
}
