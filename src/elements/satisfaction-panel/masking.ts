// Masking of the personal data in the low-score list, on screen and in the export.
// TODO: switch to the shared masking of src/privacy/mask.ts once it is in the tree. These functions
// follow the same rules (phone 138****1234, name 张* or 张*三) but are a stand-in.

/** Masks a mobile number to its first 3 and last 4 digits; shorter numbers keep only the last 2. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** Masks a name to its first character plus `*` (two characters) or first and last with `*` between. */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const characters = [...name.trim()];
  if (characters.length <= 1) return characters.length === 0 ? '' : '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}*${characters[characters.length - 1]}`;
}

/** Masks every run of 7 or more digits (a phone number written into a comment) in free text. */
export function maskDigitRuns(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(/\d[\d -]{5,}\d/g, (run) => maskPhone(run) ?? '');
}
