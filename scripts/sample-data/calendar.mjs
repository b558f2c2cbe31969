// Dates as whole day numbers (days since 1970-01-01, UTC), the date formats DMS exports use, and the
// seasonal pattern of workshop visits.

const MS_PER_DAY = 86_400_000;

/** Excel's 1900 date system counts days from 1899-12-30 for every date after 1900-02-28. */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/** Chinese New Year's Day (春节, first day of the lunar year), 2016–2027. */
const SPRING_FESTIVAL = ['2016-02-08', '2017-01-28', '2018-02-16', '2019-02-05', '2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06'].map(parseIsoDay);

export function parseIsoDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`Invalid date "${text}": expected YYYY-MM-DD.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** Year, month (1–12), day of month and weekday (0 = Sunday) of a day number. */
export function dayParts(day) {
  const date = new Date(day * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    dayOfMonth: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

/** Month index counted from year 0, so consecutive months differ by one. */
export function monthIndex(day) {
  const { year, month } = dayParts(day);
  return year * 12 + month - 1;
}

/** First day of the month `months` months before the month that contains `day`. */
export function startOfMonthBefore(day, months) {
  const { year, month } = dayParts(day);
  return Date.UTC(year, month - 1 - months, 1) / MS_PER_DAY;
}

const pad2 = (value) => String(value).padStart(2, '0');

export function formatIsoDay(day) {
  const { year, month, dayOfMonth } = dayParts(day);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** The date forms found in DMS and Excel exports, keyed by a short name. */
export const DATE_FORMATS = {
  iso: (day) => formatIsoDay(day),
  slash: (day) => {
    const { year, month, dayOfMonth } = dayParts(day);
    return `${year}/${month}/${dayOfMonth}`;
  },
  chinese: (day) => {
    const { year, month, dayOfMonth } = dayParts(day);
    return `${year}年${month}月${dayOfMonth}日`;
  },
  compact: (day) => formatIsoDay(day).replaceAll('-', ''),
  excelSerial: (day) => String(day - EXCEL_EPOCH_DAY),
  /** Date and a time of day; `minuteOfDay` places it inside working hours. */
  dateTime: (day, minuteOfDay = 600) => `${formatIsoDay(day)} ${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00`,
  /** US month/day/two-digit-year: ambiguous, so a loader must reject it unless the host declares the order. */
  usShort: (day) => {
    const { year, month, dayOfMonth } = dayParts(day);
    return `${month}/${dayOfMonth}/${pad2(year % 100)}`;
  },
};

/**
 * Relative number of workshop visits on a day. Owners bring cars in during the weeks before the
 * Spring Festival (trips home), the workshop is nearly closed during the holiday week, summer brings
 * air-conditioning and tyre work, and weekends are a little busier than weekdays.
 */
export function visitWeight(day) {
  const { month, weekday } = dayParts(day);
  let weight = weekday === 0 || weekday === 6 ? 1.15 : 1;

  for (const festival of SPRING_FESTIVAL) {
    const offset = day - festival;
    if (offset >= -24 && offset <= -2) weight *= 1.6;
    else if (offset >= -1 && offset <= 6) weight *= 0.15;
    else if (offset >= 7 && offset <= 14) weight *= 0.8;
  }

  if (month === 7 || month === 8) weight *= 1.25;
  else if (month === 6 || month === 9) weight *= 1.1;
  if (month === 10) weight *= 0.95; // The National Day week empties the workshop for a few days.
  return weight;
}
