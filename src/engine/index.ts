export type { Engine, Query, QueryOptions, SqlParam } from './types.js';
export { EngineError, isSuperseded, type EngineErrorCode } from './errors.js';
export { configureEngine, engineWorkerCount, getEngine, setEngine, type EngineAssets } from './shared.js';
export { LatestQuery } from './latest.js';
export { quoteIdentifier } from './sql.js';
export { WorkerEngine } from './worker-engine.js';
