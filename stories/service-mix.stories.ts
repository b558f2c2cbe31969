import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadSampleOrders } from './sample-orders.js';

interface ServiceMixArgs {
  locale: 'zh-CN' | 'en-US';
  measure: 'revenue' | 'visits';
  customerPaid: boolean;
  width: number;
}

const meta: Meta<ServiceMixArgs> = {
  title: 'Widgets/service-mix',
  component: 'service-mix',
  loaders: [async () => ({ orders: await loadSampleOrders() })],
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en-US'] },
    measure: { control: 'inline-radio', options: ['revenue', 'visits'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
  },
  args: { locale: 'zh-CN', measure: 'revenue', customerPaid: false, width: 900 },
  render: ({ locale, measure, customerPaid, width }) =>
    html`<service-mix locale=${ifDefined(locale)} measure=${measure} ?customer-paid=${customerPaid} style="max-width: ${width}px"></service-mix>`,
};
export default meta;

type Story = StoryObj<ServiceMixArgs>;

/** Sixteen orders over three months, one of them cancelled. */
export const Default: Story = {};

export const Visits: Story = { args: { measure: 'visits' } };

export const English: Story = { args: { locale: 'en-US' } };

/** Customer-paid orders only: the warranty claim and the free first services drop out. */
export const CustomerPaid: Story = { args: { customerPaid: true } };

export const Narrow: Story = { args: { width: 360 } };

/** A custom palette and accent colour set through CSS custom properties on the element. */
export const Themed: Story = {
  render: ({ locale, measure, width }) => html`
    <service-mix
      locale=${locale}
      measure=${measure}
      style="max-width: ${width}px; --aw-color-accent: #b5121b; --aw-color-selected: #b5121b; --aw-series-1: #b5121b; --aw-series-2: #e8a33d; --aw-series-3: #3b7a57"
    ></service-mix>
  `,
};
