// Masking of the personal columns of rejected rows, for the quality report and its CSV download. The
// rules are the suite's own (src/privacy): phone 138****1234, name 张* or 张*三, plate 京A***45, VIN
// first 3 + last 4 characters.
import { maskName, maskPhone, maskPlate, maskVin } from '../privacy/index.js';

/**
 * Masks the value of canonical column `column` ('' for a whole malformed record). Columns without
 * personal information pass unchanged.
 */
export function maskValue(column: string, value: string | null): string | null {
  if (value === null) return null;
  switch (column) {
    case 'phone':
      return maskPhone(value);
    case 'customer_name':
      return maskName(value);
    case 'plate':
      return maskPlate(value);
    case 'vin':
      return maskVin(value);
    case 'comment':
    case '':
      // Free text, and the whole line of a malformed record, may contain any personal data, so none of
      // it is shown.
      return value.length > 0 ? '***' : value;
    default:
      return value;
  }
}
