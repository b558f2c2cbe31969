import { defineMessages } from '../define-messages.js';

export const serviceMixMessages = defineMessages(
  {},
  {},
);
