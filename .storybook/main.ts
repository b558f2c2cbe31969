import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for the widgets. It runs offline: telemetry is off, and the stories load their data from
// inline CSV text through the same loader the widgets use, so no story fetches anything.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  // An empty icon keeps the browser from requesting /favicon.ico, which a static build does not have.
  managerHead: (head) => `${head ?? ''}<link rel="icon" href="data:," />`,
  previewHead: (head) => `${head ?? ''}<link rel="icon" href="data:," />`,
  // The DuckDB-WASM worker and wasm files are served by vite from node_modules (see vite.config.ts).
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    const { default: projectConfig } = await import('../vite.config.js');
    return mergeConfig(viteConfig, {
      resolve: projectConfig.resolve,
      worker: projectConfig.worker,
      optimizeDeps: projectConfig.optimizeDeps,
    });
  },
};

export default config;
