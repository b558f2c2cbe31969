export { ChurnTrendElement, type ChurnTrendResult } from './churn-trend.js';
export { intervalRange, rangeInterval, snapToMonths, type MonthRange } from './range.js';
