// CSV export of the widgets' lists (follow-up calls, segment members) and file download, readable by
// Excel on a Chinese Windows PC.

/** Byte order mark, so that Excel opens the UTF-8 file with its Chinese text intact. */
const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by Excel and other spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain negative decimal such as -12.50 is a number to a spreadsheet, not a formula.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Quotes one CSV cell (RFC 4180) and defuses a leading formula character with a single quote. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text with a BOM, a header line and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Offers `text` as a file download named `fileName`; the data stays in the browser. */
export function downloadText(text: string, fileName: string, mimeType = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the object URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
