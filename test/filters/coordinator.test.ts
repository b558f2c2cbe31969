import { expect } from '@open-wc/testing';
import { tableFromArrays, type Table } from 'apache-arrow';
import { EngineError, LatestQuery, getEngine, type Engine, type Query } from '../../src/engine/index.js';
import { BatchingEngine, getBatchingEngine } from '../../src/filters/index.js';

/** An engine double that returns a one-cell table for `SELECT <n>` and fails on 'FAIL'. */
class CountingEngine implements Engine {
  readonly batches: string[][] = [];

  async query(sql: string): Promise<Table> {
    return (await this.batch([{ sql }]))[0];
  }

  async batch(queries: readonly Query[]): Promise<Table[]> {
    this.batches.push(queries.map((query) => query.sql));
    if (queries.some((query) => query.sql === 'FAIL')) throw new EngineError('query-failed', 'FAIL', 'FAIL');
    return queries.map((query) => tableFromArrays({ v: [Number(query.sql.replace('SELECT ', ''))] }));
  }

  async registerFile(): Promise<void> {}
  async dropFile(): Promise<void> {}
  async insertArrowIPC(): Promise<void> {}
  async version(): Promise<string> {
    return 'counting';
  }
}

const values = (tables: Table[] | null) => tables?.map((table) => table.getChild('v')?.get(0));

describe('batching engine', () => {
  it('merges one task into one round trip', async () => {
    const inner = new CountingEngine();
    const engine = new BatchingEngine(inner);

    const results = await Promise.all([
      new LatestQuery(engine).run([{ sql: 'SELECT 1' }, { sql: 'SELECT 2' }]),
      new LatestQuery(engine).run([{ sql: 'SELECT 3' }]),
      engine.query('SELECT 4'),
    ]);

    expect(inner.batches).to.deep.equal([['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4']]);
    expect(values(results[0])).to.deep.equal([1, 2]);
    expect(values(results[1])).to.deep.equal([3]);
    expect(results[2].getChild('v')?.get(0)).to.equal(4);
    expect(engine.roundTrips).to.equal(1);
  });

  it('latest request of a caller wins', async () => {
    const inner = new CountingEngine();
    const engine = new BatchingEngine(inner);
    const widget = new LatestQuery(engine);

    const first = widget.run([{ sql: 'SELECT 1' }]);
    const second = widget.run([{ sql: 'SELECT 2' }]);
    const other = new LatestQuery(engine).run([{ sql: 'SELECT 3' }]);

    expect(await first).to.equal(null);
    expect(values(await second)).to.deep.equal([2]);
    expect(values(await other)).to.deep.equal([3]);
    expect(inner.batches).to.deep.equal([['SELECT 2', 'SELECT 3']]);
  });

  it('failure stays with its caller', async () => {
    const inner = new CountingEngine();
    const engine = new BatchingEngine(inner);

    const good = new LatestQuery(engine).run([{ sql: 'SELECT 5' }]);
    const bad = new LatestQuery(engine).run([{ sql: 'FAIL' }]);

    expect(values(await good)).to.deep.equal([5]);
    let error: unknown;
    await bad.catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(EngineError);
    expect((error as EngineError).code).to.equal('query-failed');
    expect(inner.batches).to.deep.equal([['SELECT 5', 'FAIL'], ['SELECT 5'], ['FAIL']]);
  });

  it('later tasks get their own round trip', async () => {
    const inner = new CountingEngine();
    const engine = new BatchingEngine(inner);

    await engine.query('SELECT 1');
    await engine.query('SELECT 2');

    expect(inner.batches).to.deep.equal([['SELECT 1'], ['SELECT 2']]);
  });

  it('runs merged batches on DuckDB', async () => {
    const engine = await getBatchingEngine();
    const before = engine.roundTrips;

    const [a, b] = await Promise.all([engine.query('SELECT 40 + ? AS v', [2]), engine.query('SELECT ? AS v', ['张三'])]);

    expect(a.getChild('v')?.get(0)).to.equal(42);
    expect(b.getChild('v')?.get(0)).to.equal('张三');
    expect(engine.roundTrips - before).to.equal(1);
    expect(await getBatchingEngine()).to.equal(engine);
    expect(engine).to.not.equal(await getEngine());
  });
});
