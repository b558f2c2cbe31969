// Observable Plot specifications of <churn-trend>: the churn rate, the active base with new
// customers, and the lifecycle stages. The functions only draw; the element wires up selection.
import * as Plot from '@observablehq/plot';
import type { ChurnMonthRow, LifecycleRow } from '../../analyses/churn.js';
import type { ChartTheme } from '../../charts/theme.js';
import { formatCount, formatMonth, formatPercent, parseIsoMonth } from '../../format/index.js';
import type { Locale } from '../../i18n/index.js';
import type { MonthRange } from './range.js';

export interface TrendChartOptions {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: ChartTheme;
  /** The widget's own time selection, drawn as a shaded band. */
  readonly selection: MonthRange | undefined;
}

/** Frame of the time charts, shared with the brush that is laid over them. */
export const TREND_MARGIN = { top: 20, right: 20, bottom: 30, left: 56 } as const;
export const TREND_HEIGHT = 200;

const monthStart = (month: string) => new Date(parseIsoMonth(month));
const monthEnd = (month: string) => {
  const date = monthStart(month);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date;
};

function style(theme: ChartTheme): Partial<CSSStyleDeclaration> {
  return { fontFamily: theme.fontFamily, fontSize: '12px', color: theme.text, background: 'transparent', overflow: 'visible' };
}

function timeAxis(rows: readonly ChurnMonthRow[], locale: Locale) {
  const first = rows[0]?.month;
  const last = rows[rows.length - 1]?.month;
  return {
    type: 'utc' as const,
    label: null,
    domain: first && last ? [monthStart(first), monthEnd(last)] : undefined,
    tickFormat: (date: Date) => formatMonth(date.toISOString().slice(0, 7), locale),
    ticks: Math.max(2, Math.floor(rows.length > 0 ? 6 : 2)),
  };
}

function selectionBand(options: TrendChartOptions): Plot.Markish[] {
  const range = options.selection;
  if (!range) return [];
  return [Plot.rect([range], { x1: (r: MonthRange) => monthStart(r.from), x2: (r: MonthRange) => monthEnd(r.to), fill: options.theme.selected, fillOpacity: 0.12 })];
}

/** Returns the size, margins, style and month axis that both trend charts share, so they line up. */
function trendFrame(rows: readonly ChurnMonthRow[], options: TrendChartOptions): Plot.PlotOptions {
  return {
    width: options.width,
    height: TREND_HEIGHT,
    marginTop: TREND_MARGIN.top,
    marginRight: TREND_MARGIN.right,
    marginBottom: TREND_MARGIN.bottom,
    marginLeft: TREND_MARGIN.left,
    style: style(options.theme),
    x: timeAxis(rows, options.locale),
  };
}

/** Returns the middle of the row's month, where its point or line vertex is drawn. */
function midMonth(row: ChurnMonthRow): Date {
  return new Date((monthStart(row.month).getTime() + monthEnd(row.month).getTime()) / 2);
}

/** Draws the churn rate per month (a point at mid-month); months without a rate are left out. */
export function churnRateChart(rows: readonly ChurnMonthRow[], label: string, options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const shown = rows.filter((row) => row.churnRate !== null);
  return Plot.plot({
    ...trendFrame(rows, options),
    y: { label, grid: true, domain: [0, 1], tickFormat: (value: number) => formatPercent(value, locale, 0) },
    marks: [
      ...selectionBand(options),
      Plot.lineY(shown, { x: midMonth, y: 'churnRate', stroke: theme.palette[2] }),
      Plot.dot(shown, { x: midMonth, y: 'churnRate', fill: theme.palette[2], r: 3 }),
      Plot.tip(shown, Plot.pointerX({ x: midMonth, y: 'churnRate', title: (row: ChurnMonthRow) => `${formatMonth(row.month, locale)}\n${label}：${formatPercent(row.churnRate, locale)}（${formatCount(row.lapsed, locale)}/${formatCount(row.cohort, locale)}）` })),
      Plot.ruleY([0]),
    ],
  });
}

/** Draws new customers as bars and the active base as a line, per month. */
export function customersChart(rows: readonly ChurnMonthRow[], labels: { activeBase: string; newCustomers: string }, options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  return Plot.plot({
    ...trendFrame(rows, options),
    y: { label: null, grid: true, nice: true, tickFormat: (value: number) => formatCount(value, locale) },
    color: { domain: [labels.activeBase, labels.newCustomers], range: [theme.palette[0], theme.palette[1]], legend: true },
    marks: [
      ...selectionBand(options),
      Plot.rectY(rows, { x1: (row: ChurnMonthRow) => monthStart(row.month), x2: (row: ChurnMonthRow) => monthEnd(row.month), y: 'newCustomers', fill: () => labels.newCustomers, inset: 2 }),
      Plot.lineY(rows, { x: midMonth, y: 'activeBase', stroke: () => labels.activeBase }),
      Plot.ruleY([0]),
    ],
  });
}

/** Draws one horizontal bar per lifecycle stage, in funnel order. */
export function lifecycleChart(rows: readonly LifecycleRow[], labels: readonly string[], options: { locale: Locale; width: number; theme: ChartTheme }): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const total = rows.reduce((sum, row) => sum + row.customers, 0);
  const indexes = rows.map((_, i) => i);
  return Plot.plot({
    width: options.width,
    height: 40 + rows.length * 28,
    marginLeft: 80,
    marginRight: 96,
    style: style(theme),
    x: { label: null, grid: true, nice: true, tickFormat: (value: number) => formatCount(value, locale) },
    y: { label: null, domain: [...labels], padding: 0.25 },
    marks: [
      Plot.barX(indexes, { x: (i: number) => rows[i].customers, y: (i: number) => labels[i], fill: (i: number) => theme.palette[(i + 3) % theme.palette.length] }),
      Plot.text(indexes, {
        x: (i: number) => rows[i].customers,
        y: (i: number) => labels[i],
        text: (i: number) => `${formatCount(rows[i].customers, locale)} (${formatPercent(total > 0 ? rows[i].customers / total : null, locale)})`,
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([0]),
    ],
  });
}
