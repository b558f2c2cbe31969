// Plugins for @web/test-runner: module resolution that vite does through its config, a network log
// read over the Chrome DevTools Protocol, and snapshot files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ASSET_PREFIX = '/__asset-url__/';

/** Resolves the engine worker's import of DuckDB-WASM's unexported synchronous browser build. */
export function duckdbBlockingPlugin() {
  return {
    name: 'duckdb-blocking',
    resolveImport({ source }) {
      if (source === '@duckdb/duckdb-wasm/blocking-browser') {
        return '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs';
      }
      return undefined;
    },
  };
}

/** Gives vite's `import url from 'pkg/file?url'` the same meaning here: the served path of the file. */
export function assetUrlPlugin() {
  return {
    name: 'asset-url',
    resolveImport({ source }) {
      if (!source.endsWith('?url')) return undefined;
      const path = source.slice(0, -'?url'.length);
      if (path.startsWith('.') || path.startsWith('/')) return undefined;
      return `${ASSET_PREFIX}node_modules/${path}`;
    },
    serve(context) {
      if (!context.path.startsWith(ASSET_PREFIX)) return undefined;
      const served = `/${context.path.slice(ASSET_PREFIX.length)}`;
      return { body: `export default ${JSON.stringify(served)};`, type: 'js' };
    },
  };
}

/**
 * Records every request the test page and its workers start, through the DevTools protocol.
 * Commands: `network-log-start` and `network-log-read` (returns the URLs seen since the start).
 */
export function networkLogPlugin() {
  const logs = new Map();

  async function start(session) {
    const page = session.browser.getPage(session.id);
    const client = await page.createCDPSession();
    const urls = [];
    logs.set(session.id, urls);
    const record = (event) => urls.push(event.request.url);

    client.on('Network.requestWillBeSent', record);
    await client.send('Network.enable');

    // Workers are separate targets: attach to each as it starts, paused until its log is on.
    const connection = client.connection();
    client.on('Target.attachedToTarget', async ({ sessionId, waitingForDebugger }) => {
      const child = connection.session(sessionId);
      if (!child) return;
      child.on('Network.requestWillBeSent', record);
      await child.send('Network.enable').catch(() => {});
      if (waitingForDebugger) await child.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    });
    await client.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  }

  return {
    name: 'network-log',
    async executeCommand({ command, session }) {
      if (command === 'network-log-start') {
        await start(session);
        return true;
      }
      if (command === 'network-log-read') return logs.get(session.id) ?? [];
      return undefined;
    },
  };
}

/**
 * Compares text with a committed snapshot under test/__snapshots__. A missing or different snapshot
 * fails; files are written only when the runner is started with UPDATE_SNAPSHOTS=1.
 */
export function snapshotPlugin({ update }) {
  return {
    name: 'snapshot',
    executeCommand({ command, payload }) {
      if (command !== 'snapshot-compare') return undefined;
      const file = normalize(join(root, 'test', '__snapshots__', `${payload.name}.snap`));
      if (!file.startsWith(join(root, 'test', '__snapshots__'))) throw new Error(`invalid snapshot name: ${payload.name}`);

      if (update) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, payload.content);
        return { status: 'written' };
      }
      if (!existsSync(file)) return { status: 'missing', file };
      const expected = readFileSync(file, 'utf8');
      return expected === payload.content ? { status: 'match' } : { status: 'mismatch', expected, file };
    },
  };
}

/**
 * Serves `/__second-copy__/engine.js`: the engine module bundled on its own, as another bundle on the
 * host page would contain it, so a test can check that two copies of the library share one engine.
 */
export function secondCopyPlugin() {
  return {
    name: 'second-copy',
    async serve(context) {
      if (context.path !== '/__second-copy__/engine.js') return undefined;
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [join(root, 'src/engine/index.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        external: ['apache-arrow', '@duckdb/*'],
        plugins: [
          {
            name: 'asset-url-external',
            setup(esbuildContext) {
              esbuildContext.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, external: true }));
            },
          },
        ],
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/** Prints one plain closing line, `tests: N passed, N failed`, that CI logs can be searched for. */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load reports no tests but must still count as a failure.
        else if (!session.passed) failed += 1;
      }
      // Written at exit, after the default reporter has redrawn its progress lines for the last time.
      const line = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
