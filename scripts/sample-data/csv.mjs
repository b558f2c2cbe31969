// A CSV writer that buffers rows and writes them in chunks of about 1 MB, so files of millions of
// rows are never built as one string. The same text can go to several files in different encodings.

import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

const CHUNK_CHARS = 1 << 20;
/** Rows end with CRLF as in Windows exports, while line breaks inside quoted fields stay LF. */
const ROW_END = '\r\n';
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Quotes a field when it contains a comma, a quote, a line break or leading/trailing spaces. */
export function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

const ENCODERS = {
  utf8: (text) => Buffer.from(text, 'utf8'),
  gb18030: (text) => iconv.encode(text, 'gb18030'),
};

/**
 * Writes rows to one or more targets `{ path, encoding: 'utf8' | 'gb18030', bom? }`.
 * `rows` counts data records (header excluded).
 */
export class CsvWriter {
  constructor(targets, header) {
    this.targets = targets.map((target) => {
      const encode = ENCODERS[target.encoding];
      if (!encode) throw new Error(`Unsupported CSV encoding "${target.encoding}": use utf8 or gb18030.`);
      const fd = openSync(target.path, 'w');
      if (target.bom) writeSync(fd, UTF8_BOM);
      return { ...target, fd, encode };
    });
    this.buffer = [];
    this.bufferedChars = 0;
    this.rows = 0;
    this.writeLine(header);
    this.rows = 0;
  }

  writeRow(fields) {
    this.writeLine(fields);
  }

  /** Writes an already formatted row again, byte for byte (an exact duplicate record). */
  repeatLastRow() {
    this.buffer.push(this.lastLine);
    this.bufferedChars += this.lastLine.length;
    this.rows += 1;
  }

  writeLine(fields) {
    const line = fields.map(csvField).join(',') + ROW_END;
    this.lastLine = line;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows += 1;
    if (this.bufferedChars >= CHUNK_CHARS) this.flush();
  }

  flush() {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    for (const target of this.targets) writeSync(target.fd, target.encode(text));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  close() {
    this.flush();
    for (const target of this.targets) closeSync(target.fd);
    return this.rows;
  }
}
