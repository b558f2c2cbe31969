// Masking of personal information for display: phone 138****1234, name 张* (张*三 for three or more
// characters), plate 京A***45, VIN first 3 + last 4. Used for rejected rows in the quality report.

/** Masks a phone: the first 3 and last 4 digits stay (138****1234); short numbers keep only the last 2. */
export function maskPhone(phone: string): string {
  const text = phone.trim();
  if (text.includes('*')) return text;
  if (text.length >= 8) return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
  return `${'*'.repeat(Math.max(text.length - 2, 1))}${text.slice(-2)}`;
}

/** Masks a name: 张三 → 张*, 张小三 → 张*三, 欧阳娜娜 → 欧*娜, Li Lei → L*. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2 || /^[\x00-\x7f]+$/.test(name)) return `${chars[0]}*`;
  return `${chars[0]}*${chars[chars.length - 1]}`;
}

/** Masks a plate: the province and letter and the last 2 characters stay (京A***45). */
export function maskPlate(plate: string): string {
  const chars = [...plate.trim()];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

/** Masks a VIN: the first 3 (manufacturer) and last 4 characters stay. */
export function maskVin(vin: string): string {
  const text = vin.trim();
  if (text.length <= 7) return '*'.repeat(text.length);
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}

/** Masks the value of canonical column `column`; columns without personal information pass unchanged. */
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
      return value.length > 0 ? '***' : value;
    default:
      return value;
  }
}
