// The package's public API: element classes (not registered; import './define.js' for that) and the
// JS API of the engine, loading, filters, messages and formats.
export * from './engine/index.js';
export * from './filters/index.js';
export * from './i18n/index.js';
export * from './format/index.js';
export { DATA_CHANGE_EVENT, DataChangeEvent, isTableLoaded, markTablesCleared, markTablesLoaded, tableVersion } from './data/state.js';
export * from './ingest/index.js';
export { consoleSink, disableLogging, enableLogging, logger, type LogLevel, type LogSink } from './logger.js';

export {
  AnalysisElement,
  AnalysisErrorEvent,
  AnalysisReadyEvent,
  defineElement,
  type AnalysisStatus,
  type DefinitionEntry,
  type RenderContext,
  type SettledStatus,
} from './elements/base/index.js';
export { ServiceMixElement, type ServiceMixResult } from './elements/service-mix/index.js';
export { AftersalesDataElement, DataErrorEvent, DataLoadEvent, DataProgressEvent, type DataStatus } from './elements/aftersales-data/index.js';
export { DataQualityReportElement } from './elements/quality-report/index.js';
export { SatisfactionPanelElement, type SatisfactionResult } from './elements/satisfaction-panel/index.js';
export { CustomerSegmentsElement, type CustomerSegmentsResult, membersCsv } from './elements/customer-segments/index.js';
export { ChurnTrendElement, type ChurnTrendResult } from './elements/churn-trend/index.js';
export { CampaignRoiElement, formatRevenueToCost, type CampaignRoiResult } from './elements/campaign-roi/index.js';
export {
  SERVICE_MIX_FILTER_FIELDS,
  readServiceMix,
  readServiceMixTrend,
  serviceMixQuery,
  serviceMixTrendQuery,
  type ServiceMixRow,
  type ServiceMixTrendRow,
} from './analyses/service-mix.js';
