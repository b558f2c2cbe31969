// Masking of personal information (names, phones, plates, VINs) for display and export. Under China's
// PIPL these are personal data, so widgets show them masked unless the embedding page opts in to
// unmasked display. Every function maps null to null.

/**
 * Phone: the first 3 and last 4 digits of a mobile number, 138****1234. Landlines keep the last 4.
 * A value that already contains `*` (DMS exports sometimes mask phones) is returned trimmed.
 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  if (phone.includes('*')) return phone.trim();
  const digits = phone.replace(/\D/g, '').replace(/^(?:0086|86)(?=1\d{10}$)/, '');
  if (digits.length === 0) return phone.trim() === '' ? '' : '****';
  if (digits.length === 11 && digits.startsWith('1')) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** Name: 张* for two characters, 张*三 for three or more (the middle becomes one *), * for one. */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const characters = [...name.trim()];
  if (characters.length === 0) return '';
  if (characters.length === 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}*${characters[characters.length - 1]}`;
}

/**
 * Plate: province and letter, three stars, the last two characters: 京A12345 → 京A***45 (new-energy
 * plates of 8 characters too). Separators (·, -, spaces) are dropped first.
 */
export function maskPlate(plate: string | null): string | null {
  if (plate === null) return null;
  const characters = [...plate.replace(/[\s·•\-.]/g, '')];
  if (characters.length === 0) return '';
  if (characters.length <= 4) return `${characters[0]}${'*'.repeat(characters.length - 1)}`;
  return `${characters.slice(0, 2).join('')}***${characters.slice(-2).join('')}`;
}

/** VIN: the first 3 and last 4 characters with stars between (17 characters stay 17). */
export function maskVin(vin: string | null): string | null {
  if (vin === null) return null;
  const characters = [...vin.trim()];
  if (characters.length === 0) return '';
  if (characters.length <= 7) return '*'.repeat(characters.length);
  return `${characters.slice(0, 3).join('')}${'*'.repeat(characters.length - 7)}${characters.slice(-4).join('')}`;
}

/**
 * Free text: masks every run of 7 or more digits (spaces and hyphens allowed inside), such as a phone
 * number a customer wrote into a survey comment, with `maskPhone`.
 */
export function maskDigitRuns(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(/\d[\d -]{5,}\d/g, (run) => maskPhone(run) ?? '');
}

/** Personal fields of a person or vehicle record, as masked by `maskPerson`. */
export interface PersonalFields {
  readonly customerName?: string | null;
  readonly phone?: string | null;
  readonly plate?: string | null;
  readonly vin?: string | null;
}

/** Returns a copy of `record` with its personal fields masked, unless `unmasked` is true. */
export function maskPerson<T extends PersonalFields>(record: T, unmasked = false): T {
  if (unmasked) return record;
  const masked: PersonalFields = {
    ...('customerName' in record ? { customerName: maskName(record.customerName ?? null) } : {}),
    ...('phone' in record ? { phone: maskPhone(record.phone ?? null) } : {}),
    ...('plate' in record ? { plate: maskPlate(record.plate ?? null) } : {}),
    ...('vin' in record ? { vin: maskVin(record.vin ?? null) } : {}),
  };
  return { ...record, ...masked };
}
