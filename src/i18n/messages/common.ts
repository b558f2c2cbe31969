import { defineMessages } from '../define-messages.js';

export const commonMessages = defineMessages(
  {},
  {},
);
