// Masking of the personal data in the low-score list, on screen and in the export.
import { maskName, maskPhone } from '../../privacy/index.js';

export { maskName, maskPhone };

/** Masks every run of 7 or more digits (a phone number written into a comment) in free text. */
export function maskDigitRuns(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(/\d[\d -]{5,}\d/g, (run) => maskPhone(run) ?? '');
}
