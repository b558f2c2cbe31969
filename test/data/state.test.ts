import { expect } from '@open-wc/testing';
import { DATA_CHANGE_EVENT, isTableLoaded, markTablesCleared, markTablesLoaded, tableVersion } from '../../src/data/state.js';

describe('data state', () => {
  it('keeps versions rising across a clear', () => {
    markTablesLoaded(['probe_a']);
    markTablesLoaded(['probe_a']);
    expect(tableVersion('probe_a')).to.equal(2);

    markTablesCleared(['probe_a']);
    expect(isTableLoaded('probe_a')).to.equal(false);
    expect(tableVersion('probe_a')).to.equal(0);

    markTablesLoaded(['probe_a']);
    expect(isTableLoaded('probe_a')).to.equal(true);
    expect(tableVersion('probe_a')).to.equal(3);
  });

  it('announces every change on document', () => {
    const seen: string[][] = [];
    const listener = (event: Event) => seen.push([...(event as Event & { tables: string[] }).tables]);
    document.addEventListener(DATA_CHANGE_EVENT, listener);
    markTablesLoaded(['probe_b', 'probe_c']);
    markTablesCleared(['probe_b']);
    document.removeEventListener(DATA_CHANGE_EVENT, listener);

    expect(seen).to.deep.equal([['probe_b', 'probe_c'], ['probe_b']]);
  });
});
