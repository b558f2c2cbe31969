// Observable Plot specifications of <satisfaction-panel>. The functions only draw; the element adds
// keyboard access and selection.
import * as Plot from '@observablehq/plot';
import type { DistributionRow, MeanScoreRow, ScoreBreakdown } from '../../analyses/satisfaction.js';
import type { ChartTheme } from '../../charts/theme.js';
import { formatCount, formatMonth, parseIsoMonth } from '../../format/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { channelLabel, dimensionLabel, formatScore } from './labels.js';

/** Mean-score rows that share one declared scale, drawn as one chart with that scale as its axis. */
export interface ScaleGroup {
  /** Axis range: the declared scale, or 0–100 on the 0–100 form. */
  readonly min: number;
  readonly max: number;
  /** Title of the chart, e.g. "1–5 分" (empty on the 0–100 form). */
  readonly title: string;
  readonly rows: readonly MeanScoreRow[];
}

interface ChartOptions {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: ChartTheme;
}

const BAR_HEIGHT = 26;
const TREND_HEIGHT = 240;

function baseStyle(theme: ChartTheme): Partial<CSSStyleDeclaration> {
  return { fontFamily: theme.fontFamily, fontSize: '12px', color: theme.text, background: 'transparent', overflow: 'visible' };
}

/** Left margin that fits the longest label (a Chinese glyph is about 12px wide at 12px). */
function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(...labels.map((label) => [...label].length), 2);
  return Math.min(180, 16 + longest * 12);
}

/**
 * Splits mean-score rows by declared scale. On the 0–100 form (`scaleMin` null) everything is one group;
 * rows without a usable scale get an axis from their own values.
 */
