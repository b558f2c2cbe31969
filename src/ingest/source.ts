// Reading a source into bytes, reporting progress as the bytes arrive.
import { IngestError } from './errors.js';
import type { LoadProgress, LoadSource } from './types.js';

export interface SourceBytes {
  readonly bytes: Uint8Array;
  /** File name for the report: the option, the File's name, or the last part of the URL path. */
  readonly name: string;
}

/**
 * Reads `source` fully. URLs are fetched (relative to the page) and their body streamed. Blobs and Files
 * are streamed through `blob.stream()`. Each chunk received calls `onProgress`, so a large file reports
 * progress many times, and bytes passed in directly report once.
 * NOTE: the whole file is held in memory and copied once to the engine worker, so the largest file that
 * loads depends on the browser's memory. 97 MB was tried.
 */
export async function readSource(
  source: LoadSource,
  name: string | undefined,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<SourceBytes> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    onProgress?.({ phase: 'reading', loaded: bytes.byteLength, total: bytes.byteLength });
    return { bytes, name: name ?? 'data' };
  }

  if (source instanceof Blob) {
    const fileName = name ?? (source instanceof File ? source.name : 'data');
    try {
      const bytes = await readStream(source.stream(), source.size, onProgress, signal);
      return { bytes, name: fileName };
    } catch (error) {
      throw readError(error, fileName);
    }
  }

  if (typeof source !== 'string' && !(source instanceof URL)) {
    const kind = source === null ? 'null' : typeof source;
    throw new TypeError(`aftersales-widgets: loadTable source must be a URL string, URL, File, Blob, Uint8Array or ArrayBuffer, not ${kind}.`);
  }
  const url = new URL(String(source), document.baseURI);
  const fileName = name ?? (decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href);
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    throw readError(error, fileName);
  }
  if (!response.ok) throw new IngestError('read-failed', { file: fileName, detail: `HTTP ${response.status}` }, `${response.status} ${response.statusText}`);

  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  try {
    const bytes = response.body
      ? await readStream(response.body, total, onProgress, signal)
      : new Uint8Array(await response.arrayBuffer());
    return { bytes, name: fileName };
  } catch (error) {
    throw readError(error, fileName);
  }
}

async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | undefined,
  onProgress: ((progress: LoadProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress?.({ phase: 'reading', loaded, total });
    }
  } finally {
    reader.releaseLock();
  }

  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function readError(error: unknown, file: string): IngestError {
  if (error instanceof IngestError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new IngestError('aborted', { file });
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError('read-failed', { file, detail }, detail);
}
