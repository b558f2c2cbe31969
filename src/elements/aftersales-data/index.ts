export { AftersalesDataElement, type DataStatus } from './aftersales-data.js';
export { DataErrorEvent, DataLoadEvent, DataProgressEvent } from './events.js';
