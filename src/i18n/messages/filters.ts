import { defineMessages } from '../define-messages.js';

// Messages of the cross-filter protocol shown to staff.
export const filtersMessages = defineMessages(
  {
    'filters.notApplicable': '不适用于本组件：{filters}',
    'filters.field.campaign_id': '活动',
    'filters.field.channel': '回访方式',
  },
  {
    'filters.notApplicable': 'Not applicable to this widget: {filters}',
    'filters.field.campaign_id': 'Campaign',
    'filters.field.channel': 'Call-back channel',
  },
);
