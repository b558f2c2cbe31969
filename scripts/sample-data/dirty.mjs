// The formatting faults of real DMS and Excel exports, applied to a small share of rows so that a
// loader meets every kind of them. Each function returns the faulty text of one clean value.

import { DATE_FORMATS } from './calendar.mjs';

/** Share of order rows that get one formatting fault, and of rows exported twice. */
export const DIRTY_ROW_SHARE = 0.01;
export const DUPLICATE_ROW_SHARE = 0.001;

/** Kinds of fault with their relative frequency. */
export const FAULT_KINDS = [
  ['date', 36],
  ['amounts', 24],
  ['plate', 14],
  ['phone', 14],
  ['nameSpaces', 6],
  ['mileage', 6],
];

const DATE_FAULTS = [['slash', 10], ['chinese', 6], ['compact', 6], ['excelSerial', 5], ['dateTime', 7], ['usShort', 1]];

export function faultyDate(day, minuteOfDay, random) {
  const format = random.weighted(DATE_FAULTS);
  return DATE_FORMATS[format](day, minuteOfDay);
}

/** Picks one money style for every amount of a row, as when a column was formatted in Excel. */
export function amountStyle(random) {
  return random.pick([
    (text) => `¥${withThousands(text)}`,
    (text) => `￥${text}`,
    (text) => `${withThousands(text)}元`,
    (text) => `${text} `,
    (text) => withThousands(text),
  ]);
}

function withThousands(text) {
  const [whole, fraction] = text.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

const FULL_WIDTH_OFFSET = 0xfee0;

export function faultyPlate(plate, random) {
  const head = plate.slice(0, 2);
  const tail = plate.slice(2);
  switch (random.int(0, 3)) {
    case 0:
      return `${head}·${tail}`;
    case 1:
      return `${head}-${tail}`;
    case 2:
      return plate.replace(/[A-Z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + FULL_WIDTH_OFFSET));
    default:
      return plate.toLowerCase();
  }
}

export function faultyPhone(phone, random) {
  switch (random.int(0, 3)) {
    case 0:
      return `+86 ${phone}`;
    case 1:
      return `0086-${phone}`;
    case 2:
      return `+86${phone}`;
    default:
      return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  }
}

export function faultyName(name, random) {
  return random.chance(0.5) ? `${name} ` : ` ${name}`;
}

export function faultyMileage(mileage, random) {
  return random.chance(0.5) ? `${mileage.toLocaleString('en-US')}` : `${mileage}km`;
}
