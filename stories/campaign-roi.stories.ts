import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadTable } from '../src/ingest/index.js';
import { loadSampleOrders } from './sample-orders.js';

// Three campaigns over the sample orders' months. No sample order carries a campaign code, so the
// window attribution shows more than the default code attribution.
const CAMPAIGNS_CSV = `活动编号,活动名称,活动类型,开始日期,结束日期,活动费用,目标业务类型,触达客户数
K2401,春节保养季,保养促销,2024-01-01,2024-01-31,1500.00,定期保养,320
K2402,钣喷节,钣喷促销,2024-02-15,2024-03-15,3000.00,钣喷,
K2403,春季美容周,美容,2024-03-10,2024-03-20,800.00,美容,150
`;

let loading: Promise<unknown> | undefined;

function loadSamples(): Promise<unknown> {
  loading ??= Promise.all([loadSampleOrders(), loadTable(new Blob([CAMPAIGNS_CSV], { type: 'text/csv' }), { table: 'campaigns' })]);
  return loading;
}

interface CampaignArgs {
  locale: 'zh-CN' | 'en-US';
  attribution: 'code' | 'window';
  targetOnly: boolean;
  baseline: 'previous' | 'last_year';
  returnDays: number;
  width: number;
}

const meta: Meta<CampaignArgs> = {
  title: 'Widgets/campaign-roi',
  component: 'campaign-roi',
  loaders: [async () => ({ data: await loadSamples() })],
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en-US'] },
    attribution: { control: 'inline-radio', options: ['code', 'window'] },
    baseline: { control: 'inline-radio', options: ['previous', 'last_year'] },
    returnDays: { control: { type: 'number', min: 1, max: 3650, step: 1 } },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  args: { locale: 'zh-CN', attribution: 'window', targetOnly: false, baseline: 'previous', returnDays: 90, width: 960 },
  render: ({ locale, attribution, targetOnly, baseline, returnDays, width }) =>
    html`<campaign-roi
      locale=${locale}
      attribution=${attribution}
      ?target-only=${targetOnly}
      baseline=${baseline}
      return-days=${returnDays}
      style="max-width: ${width}px"
    ></campaign-roi>`,
};
export default meta;

type Story = StoryObj<CampaignArgs>;

/** Window attribution over all service types, uplift against the period before. */
export const Default: Story = {};

export const TargetTypeOnly: Story = { args: { targetOnly: true } };

/** Code attribution: no sample order carries a campaign code, so every campaign shows no visits. */
export const CodeAttribution: Story = { args: { attribution: 'code' } };

export const LastYearBaseline: Story = { args: { baseline: 'last_year' } };

export const English: Story = { args: { locale: 'en-US' } };
