import { defineMessages } from '../define-messages.js';

export const churnTrendMessages = defineMessages(
  {},
  {},
);
