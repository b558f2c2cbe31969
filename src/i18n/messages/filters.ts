import { defineMessages } from '../define-messages.js';

// Messages of the cross-filter protocol shown to staff. `filters.notApplicable` lists, by their
// `describePredicate` text, the filters of other widgets on fields a widget does not have.
export const filtersMessages = defineMessages(
  {
    'filters.notApplicable': '不适用于本组件：{filters}',
  },
  {
    'filters.notApplicable': 'Not applicable to this widget: {filters}',
  },
);
