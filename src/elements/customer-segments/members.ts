// The member list of a segment as shown on screen and exported for a call-back campaign. Personal
// fields are masked unless the embedding page opted in to unmasked display.
import type { SegmentMember } from '../../analyses/segments.js';
import { t, type Locale, type MessageKey } from '../../i18n/index.js';
import { maskPerson } from '../../privacy/index.js';
import { toCsv } from '../../export/index.js';

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

/** Column headings of the member table and the CSV, in the widget's locale. */
export function memberColumns(locale: Locale): string[] {
  return COLUMNS.map((key) => t(key, {}, locale));
}

/** Formats one member as table cells, with personal fields masked unless `unmasked`. */
export function memberCells(member: SegmentMember, unmasked: boolean): (string | number | null)[] {
  const shown = maskPerson(member, unmasked);
  const scores = member.recencyScore === null ? null : `${member.recencyScore}/${member.frequencyScore}/${member.monetaryScore}`;
  return [shown.customerKey, shown.customerName, shown.phone, shown.plate, shown.vin, shown.model, shown.lastVisit, shown.visits, shown.revenue, scores];
}

/** CSV text of the member list (UTF-8 with BOM, for Excel), masked unless `unmasked`. */
export function membersCsv(members: readonly SegmentMember[], locale: Locale, unmasked: boolean): string {
  return toCsv(memberColumns(locale), members.map((member) => memberCells(member, unmasked)));
}
