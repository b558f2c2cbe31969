// Observable Plot specification of <customer-segments>: one horizontal bar per segment.
import * as Plot from '@observablehq/plot';
import type { SegmentRow } from '../../analyses/segments.js';
import type { ChartTheme } from '../../charts/theme.js';
import { formatCount, formatPercent } from '../../format/index.js';
import type { Locale } from '../../i18n/index.js';

const BAR_HEIGHT = 28;

/** Draws bar `i` bound to row `i`, so the element can make bars selectable; `selected` is highlighted. */
export function segmentBarChart(
  rows: readonly SegmentRow[],
  labels: readonly string[],
  selected: number | undefined,
  options: { locale: Locale; width: number; theme: ChartTheme },
): SVGSVGElement | HTMLElement {
  const { locale, theme } = options;
  const indexes = rows.map((_, i) => i);
  const longest = Math.max(2, ...labels.map((label) => [...label].length));
  return Plot.plot({
    width: options.width,
    height: 40 + rows.length * BAR_HEIGHT,
    marginLeft: Math.min(200, 16 + longest * 12),
    marginRight: 72,
    style: { fontFamily: theme.fontFamily, fontSize: '12px', color: theme.text, background: 'transparent', overflow: 'visible' },
    x: { label: null, grid: true, nice: true, tickFormat: (value: number) => formatCount(value, locale) },
    y: { label: null, domain: [...labels], padding: 0.25 },
    marks: [
      Plot.barX(indexes, {
        x: (i: number) => rows[i].customers,
        y: (i: number) => labels[i],
        fill: (i: number) => theme.palette[i % theme.palette.length],
        stroke: (i: number) => (i === selected ? theme.selected : 'none'),
        strokeWidth: 3,
        fillOpacity: (i: number) => (selected === undefined || i === selected ? 1 : 0.45),
      }),
      Plot.text(indexes, {
        x: (i: number) => rows[i].customers,
        y: (i: number) => labels[i],
        text: (i: number) => `${formatCount(rows[i].customers, locale)} (${formatPercent(rows[i].share, locale)})`,
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([0]),
    ],
  });
}
