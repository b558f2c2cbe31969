import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// DuckDB-WASM ships a synchronous browser build that its package.json does not export; the engine
// worker uses it so a whole batch of statements runs in one worker message.
const duckdbBlocking = fileURLToPath(
  new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url),
);

export default defineConfig({
  resolve: {
    alias: { '@duckdb/duckdb-wasm/blocking-browser': duckdbBlocking },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    open: '/demo/',
  },
  preview: { host: '127.0.0.1', open: '/demo/' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { demo: fileURLToPath(new URL('./demo/index.html', import.meta.url)) },
    },
  },
  optimizeDeps: {
    exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'],
  },
});
