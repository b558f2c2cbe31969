import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import { compileFilters, type FilterClause } from '../../src/filters/index.js';
import { createCanonicalTable } from '../support/canonical.js';

const FIELDS = { service_type: 'o."service_type"', order_date: 'o."order_date"', customer_key: 'o."customer_key"' };

function clause(source: string, ...predicates: FilterClause['predicates']): FilterClause {
  return { source, predicates };
}

describe('compileFilters', () => {
  it('returns empty SQL without clauses', () => {
    const compiled = compileFilters([], FIELDS);

    expect(compiled.sql).to.equal('');
    expect(compiled.params).to.deep.equal([]);
    expect(compiled.ignored).to.deep.equal([]);
  });

  it('compiles point and interval predicates', () => {
    const compiled = compileFilters(
      [
        clause('mix', { field: 'service_type', kind: 'point', values: ['钣喷', '定期保养'] }),
        clause('trend', { field: 'order_date', kind: 'interval', range: ['2024-01-01', '2024-04-01'] }),
      ],
      FIELDS,
    );

    expect(compiled.sql).to.equal('(o."service_type" IN (?, ?)) AND (o."order_date" >= ?::DATE AND o."order_date" < ?::DATE)');
    expect(compiled.params).to.deep.equal(['钣喷', '定期保养', '2024-01-01', '2024-04-01']);
  });

  it('binds numbers without a date cast', () => {
    const compiled = compileFilters([clause('m', { field: 'mileage', kind: 'interval', range: [0, 5000] })], { mileage: 'mileage' });

    expect(compiled.sql).to.equal('(mileage >= ? AND mileage < ?)');
    expect(compiled.params).to.deep.equal([0, 5000]);
  });

  it('selects nothing for an empty value set', () => {
    const compiled = compileFilters([clause('seg', { field: 'customer_key', kind: 'point', values: [] })], FIELDS);

    expect(compiled.sql).to.equal('FALSE');
    expect(compiled.params).to.deep.equal([]);
  });

  it('reports predicates on unknown fields', () => {
    const advisor = { field: 'advisor', kind: 'point', values: ['王工'] } as const;
    const field = { field: '"; DROP TABLE orders; --', kind: 'point', values: ['x'] } as const;
    const compiled = compileFilters([clause('a', advisor, { field: 'service_type', kind: 'point', values: ['美容'] }), clause('b', field)], FIELDS);

    expect(compiled.sql).to.equal('(o."service_type" IN (?))');
    expect(compiled.ignored).to.deep.equal([advisor, field]);
  });

  it('ignores inherited object keys as fields', () => {
    const compiled = compileFilters([clause('a', { field: 'constructor', kind: 'point', values: ['x'] })], FIELDS);

    expect(compiled.sql).to.equal('');
    expect(compiled.ignored).to.have.length(1);
  });

  it('binds a large key set as one parameter', () => {
    const keys = Array.from({ length: 100 }, (_, index) => `C${index}`);
    const compiled = compileFilters([clause('seg', { field: 'customer_key', kind: 'point', values: keys })], FIELDS);

    expect(compiled.sql).to.equal('(o."customer_key" IN (SELECT unnest(string_split(?, chr(31)))))');
    expect(compiled.params).to.have.length(1);
    expect((compiled.params[0] as string).split('\u001f')).to.deep.equal(keys);
  });

  it('keeps hostile values harmless in DuckDB', async () => {
    const hostile = `x') OR 1=1; DROP TABLE orders; --`;
    await createCanonicalTable('orders', [
      { ro_no: 'R1', order_date: '2024-01-05', customer_id: 'C1', service_type: hostile },
      { ro_no: 'R2', order_date: '2024-03-31', customer_id: 'C2', service_type: '钣喷' },
      { ro_no: 'R3', order_date: '2024-04-01', customer_id: 'C3', service_type: '钣喷' },
    ]);
    const engine = await getEngine();

    const run = async (clauses: FilterClause[]): Promise<string[]> => {
      const { sql, params } = compileFilters(clauses, FIELDS);
      const table = await engine.query(`SELECT ro_no FROM orders o WHERE ${sql || 'TRUE'} ORDER BY ro_no`, params);
      return table.toArray().map((row) => String(row.ro_no));
    };

    expect(await run([clause('a', { field: 'service_type', kind: 'point', values: [hostile] })])).to.deep.equal(['R1']);
    expect(await run([clause('a', { field: 'service_type', kind: 'point', values: [`' OR '1'='1`] })])).to.deep.equal([]);
    expect(await run([clause('a', { field: 'order_date', kind: 'interval', range: ['2024-01-05', '2024-04-01'] })])).to.deep.equal(['R1', 'R2']);
    const many = [...Array.from({ length: 80 }, (_, index) => `K${index}`), 'C3', `C1'--`];
    expect(await run([clause('a', { field: 'customer_key', kind: 'point', values: many })])).to.deep.equal(['R3']);
    expect(await run([clause('a', { field: 'customer_key', kind: 'point', values: [] })])).to.deep.equal([]);
    const count = await engine.query('SELECT count(*) AS n FROM orders');
    expect(count.getChild('n')?.get(0)).to.equal(3);
  });
});
