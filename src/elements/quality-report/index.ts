export { DataQualityReportElement } from './quality-report.js';