export function groupByScale(rows: readonly MeanScoreRow[], locale: Locale): ScaleGroup[] {
  const groups = new Map<string, MeanScoreRow[]>();
  for (const row of rows) {
    const key = `${row.scaleMin}|${row.scaleMax}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const { scaleMin, scaleMax } = group[0];
    if (scaleMin === null && scaleMax === null) return { min: 0, max: 100, title: '', rows: group };
    const values = group.map((row) => row.mean);
    const min = scaleMin ?? Math.min(0, ...values);
    const max = scaleMax ?? Math.max(...values);
    const title = scaleMin !== null && scaleMax !== null ? t('satisfaction.scale.range', { min: scaleMin, max: scaleMax }, locale) : '';
    return { min, max, title, rows: group };
  });
}

/** Text of a mean-score tooltip. */
function meanTip(row: MeanScoreRow, breakdown: ScoreBreakdown, locale: Locale): string {
  const dimension = dimensionLabel(row.dimension, locale);
  const group = breakdown === 'channel' ? channelLabel(row.group, locale) : breakdown === 'month' ? formatMonth(row.group, locale) : '';
  const label = group ? `${dimension} · ${group}` : dimension;
  return t('satisfaction.tip.mean', { label, mean: formatScore(row.mean, locale), responses: row.responses }, locale);
}

/** Horizontal bars of the mean per dimension (and per channel inside each dimension) on one scale. */
export function meanBarChart(group: ScaleGroup, breakdown: 'none' | 'channel', options: ChartOptions): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const rows = [...group.rows];
  const dimension = (row: MeanScoreRow) => dimensionLabel(row.dimension, locale);
  const channel = (row: MeanScoreRow) => channelLabel(row.group, locale);
  const yLabel = breakdown === 'channel' ? channel : dimension;
  const dimensions = [...new Set(rows.map(dimension))];
  const channels = [...new Set(rows.map(channel))].sort();
  const yDomain = breakdown === 'channel' ? channels : dimensions;
  const bandsPerFacet = breakdown === 'channel' ? channels.length : 1;

  return Plot.plot({
    width: options.width,
    height: 58 + rows.length * BAR_HEIGHT + (breakdown === 'channel' ? dimensions.length * 8 : 0),
    marginLeft: labelMargin([...yDomain, ...dimensions]) + (breakdown === 'channel' ? 72 : 0),
    marginRight: 48,
    // Room for the axis label below the tick labels; at Plot's default 30 px it overlaps the last tick.
    marginBottom: 40,
    style: baseStyle(theme),
    x: { domain: [group.min, group.max], label: t('satisfaction.axis.mean', {}, locale), grid: true },
    y: { label: null, domain: yDomain, padding: bandsPerFacet > 1 ? 0.15 : 0.25 },
    fy: breakdown === 'channel' ? { label: null, domain: dimensions, padding: 0.1 } : undefined,
    color: breakdown === 'channel' ? { type: 'ordinal', domain: channels, range: channels.map((_, i) => theme.palette[i % theme.palette.length]), legend: true } : undefined,
    marks: [
      Plot.barX(rows, {
        x1: () => group.min,
        x2: 'mean',
        y: yLabel,
        fy: breakdown === 'channel' ? dimension : undefined,
        fill: breakdown === 'channel' ? channel : theme.palette[0],
        title: (row: MeanScoreRow) => meanTip(row, breakdown, locale),
      }),
      Plot.text(rows, {
        x: 'mean',
        y: yLabel,
        fy: breakdown === 'channel' ? dimension : undefined,
        text: (row: MeanScoreRow) => formatScore(row.mean, locale),
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([group.min]),
    ],
  });
}

/** Lines of the monthly mean per dimension on one scale, with a colour legend. */
export function meanTrendChart(group: ScaleGroup, options: ChartOptions): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const rows = group.rows.filter((row) => row.group !== null);
  const dimension = (row: MeanScoreRow) => dimensionLabel(row.dimension, locale);
  const dimensions = [...new Set(rows.map(dimension))];
  const monthDate = (row: MeanScoreRow) => new Date(parseIsoMonth(row.group ?? ''));

  return Plot.plot({
    width: options.width,
    height: TREND_HEIGHT,
    marginLeft: 48,
    style: baseStyle(theme),
    x: { type: 'utc', label: t('satisfaction.axis.month', {}, locale), tickFormat: (date: Date) => formatMonth(date.toISOString().slice(0, 7), locale) },
    y: { domain: [group.min, group.max], label: t('satisfaction.axis.mean', {}, locale), grid: true },
    color: { type: 'ordinal', domain: dimensions, range: dimensions.map((_, i) => theme.palette[i % theme.palette.length]), legend: true },
    marks: [
      Plot.lineY(rows, { x: monthDate, y: 'mean', z: dimension, stroke: dimension, sort: monthDate }),
      Plot.dot(rows, { x: monthDate, y: 'mean', fill: dimension, r: 3, title: (row: MeanScoreRow) => meanTip(row, 'month', locale) }),
    ],
  });
}

/**
 * Draws vertical bars of the number of answers per score for one dimension and scale. Bar `i` is bound
 * to row `i`, so the element can make it focusable; `selected` is the index of the highlighted bar and
 * `barLabel(i)` its tooltip, the same text as its accessible name.
 */
export function distributionChart(
  rows: readonly DistributionRow[],
  selected: number | undefined,
  barLabel: (index: number) => string,
  options: ChartOptions,
): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const indexes = rows.map((_, i) => i);
  const valueLabel = (i: number) => formatScore(rows[i].value, locale);

  return Plot.plot({
    width: options.width,
    height: 200,
    marginLeft: 48,
    style: baseStyle(theme),
    x: { type: 'band', domain: indexes.map(valueLabel), label: null, padding: 0.15 },
    // Counts are whole numbers, so fractional ticks are left unlabelled.
    y: { label: t('satisfaction.axis.responses', {}, locale), grid: true, nice: true, tickFormat: (value: number) => (Number.isInteger(value) ? formatCount(value, locale) : '') },
    marks: [
      Plot.barY(indexes, {
        x: valueLabel,
        y: (i: number) => rows[i].responses,
        fill: (i: number) => (i === selected ? theme.selected : theme.palette[0]),
        fillOpacity: (i: number) => (selected === undefined || i === selected ? 1 : 0.45),
        title: barLabel,
      }),
      Plot.ruleY([0]),
    ],
  });
}
