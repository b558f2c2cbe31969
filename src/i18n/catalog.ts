import { engineMessages } from './messages/engine.js';
import { commonMessages } from './messages/common.js';
import { ingestMessages } from './messages/ingest.js';
import { filtersMessages } from './messages/filters.js';
import { serviceMixMessages } from './messages/service-mix.js';
import { customerSegmentsMessages } from './messages/customer-segments.js';
import { churnTrendMessages } from './messages/churn-trend.js';
import { satisfactionMessages } from './messages/satisfaction.js';
import { campaignRoiMessages } from './messages/campaign-roi.js';
import { demoMessages } from './messages/demo.js';
import type { Locale } from './locale.js';

// Each area of the product keeps its messages in its own section file under messages/;
// this list joins them into one catalog per locale.
const sections = [
  engineMessages,
  commonMessages,
  ingestMessages,
  filtersMessages,
  serviceMixMessages,
  customerSegmentsMessages,
  churnTrendMessages,
  satisfactionMessages,
  campaignRoiMessages,
  demoMessages,
] as const;

type SectionKeys<S> = S extends { 'zh-CN': Record<infer K, string> } ? K : never;
/** Every message key of the catalog. */
export type MessageKey = SectionKeys<(typeof sections)[number]>;

/** The merged catalog: one flat key → text table per locale. */
export const catalog: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': Object.assign({}, ...sections.map((section) => section['zh-CN'])),
  'en-US': Object.assign({}, ...sections.map((section) => section['en-US'])),
};
