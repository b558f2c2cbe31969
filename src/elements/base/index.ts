export { AnalysisElement, type AnalysisStatus, type DefinitionEntry, type RenderContext } from './analysis-element.js';
export { AnalysisErrorEvent, AnalysisReadyEvent, type SettledStatus } from './events.js';
export { describeClause, describePredicate, fieldLabel } from './filter-labels.js';
export { analysisElementStyles, figureStyles } from './styles.js';
export { defineElement } from './define-element.js';
export { MAX_MONTHS, checkMonthsAttribute, warnUnsupportedValue } from './attributes.js';
