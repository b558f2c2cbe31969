import { defineMessages } from '../define-messages.js';

export const customerSegmentsMessages = defineMessages(
  {},
  {},
);
