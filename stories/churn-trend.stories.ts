import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineElement } from '../src/elements/base/index.js';
import { ChurnTrendElement } from '../src/elements/churn-trend/index.js';
import { loadSampleOrders } from './sample-orders.js';

// Keeps the story working before src/define.ts registers the tag; a second definition only warns.
defineElement('churn-trend', ChurnTrendElement);

interface ChurnTrendArgs {
  locale: 'zh-CN' | 'en-US';
  window: number;
  width: number;
}

const meta: Meta<ChurnTrendArgs> = {
  title: 'Widgets/churn-trend',
  component: 'churn-trend',
  loaders: [async () => ({ orders: await loadSampleOrders() })],
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en-US'] },
    window: { control: 'inline-radio', options: [1, 2, 3, 6, 12] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  args: { locale: 'zh-CN', window: 1, width: 900 },
  render: ({ locale, window, width }) => html`<churn-trend locale=${locale} window=${window} style="max-width: ${width}px"></churn-trend>`,
};
export default meta;

type Story = StoryObj<ChurnTrendArgs>;

/** The sample orders cover three months, so a one-month window is the longest with a churn rate. */
export const Default: Story = {};

/** With the default 12-month window the sample is too short: every month shows "数据不足". */
export const TwelveMonthWindow: Story = { args: { window: 12 } };

export const English: Story = { args: { locale: 'en-US' } };

export const Narrow: Story = { args: { width: 360 } };
