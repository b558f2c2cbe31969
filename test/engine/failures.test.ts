import { expect } from '@open-wc/testing';
import { EngineError, WorkerEngine, configureEngine, getEngine } from '../../src/engine/index.js';
import { DEFAULT_WASM_URLS, startDefaultWorker } from '../../src/engine/assets.js';
import { setLocale } from '../../src/i18n/index.js';

describe('engine failures', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    setLocale('zh-CN');
  });

  it('reports a missing wasm file as a typed error in Chinese', async () => {
    configureEngine({ wasmBaseUrl: '/no-such-folder/' });
    let caught: unknown;
    try {
      await getEngine();
    } catch (error) {
      caught = error;
    }

    expect(caught).to.be.instanceOf(EngineError);
    expect((caught as EngineError).code).to.equal('wasm-load-failed');
    expect((caught as EngineError).message).to.contain('分析引擎加载失败');
    expect((caught as EngineError).message).to.contain('/no-such-folder/duckdb-eh.wasm');
  });

  it('retries after the host fixes the asset location', async () => {
    configureEngine({});
    const engine = await getEngine();
    const table = await engine.query('SELECT 5 AS n');

    expect(table.getChild('n')?.get(0)).to.equal(5);
    expect(() => configureEngine({ wasmBaseUrl: '/elsewhere/' })).to.throw(/after the engine started/);
  });

  it('fails pending calls when the worker dies', async () => {
    setLocale('en-US');
    const worker = startDefaultWorker();
    const engine = await WorkerEngine.start(worker, {
      mvp: new URL(DEFAULT_WASM_URLS.mvp, location.href).href,
      eh: new URL(DEFAULT_WASM_URLS.eh, location.href).href,
    }, `${location.origin}/duckdb-extensions`);
    const pending = engine.query('SELECT count(*) FROM range(20000000)');
    worker.dispatchEvent(new ErrorEvent('error', { message: 'out of memory' }));

    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    const later = await engine.query('SELECT 1').catch((error: unknown) => error);

    expect((caught as EngineError).code).to.equal('worker-crashed');
    expect((caught as EngineError).message).to.equal('The analysis engine stopped (out of memory). Reload the page and try again.');
    expect((later as EngineError).code).to.equal('worker-crashed');
    worker.terminate();
  });

  it('left no unhandled rejection behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).to.deep.equal([]);
  });
});
