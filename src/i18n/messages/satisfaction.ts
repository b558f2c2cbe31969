import { defineMessages } from '../define-messages.js';

export const satisfactionMessages = defineMessages(
  {},
  {},
);
