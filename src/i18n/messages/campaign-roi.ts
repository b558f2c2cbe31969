import { defineMessages } from '../define-messages.js';

export const campaignRoiMessages = defineMessages(
  {},
  {},
);
