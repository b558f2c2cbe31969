// Parquet decoding with parquet-wasm, because DuckDB's parquet extension cannot be downloaded offline.
// The wasm file is served from this package (vite `?url` import), never from a CDN.
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | undefined;

/** Decodes Parquet bytes into an Arrow IPC stream, initialising parquet-wasm on first use. */
export async function parquetToArrowIPC(bytes: Uint8Array): Promise<Uint8Array> {
  ready ??= initParquetWasm({ module_or_path: new URL(parquetWasmUrl, document.baseURI) }).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  await ready;
  return readParquet(bytes).intoIPCStream();
}

/** Tells whether bytes start with the Parquet magic number `PAR1`. */
export function isParquet(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}
