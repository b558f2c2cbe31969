// Text decoding and delimiter detection for CSV files. DuckDB-WASM reads only UTF-8 without the
// encodings extension, so GB18030/GBK text is decoded here and handed to DuckDB as UTF-8 bytes.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16' | 'gb18030';

export interface DecodedCsv {
  /** UTF-8 bytes without a byte order mark, ready for `read_csv`. */
  readonly utf8: Uint8Array;
  readonly encoding: TextEncodingName;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Detects the encoding of CSV bytes: a UTF-8 byte order mark, a UTF-16 one (Excel's "Unicode text"),
 * else a strict UTF-8 decode, else GB18030 (a superset of GBK and GB2312, which Excel and older DMS
 * write without a mark).
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length >= 3 && BOM.every((byte, index) => bytes[index] === byte)) {
    return { utf8: bytes.subarray(3), encoding: 'utf-8-bom' };
  }
  const utf16 = bytes.length >= 2 ? utf16Label(bytes[0], bytes[1]) : undefined;
  if (utf16) {
    // TextDecoder drops the byte order mark itself.
    const text = new TextDecoder(utf16).decode(bytes);
    return { utf8: new TextEncoder().encode(text), encoding: 'utf-16' };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { utf8: bytes, encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    return { utf8: new TextEncoder().encode(text), encoding: 'gb18030' };
  }
}

function utf16Label(first: number, second: number): 'utf-16le' | 'utf-16be' | undefined {
  if (first === 0xff && second === 0xfe) return 'utf-16le';
  if (first === 0xfe && second === 0xff) return 'utf-16be';
  return undefined;
}

const CANDIDATES = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/**
 * Picks the delimiter that occurs most often outside quotes in the header line; comma when none does.
 * Header lines of DMS exports contain no delimiter characters in their names, so one line is enough.
 */
export function detectDelimiter(utf8: Uint8Array): Delimiter {
  const head = new TextDecoder('utf-8').decode(utf8.subarray(0, 65536));
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: Delimiter = ',';
  for (const candidate of CANDIDATES) {
    if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  }
  return best;
}
