// Observable Plot specification of <campaign-roi>: a revenue bar and a cost tick per campaign. The
// function only draws; the element adds keyboard access and selection.
import * as Plot from '@observablehq/plot';
import type { CampaignRow } from '../../analyses/campaigns.js';
import type { ChartTheme } from '../../charts/theme.js';
import { formatMoneyCompact } from '../../format/index.js';
import { t, type Locale } from '../../i18n/index.js';

export interface CampaignChartOptions {
  readonly locale: Locale;
  readonly width: number;
  readonly theme: ChartTheme;
  /** Display name of each campaign, in row order. */
  readonly names: readonly string[];
  /** Tooltip text of campaign `index`. */
  readonly tipText: (index: number) => string;
}

const BAR_HEIGHT = 30;

/** Left margin that fits the longest campaign name (a Chinese glyph is about 12px wide at 12px). */
function labelMargin(labels: readonly string[]): number {
  const longest = Math.max(...labels.map((label) => [...label].length), 2);
  return Math.min(200, 16 + longest * 12);
}

/**
 * Draws one revenue bar per campaign with the campaign's cost as a tick across it. Bar `i` is bound to
 * row `i`, so the element can make it focusable; `selected` is the index of the highlighted campaign.
 */
export function campaignChart(rows: readonly CampaignRow[], selected: number | undefined, options: CampaignChartOptions): SVGSVGElement | HTMLElement {
  const { locale, theme, names } = options;
  const indexes = rows.map((_, i) => i);
  const withCost = indexes.filter((i) => rows[i].cost !== null);

  return Plot.plot({
    width: options.width,
    height: 48 + rows.length * BAR_HEIGHT,
    marginLeft: labelMargin(names),
    marginRight: 56,
    style: { fontFamily: theme.fontFamily, fontSize: '12px', color: theme.text, background: 'transparent', overflow: 'visible' },
    x: { label: t('campaignRoi.chart.axis', {}, locale), grid: true, nice: true, tickFormat: (value: number) => formatMoneyCompact(value, locale) },
    y: { label: null, domain: [...names], padding: 0.3 },
    marks: [
      Plot.barX(indexes, {
        x: (i: number) => rows[i].revenue,
        y: (i: number) => names[i],
        fill: theme.palette[0],
        stroke: (i: number) => (i === selected ? theme.selected : 'none'),
        strokeWidth: 3,
        fillOpacity: (i: number) => (selected === undefined || i === selected ? 1 : 0.45),
        title: (i: number) => options.tipText(i),
      }),
      Plot.tickX(withCost, {
        x: (i: number) => rows[i].cost,
        y: (i: number) => names[i],
        stroke: theme.palette[2],
        strokeWidth: 3,
      }),
      Plot.text(indexes, {
        x: (i: number) => rows[i].revenue,
        y: (i: number) => names[i],
        text: (i: number) => formatMoneyCompact(rows[i].revenue, locale),
        textAnchor: 'start',
        dx: 4,
        fill: theme.text,
      }),
      Plot.ruleX([0]),
    ],
  });
}
