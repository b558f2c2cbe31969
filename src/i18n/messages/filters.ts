import { defineMessages } from '../define-messages.js';

export const filtersMessages = defineMessages(
  {},
  {},
);
