export { CustomerSegmentsElement, type CustomerSegmentsResult } from './customer-segments.js';
export { membersCsv } from './members.js';
