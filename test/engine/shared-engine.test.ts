import { expect } from '@open-wc/testing';

// Count every worker this page starts, from before the engine module is loaded.
let workersStarted = 0;
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workersStarted += 1;
  }
};

describe('shared engine', () => {
  it('serves every caller from one worker', async () => {
    const { getEngine } = await import('../../src/engine/index.js');

    // Two widgets asking at once, as two elements connecting in the same frame do.
    const [first, second] = await Promise.all([getEngine(), getEngine()]);
    const [a, b] = await Promise.all([first.query('SELECT 1 AS n'), second.query('SELECT 2 AS n')]);

    expect(first).to.equal(second);
    expect(a.getChild('n')?.get(0)).to.equal(1);
    expect(b.getChild('n')?.get(0)).to.equal(2);
    expect(workersStarted).to.equal(1);
  });

  it('is shared with a second bundle of the library', async () => {
    const { getEngine } = await import('../../src/engine/index.js');
    const secondCopyUrl = '/__second-copy__/engine.js';
    const secondCopy = (await import(/* @vite-ignore */ secondCopyUrl)) as typeof import('../../src/engine/index.js');

    expect(secondCopy.getEngine).not.to.equal(getEngine);
    const engine = await secondCopy.getEngine();
    await (await getEngine()).query('CREATE TABLE shared_probe AS SELECT 42 AS answer');
    const table = await engine.query('SELECT answer FROM shared_probe');

    expect(table.getChild('answer')?.get(0)).to.equal(42);
    expect(workersStarted).to.equal(1);
    expect(secondCopy.engineWorkerCount()).to.equal(1);
  });
});
