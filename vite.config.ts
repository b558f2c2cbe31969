import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// DuckDB-WASM ships a synchronous browser build that its package.json does not export. The engine
// worker uses it so a whole batch of statements runs in one worker message.
const duckdbBlocking = fileURLToPath(
  new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url),
);

// `vite build --mode lib` writes the library for hosts without a bundler into dist/lib/: index.js (the
// API and the classes), define.js (the same with every tag registered), the engine worker and the
// DuckDB and parquet wasm files, so the folder can be copied to an intranet server as it is. Any other
// mode builds the demo.
const library = {
  outDir: 'dist/lib',
  target: 'es2022',
  // A library build would inline the wasm files as base64 (over 100 MB of JS), so this is an app build
  // of a JS entry that keeps its exports and emits the wasm as separate files.
  assetsInlineLimit: 0,
  rollupOptions: {
    input: {
      index: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      define: fileURLToPath(new URL('./src/bundle.ts', import.meta.url)),
    },
    preserveEntrySignatures: 'strict' as const,
    output: {
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      assetFileNames: 'assets/[name][extname]',
    },
  },
};

const demo = {
  target: 'es2022',
  rollupOptions: {
    input: { demo: fileURLToPath(new URL('./demo/index.html', import.meta.url)) },
  },
};

export default defineConfig(({ mode }) => ({
  // Relative asset URLs let the library folder be served from any path.
  base: mode === 'lib' ? './' : '/',
  resolve: {
    alias: { '@duckdb/duckdb-wasm/blocking-browser': duckdbBlocking },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    open: '/demo/',
  },
  preview: { host: '127.0.0.1', open: '/demo/' },
  build: mode === 'lib' ? library : demo,
  optimizeDeps: {
    exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'],
  },
}));
