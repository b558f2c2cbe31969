// The member list of a segment as shown on screen and exported for a call-back campaign. Personal
// fields are masked unless the embedding page opted in to unmasked display.
import type { SegmentMember } from '../../analyses/segments.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { maskPerson } from '../../privacy/index.js';
import { toCsv } from '../../export/index.js';
import { formatMoney } from '../../format/index.js';

const COLUMNS: readonly MessageKey[] = [
  'customerSegments.member.key',
  'customerSegments.member.name',
  'customerSegments.member.phone',
  'customerSegments.member.plate',
  'customerSegments.member.vin',
  'customerSegments.member.model',
  'customerSegments.member.lastVisit',
  'customerSegments.member.visits',
  'customerSegments.member.revenue',
  'customerSegments.member.rfm',
];

// The CSV contains plain numbers for Excel, so its revenue heading names the unit that ¥ shows on screen.
const CSV_COLUMNS: readonly MessageKey[] = COLUMNS.map((key) => (key === 'customerSegments.member.revenue' ? 'customerSegments.member.revenueYuan' : key));

/** Column headings of the member table, in the widget's locale. */
export function memberColumns(locale: Locale): string[] {
  return COLUMNS.map((key) => t(key, {}, locale));
}

type Cell = string | number | null;

// Every column but revenue, which the table and the CSV write differently.
function personCells(member: SegmentMember, unmasked: boolean): { before: Cell[]; after: Cell[] } {
  const shown = maskPerson(member, unmasked);
  const scores = member.recencyScore === null ? null : `${member.recencyScore}/${member.frequencyScore}/${member.monetaryScore}`;
  return { before: [shown.customerKey, shown.customerName, shown.phone, shown.plate, shown.vin, shown.model, shown.lastVisit, shown.visits], after: [scores] };
}

/** Formats one member as table cells (revenue as money, e.g. ¥1,967.10), with personal fields masked unless `unmasked`. */
export function memberCells(member: SegmentMember, locale: Locale, unmasked: boolean): Cell[] {
  const { before, after } = personCells(member, unmasked);
  return [...before, formatMoney(member.revenue, locale), ...after];
}

/**
 * CSV text of the member list (UTF-8 with BOM, for Excel), masked unless `unmasked`. Revenue is written
 * in yuan with exactly two decimals, because the DOUBLE sum arrives with binary noise (1967.1000000000001).
 */
export function membersCsv(members: readonly SegmentMember[], locale: Locale, unmasked: boolean): string {
  const rows = members.map((member) => {
    const { before, after } = personCells(member, unmasked);
    return [...before, member.revenue.toFixed(2), ...after];
  });
  return toCsv(
    CSV_COLUMNS.map((key) => t(key, {}, locale)),
    rows,
  );
}
