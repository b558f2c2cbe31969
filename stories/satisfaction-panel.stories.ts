import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadTable } from '../src/ingest/index.js';
import { loadSampleOrders } from './sample-orders.js';

// Eight call-backs on the sample orders: star ratings (1–5) and the 0–10 recommendation question
// (推荐意愿). HF008 has no repair order.
const SURVEYS_CSV = `回访编号,回访日期,工单号,客户编号,客户姓名,手机号码,回访方式,服务态度,服务速度,服务质量,价格满意度,总体评分,推荐意愿,客户意见
HF001,2024-01-07,RO001,C001,张伟,13812345678,电话,5,4,5,4,5,9,
HF002,2024-01-14,RO002,C002,李娜,13987654321,微信,4,3,4,3,4,7,等待时间有点长
HF003,2024-01-20,RO003,C003,王强,13700001111,电话,2,2,3,2,2,3,喷漆有色差，请回电 13700001111
HF004,2024-02-04,RO005,C001,张伟,13812345678,微信,5,5,4,4,5,10,
HF005,2024-02-22,RO009,C007,赵敏,13600002222,电话,3,4,4,2,3,6,价格偏高
HF006,2024-03-05,RO010,C002,李娜,13987654321,短信,5,5,5,4,5,9,
HF007,2024-03-21,RO013,C009,陈静,13500003333,电话,4,4,3,3,4,8,
HF008,2024-03-29,,C011,刘洋,13400004444,微信,1,2,2,1,1,0,没有预约上
`;

let loading: Promise<unknown> | undefined;

function loadSamples(): Promise<unknown> {
  loading ??= Promise.all([loadSampleOrders(), loadTable(new Blob([SURVEYS_CSV], { type: 'text/csv' }), { table: 'surveys' })]);
  return loading;
}

interface SatisfactionArgs {
  locale: 'zh-CN' | 'en-US';
  scale: 'own' | 'normalized';
  breakdown: 'none' | 'channel' | 'month';
  lowScoreBelow: number;
  width: number;
}

const meta: Meta<SatisfactionArgs> = {
  title: 'Widgets/satisfaction-panel',
  component: 'satisfaction-panel',
  loaders: [async () => ({ data: await loadSamples() })],
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en-US'] },
    scale: { control: 'inline-radio', options: ['own', 'normalized'] },
    breakdown: { control: 'inline-radio', options: ['none', 'channel', 'month'] },
    lowScoreBelow: { control: { type: 'range', min: 0, max: 100, step: 5 } },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  args: { locale: 'zh-CN', scale: 'own', breakdown: 'none', lowScoreBelow: 60, width: 900 },
  render: ({ locale, scale, breakdown, lowScoreBelow, width }) =>
    html`<satisfaction-panel
      locale=${locale}
      scale=${scale}
      breakdown=${breakdown}
      low-score-below=${lowScoreBelow}
      style="max-width: ${width}px"
    ></satisfaction-panel>`,
};
export default meta;

type Story = StoryObj<SatisfactionArgs>;

/** Means on each question's own scale, NPS, response rate and the low-score list. */
export const Default: Story = {};

export const Normalized: Story = { args: { scale: 'normalized' } };

export const ByChannel: Story = { args: { scale: 'normalized', breakdown: 'channel' } };

export const MonthlyTrend: Story = { args: { scale: 'normalized', breakdown: 'month' } };

export const English: Story = { args: { locale: 'en-US' } };

export const Narrow: Story = { args: { width: 360 } };
