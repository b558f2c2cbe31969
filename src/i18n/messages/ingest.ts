import { defineMessages } from '../define-messages.js';

export const ingestMessages = defineMessages(
  {},
  {},
);
