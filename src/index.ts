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
export {
  CHURN_MONTH_FIELDS,
  CHURN_ORDER_FIELDS,
  LIFECYCLE_STAGES,
  checkWindow,
  churnTrendQuery,
  lifecycleQuery,
  readChurnTrend,
  readLifecycle,
  type ChurnMonthRow,
  type ChurnSettings,
  type LifecycleRow,
  type LifecycleStage,
} from './analyses/churn.js';
export {
  DEFAULT_SPEND_TIERS,
  SEGMENT_FILTER_FIELDS,
  SEGMENT_IDS,
  SEGMENT_KINDS,
  breakdownByModel,
  checkKind,
  readSegmentBreakdown,
  readSegmentKeys,
  readSegmentMembers,
  readSegmentMembership,
  readSegmentPeriod,
  readSegments,
  segmentBreakdownQuery,
  segmentKeysQuery,
  segmentMembersQuery,
  segmentMembershipQuery,
  segmentPeriodQuery,
  segmentsQuery,
  summarizeSegments,
  type SegmentBreakdownRow,
  type SegmentKind,
  type SegmentMember,
  type SegmentMembershipRow,
  type SegmentRow,
  type SegmentSettings,
} from './analyses/segments.js';
export { DEFAULT_FREQUENCY_BINS, DEFAULT_MONETARY_BINS, DEFAULT_RECENCY_BINS, RFM_SEGMENTS, rfmScoresSql, type RfmSettings } from './analyses/rfm.js';
export {
  CANONICAL_DIMENSIONS,
  DEFAULT_LOW_SCORE_RULE,
  RECOMMEND_DIMENSION,
  RESPONSE_RATE_FILTER_FIELDS,
  SATISFACTION_FILTER_FIELDS,
  lowScoreQuery,
  meanScoresQuery,
  npsQuery,
  readDistribution,
  readLowScores,
  readMeanScores,
  readNps,
  readResponseRate,
  readSummary,
  respondentKeysQuery,
  responseRateQuery,
  scoreDistributionQuery,
  summaryQuery,
  type DistributionBar,
  type DistributionRow,
  type LowScoreRow,
  type LowScoreRule,
  type MeanScoreRow,
  type NpsResult,
  type ResponseRateResult,
  type SatisfactionScope,
  type ScoreBreakdown,
  type ScoreScale,
  type SummaryResult,
} from './analyses/satisfaction.js';
export {
  CAMPAIGN_FILTER_FIELDS,
  CAMPAIGN_ORDER_FILTER_FIELDS,
  DEFAULT_CAMPAIGN_OPTIONS,
  campaignCustomersQuery,
  campaignResultsQuery,
  readCampaignResults,
  type AttributionRule,
  type BaselineKind,
  type CampaignOptions,
  type CampaignRow,
} from './analyses/campaigns.js';
export { maskDigitRuns, maskName, maskPerson, maskPhone, maskPlate, maskVin, type PersonalFields } from './privacy/index.js';
export { csvCell, downloadText, toCsv } from './export/index.js';
