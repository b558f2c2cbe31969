import { expect } from '@open-wc/testing';
import { EngineError, LatestQuery, getEngine, quoteIdentifier } from '../../src/engine/index.js';

describe('engine queries', () => {
  it('binds a hostile value and reads it back unchanged', async () => {
    const engine = await getEngine();
    const hostile = `O'Brien"; DROP TABLE notes; -- 张三 ¥1,000 \\ ? $1`;
    await engine.query('CREATE TABLE notes (id INTEGER, body VARCHAR)');
    await engine.query('INSERT INTO notes VALUES (?, ?)', [1, hostile]);

    const table = await engine.query('SELECT body FROM notes WHERE body = ?', [hostile]);
    const count = await engine.query('SELECT count(*) AS n FROM notes');

    expect(table.numRows).to.equal(1);
    expect(table.getChild('body')?.get(0)).to.equal(hostile);
    expect(count.getChild('n')?.get(0)).to.equal(1);
  });

  it('quotes identifiers with quotes and spaces', async () => {
    const engine = await getEngine();
    const name = 'orders "2024" 工单';
    await engine.query(`CREATE TABLE ${quoteIdentifier(name)} AS SELECT 7 AS ${quoteIdentifier('a"b')}`);

    const table = await engine.query(`SELECT ${quoteIdentifier('a"b')} AS v FROM ${quoteIdentifier(name)}`);

    expect(table.getChild('v')?.get(0)).to.equal(7);
    expect(quoteIdentifier('a"b')).to.equal('"a""b"');
    expect(() => quoteIdentifier('')).to.throw(/must not be empty/);
  });

  it('runs a batch in order and returns every result', async () => {
    const engine = await getEngine();
    const results = await engine.batch([
      { sql: 'CREATE TABLE batch_t (x INTEGER)' },
      { sql: 'INSERT INTO batch_t SELECT * FROM range(5)' },
      { sql: 'SELECT sum(x) AS total FROM batch_t WHERE x >= ?', params: [2] },
    ]);

    expect(results).to.have.length(3);
    expect(results[2].getChild('total')?.get(0)).to.equal(9);
  });

  it('rejects a bad statement with a typed error', async () => {
    const engine = await getEngine();
    let caught: unknown;
    try {
      await engine.query('SELECT * FROM no_such_table');
    } catch (error) {
      caught = error;
    }

    expect(caught).to.be.instanceOf(EngineError);
    expect((caught as EngineError).code).to.equal('query-failed');
    expect((caught as EngineError).detail).to.contain('no_such_table');
    expect((caught as EngineError).message).to.match(/^查询失败/);
  });

  it('delivers only the latest of two overlapping batches', async () => {
    const engine = await getEngine();
    const latest = new LatestQuery(engine);
    const delivered: number[] = [];

    // The first query is slow enough to still be pending when the second starts.
    const slow = latest.run([{ sql: 'SELECT count(*) AS n FROM range(30000000) t(i) WHERE i % 7 = ?', params: [3] }]);
    const fast = latest.run([{ sql: 'SELECT 2 AS n' }]);
    for (const result of await Promise.all([slow, fast])) {
      if (result) delivered.push(result[0].getChild('n')?.get(0));
    }

    expect(await slow).to.equal(null);
    expect(delivered).to.deep.equal([2]);
  });
});

describe('engine Arrow inserts', () => {
  it('moves the IPC buffer to the worker', async () => {
    const { tableFromArrays, tableToIPC } = await import('apache-arrow');
    const engine = await getEngine();
    const ipc = tableToIPC(tableFromArrays({ id: Int32Array.from([1, 2, 3]), model: ['朗逸', '途观', '朗逸'] }), 'stream');
    const whole = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength ? ipc : ipc.slice();

    await engine.insertArrowIPC('arrow_probe', whole);
    const table = await engine.query("SELECT count(*) AS n, count(*) FILTER (WHERE model = ?) AS langyi FROM arrow_probe", ['朗逸']);

    expect(table.getChild('n')?.get(0)).to.equal(3);
    expect(table.getChild('langyi')?.get(0)).to.equal(2);
    expect(whole.byteLength).to.equal(0);
  });
});
