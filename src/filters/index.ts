export { CrossFilterController, type CrossFilterOptions } from './controller.js';
export { compileFilters, andConditions, LARGE_SET_THRESHOLD, type CompiledFilters } from './sql.js';
export {
  FILTER_CHANGE_EVENT,
  FILTER_CLEAR_EVENT,
  FILTER_SELECT_EVENT,
  FilterChangeEvent,
  FilterClearEvent,
  FilterSelectEvent,
} from './events.js';
export { clearFilters, ensureFilterListener, getAllFilterState, getFilterState, setFilter, setFilterState } from './store.js';
export { DEFAULT_GROUP, type FilterClause, type FilterState, type FilterValue, type IntervalPredicate, type PointPredicate, type Predicate } from './types.js';
export { filterStateToUrl, readFilterStateFromUrl, restoreFilterStateFromUrl, syncFilterStateToUrl, type FilterUrlOptions } from './url.js';
export { BatchingEngine, getBatchingEngine } from './coordinator.js';
export { notApplicableMessage } from './not-applicable.js';
