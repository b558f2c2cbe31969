// SQL expressions that clean one text column. Each takes SQL for a VARCHAR value (a quoted column of the
// checked table) and returns an SQL expression. Unless a parameter's documentation states otherwise, that value is
// trimmed and already half-width (`halfWidth`), which the pipeline computes once per value because
// these expressions run over every row. The constants in them (patterns, translation tables) are fixed
// by this module and never come from the data. Patterns are RE2 syntax, which DuckDB's regexp
// functions use.
import type { DateOrder } from './types.js';

/** Quotes a constant of this module as an SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space, with their half-width equivalents.
const FULL_WIDTH = Array.from({ length: 94 }, (_, index) => String.fromCharCode(0xff01 + index)).join('') + '\u3000';
const HALF_WIDTH = Array.from({ length: 94 }, (_, index) => String.fromCharCode(0x21 + index)).join('') + ' ';

const SPACE_CLASS = '[\\s\\x{3000}\\x{00A0}\\x{FEFF}]';

/** Trims spaces (also ideographic and no-break ones); an empty result becomes NULL. */
export function trimmed(column: string): string {
  return `NULLIF(regexp_replace(${column}, ${literal(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`)}, '', 'g'), '')`;
}

/** Tests whether a value starts or ends with a space (also ideographic and no-break ones). */
export function hasOuterSpace(column: string): string {
  return `regexp_matches(${column}, ${literal(`^${SPACE_CLASS}|${SPACE_CLASS}$`)})`;
}

/** Tells whether a value contains a full-width ASCII form or an ideographic space. */
export function hasFullWidth(expression: string): string {
  return `regexp_matches(${expression}, ${literal('[\\x{FF01}-\\x{FF5E}\\x{3000}]')})`;
}

/**
 * Turns full-width letters, digits and signs into their half-width forms. DuckDB's `translate` is
 * slow on long tables (about 3.5 s per million values in DuckDB 1.5 on Node), so it runs only on values
 * that contain a full-width character.
 */
export function halfWidth(expression: string): string {
  return `CASE WHEN ${hasFullWidth(expression)} THEN translate(${expression}, ${literal(FULL_WIDTH)}, ${literal(HALF_WIDTH)}) ELSE ${expression} END`;
}

// ---- Amounts ------------------------------------------------------------------------------------

/** Strips currency signs, units, spaces and a trailing 万 from amount text (thousands separators stay). */
export function amountDigits(text: string): string {
  const stripped = `regexp_replace(${text}, ${literal(`${SPACE_CLASS}|[¥￥元]|RMB|CNY`)}, '', 'g')`;
  return `regexp_replace(${stripped}, '万$', '')`;
}

/** Tests whether amount text is scaled by 万 (ten thousand), as in 1.2万 or 1.2万元. */
export function amountIsWan(text: string): string {
  return `regexp_matches(${text}, ${literal('万\\s*元?\\s*$')})`;
}

/** Removes the unit of a count or a distance (km, 公里, 千米, 人, 次), so `amountDigits` can read it. */
export function withoutCountUnit(text: string): string {
  return `regexp_replace(${text}, ${literal('(?i)(km|公里|千米|人|次)\\s*$')}, '')`;
}

const AMOUNT_PATTERN = literal('[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[-+]?\\.\\d+');

/**
 * Parses amount digits (from `amountDigits`) into DECIMAL(18,2), times 10,000 when `wan` is true.
 * NULL when the digits are not a number.
 */
export function amountValue(digits: string, wan: string): string {
  // DECIMAL(18,4) is backed by a 64-bit integer: a cast to a wider DECIMAL (128-bit) took about 60 times
  // as long in DuckDB 1.5.
  const number = `CASE WHEN regexp_full_match(${digits}, ${AMOUNT_PATTERN}) THEN TRY_CAST(replace(${digits}, ',', '') AS DECIMAL(18,4)) END`;
  return `TRY_CAST(CASE WHEN ${wan} THEN ${number} * 10000 ELSE ${number} END AS DECIMAL(18,2))`;
}

/** Parses the digits of a count or a distance (mileage) into INTEGER, rounding any decimals. */
export function integerValue(digits: string, wan: string): string {
  return `TRY_CAST(round(${amountValue(digits, wan)}) AS INTEGER)`;
}

/** Parses a survey score into DOUBLE; a trailing 分 or 星 is allowed. */
export function scoreValue(text: string): string {
  const digits = `regexp_replace(${text}, ${literal(`${SPACE_CLASS}|分$|星$`)}, '', 'g')`;
  return `CASE WHEN regexp_full_match(${digits}, ${literal('[-+]?\\d+(\\.\\d+)?')}) THEN TRY_CAST(${digits} AS DOUBLE) END`;
}

// ---- Dates --------------------------------------------------------------------------------------

/** Extracts the date part of a date or date-time text: everything before the first space or `T`. */
export function datePart(text: string): string {
  return `regexp_extract(${text}, ${literal('^([^\\sT]+)')}, 1)`;
}

/** Tests whether a time follows the date. */
export function dateHasTime(text: string): string {
  return `regexp_matches(${text}, ${literal('^[^\\sT]+[\\sT]+\\d')})`;
}

/**
 * Date format classes, checked in order against the date part. The label is what the quality report
 * shows; `ambiguous` marks forms whose day/month order or century cannot be known from the text.
 */
export const DATE_CLASSES = [
  { label: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{1,2}-\\d{1,2}' },
  { label: 'YYYY/MM/DD', pattern: '\\d{4}/\\d{1,2}/\\d{1,2}' },
  { label: 'YYYY.MM.DD', pattern: '\\d{4}\\.\\d{1,2}\\.\\d{1,2}' },
  { label: 'YYYY年M月D日', pattern: '\\d{4}年\\d{1,2}月\\d{1,2}日?' },
  { label: 'YYYYMMDD', pattern: '\\d{8}' },
  { label: 'Excel serial', pattern: '\\d{1,5}(\\.\\d+)?' },
  { label: 'XX/XX/YYYY', pattern: '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}', ambiguous: true },
  { label: 'XX/XX/YY', pattern: '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}', ambiguous: true },
  { label: 'YY/XX/XX', pattern: '\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}', ambiguous: true },
] as const;

export const UNRECOGNISED_DATE = 'unrecognised';

/** Expression giving the format label of a date part (see `DATE_CLASSES`), or 'unrecognised'. */
export function dateClass(part: string): string {
  const branches = DATE_CLASSES.map((entry) => `WHEN regexp_full_match(${part}, ${literal(entry.pattern)}) THEN ${literal(entry.label)}`);
  return `CASE WHEN ${part} IS NULL THEN NULL ${branches.join(' ')} ELSE ${literal(UNRECOGNISED_DATE)} END`;
}

/** Labels of the classes that need a declared day/month order. */
export function ambiguousDateLabels(dateOrder: DateOrder | undefined): string[] {
  return DATE_CLASSES.filter((entry) => 'ambiguous' in entry && (dateOrder === undefined || entry.label === 'YY/XX/XX')).map((entry) => entry.label);
}

/**
 * Parses a date part of the given class into DATE, NULL when invalid (2024-02-30) or ambiguous.
 * Excel serials use the 1900 date system, in which serial 60 is the nonexistent 1900-02-29: serials
 * above 60 count from 1899-12-30, serials below it from 1899-12-31, and 60 itself is invalid.
 */
export function dateValue(part: string, label: string, dateOrder: DateOrder | undefined): string {
  const dashed = `regexp_replace(${part}, '[/.年月]', '-', 'g')`;
  const serial = `TRY_CAST(floor(TRY_CAST(${part} AS DOUBLE)) AS INTEGER)`;
  const yearLast = `regexp_replace(${part}, '[.-]', '/', 'g')`;
  const dayMonth = dateOrder === 'DMY' ? '%d/%m' : '%m/%d';
  const branches = [
    `WHEN ${label} IN ('YYYY-MM-DD', 'YYYY/MM/DD', 'YYYY.MM.DD') THEN TRY_STRPTIME(${dashed}, '%Y-%m-%d')::DATE`,
    `WHEN ${label} = 'YYYY年M月D日' THEN TRY_STRPTIME(regexp_replace(${dashed}, '日$', ''), '%Y-%m-%d')::DATE`,
    `WHEN ${label} = 'YYYYMMDD' THEN TRY_STRPTIME(${part}, '%Y%m%d')::DATE`,
    `WHEN ${label} = 'Excel serial' THEN CASE WHEN ${serial} < 1 OR ${serial} = 60 THEN NULL WHEN ${serial} < 60 THEN DATE '1899-12-31' + ${serial} ELSE DATE '1899-12-30' + ${serial} END`,
  ];
  if (dateOrder) {
    branches.push(`WHEN ${label} = 'XX/XX/YYYY' THEN TRY_STRPTIME(${yearLast}, '${dayMonth}/%Y')::DATE`);
    branches.push(`WHEN ${label} = 'XX/XX/YY' THEN TRY_STRPTIME(${yearLast}, '${dayMonth}/%y')::DATE`);
  }
  return `CASE ${branches.join(' ')} END`;
}

// ---- Identifiers, plates, phones ----------------------------------------------------------------

/** Tests whether Excel turned an ID into scientific notation (1.2E+17), which loses its digits. */
export function idExcelDamaged(text: string): string {
  return `regexp_full_match(${text}, ${literal('\\d+(\\.\\d+)?[eE]\\+?\\d+')})`;
}

/** Normalises a plate to upper case and half-width, without the separators ·, ・, -, dots and spaces. */
export function plateValue(text: string): string {
  return `NULLIF(regexp_replace(upper(${text}), ${literal(`[·・•\\-.${SPACE_CLASS.slice(1, -1)}]`)}, '', 'g'), '')`;
}

/** Tests whether a phone number was exported already masked (it contains *, ＊ or ×). */
export function phoneMasked(text: string): string {
  return `regexp_matches(${text}, '[*×＊]')`;
}

/** Keeps only the digits of a phone number. */
export function phoneDigits(text: string): string {
  return `regexp_replace(${text}, '[^0-9]', '', 'g')`;
}

/**
 * Reduces a phone to its digits (from `phoneDigits`), without a leading 86 or 0086 when 11 digits
 * remain (a mainland mobile number). A masked phone keeps its trimmed text as exported.
 */
export function phoneValue(text: string, digits: string, masked: string): string {
  return `CASE WHEN ${masked} THEN ${text}
    WHEN ${phonePrefixRemoved(digits, 'false')} THEN right(${digits}, 11)
    ELSE NULLIF(${digits}, '') END`;
}

/** Tests whether reducing the phone removes a country prefix (86 or 0086 before 11 digits). */
export function phonePrefixRemoved(digits: string, masked: string): string {
  return `(NOT ${masked} AND ((length(${digits}) = 13 AND starts_with(${digits}, '86')) OR (length(${digits}) = 15 AND starts_with(${digits}, '0086'))))`;
}

/** Tests whether a reduced phone is a mainland mobile number (11 digits starting with 1). */
export function isMobile(phone: string): string {
  return `regexp_full_match(${phone}, '1\\d{10}')`;
}

/** Normalises a VIN to upper case without spaces. */
export function vinValue(text: string): string {
  return `NULLIF(regexp_replace(upper(${text}), ${literal(SPACE_CLASS)}, '', 'g'), '')`;
}

/** Tests whether a VIN is not 17 characters of the VIN alphabet (which has no I, O or Q). */
export function vinInvalid(vin: string): string {
  return `NOT regexp_full_match(${vin}, '[A-HJ-NPR-Z0-9]{17}')`;
}

/** Removes whitespace from a name, the last fallback for the customer key. */
export function nameKey(text: string): string {
  return `NULLIF(regexp_replace(${text}, ${literal(SPACE_CLASS)}, '', 'g'), '')`;
}

export const CANCELLED_STATUSES = ['作废', '取消', '已取消'] as const;
/** Service types that are not customer-paid: warranty claims, internal orders, free first service. */
export const NOT_CUSTOMER_PAID = ['保修索赔', '索赔', '保修', '保修/索赔', '内部', '首保'] as const;

export function inList(expression: string, values: readonly string[]): string {
  return `coalesce(${expression} IN (${values.map(literal).join(', ')}), false)`;
}
