export { MISSING, formatCount, formatMoney, formatMoneyCompact, formatNumberCompact, formatPercent } from './number.js';
export { formatDate, formatMonth, nextMonthStart, parseIsoDate, parseIsoMonth } from './date.js';
