import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { assetUrlPlugin, duckdbBlockingPlugin, networkLogPlugin, secondCopyPlugin, snapshotPlugin, summaryReporter } from './test/support/runner-plugins.mjs';

const commonjs = fromRollup(rollupCommonjs);

// Flags that work as root in a container without internet. The resolver rule makes any attempt to
// reach a host other than this machine fail at once, and visibly in the network log.
const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'import'] },
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  // One page at a time: a test page in a background tab gets no animation frames or resize
  // observations, so anything that waits for one (open-wc's fixture, Plot redraws) would hang.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 60_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    duckdbBlockingPlugin(),
    assetUrlPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    commonjs({ include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**', '**/node_modules/isoformat/**'] }),
    networkLogPlugin(),
    secondCopyPlugin(),
    snapshotPlugin({ update: process.env.UPDATE_SNAPSHOTS === '1' }),
  ],
};
