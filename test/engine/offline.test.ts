import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import { readNetworkLog, startNetworkLog } from '../support/commands.js';

describe('engine offline', () => {
  it('requests nothing from another origin', async () => {
    await startNetworkLog();

    const engine = await getEngine();
    const table = await engine.query("SELECT 'ok' AS status, 40 + 2 AS answer");
    const extension = await engine.query('SELECT current_setting(?) AS value', ['autoinstall_known_extensions']);
    const urls = await readNetworkLog();

    expect(table.getChild('answer')?.get(0)).to.equal(42);
    expect(extension.getChild('value')?.get(0)).to.equal(false);
    // The log must have seen the worker's own fetch of the wasm, or it proves nothing.
    expect(urls.some((url) => url.endsWith('.wasm'))).to.equal(true);
    const foreign = urls.filter((url) => !url.startsWith(location.origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).to.deep.equal([]);
  });
});
