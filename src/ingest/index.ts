// Public API of data loading.
export { loadTable } from './load.js';
export { IngestError, type IngestErrorCode } from './errors.js';
export { describeRejection } from './describe.js';
export { maskValue } from './mask.js';
export { rejectedRowsCsv } from './rejected-csv.js';
export { QUALITY_REPORT_EVENT, QualityReportEvent, clearReports, latestReports, publishReport } from './reports.js';
export { REQUIRED_ANY, REQUIRED_COLUMNS } from './mapping.js';
export { ALIASES, SCORE_ALIASES, normalizeHeader } from './aliases.js';
export { rejectedTableName } from './pipeline-sql.js';
export * from './schema.js';
export * from './types.js';
