import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineElement } from '../src/elements/base/index.js';
import { CustomerSegmentsElement } from '../src/elements/customer-segments/index.js';
import { loadSampleOrders } from './sample-orders.js';

// Keeps the story working before src/define.ts registers the tag; a second definition only warns.
defineElement('customer-segments', CustomerSegmentsElement);

interface CustomerSegmentsArgs {
  locale: 'zh-CN' | 'en-US';
  kind: 'rfm' | 'lifecycle' | 'frequency' | 'spend';
  scoring: 'quintile' | 'bins';
  breakdown: 'model' | 'service_type';
  unmasked: boolean;
  width: number;
}

const meta: Meta<CustomerSegmentsArgs> = {
  title: 'Widgets/customer-segments',
  component: 'customer-segments',
  loaders: [async () => ({ orders: await loadSampleOrders() })],
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en-US'] },
    kind: { control: 'inline-radio', options: ['rfm', 'lifecycle', 'frequency', 'spend'] },
    scoring: { control: 'inline-radio', options: ['quintile', 'bins'] },
    breakdown: { control: 'inline-radio', options: ['model', 'service_type'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  args: { locale: 'zh-CN', kind: 'rfm', scoring: 'quintile', breakdown: 'model', unmasked: false, width: 900 },
  render: ({ locale, kind, scoring, breakdown, unmasked, width }) =>
    html`<customer-segments
      locale=${locale}
      kind=${kind}
      scoring=${scoring}
      breakdown=${breakdown}
      ?unmasked=${unmasked}
      style="max-width: ${width}px"
    ></customer-segments>`,
};
export default meta;

type Story = StoryObj<CustomerSegmentsArgs>;

/** RFM quintiles over the sixteen sample orders. */
export const Default: Story = {};

export const Lifecycle: Story = { args: { kind: 'lifecycle' } };

export const SpendTiersByServiceType: Story = { args: { kind: 'spend', breakdown: 'service_type' } };

export const FixedBins: Story = { args: { scoring: 'bins' } };

export const English: Story = { args: { locale: 'en-US' } };

export const Narrow: Story = { args: { width: 360 } };
