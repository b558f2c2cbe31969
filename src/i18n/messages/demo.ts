import { defineMessages } from '../define-messages.js';

export const demoMessages = defineMessages(
  {},
  {},
);
