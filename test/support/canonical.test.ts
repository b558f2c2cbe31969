import { expect } from '@open-wc/testing';
import { getEngine } from '../../src/engine/index.js';
import { isTableLoaded } from '../../src/data/state.js';
import { createCanonicalTable } from './canonical.js';

describe('canonical fixture tables', () => {
  it('creates typed orders with default flags', async () => {
    await createCanonicalTable('orders', [
      { ro_no: 'RO1', order_date: '2024-03-01', customer_id: 'C1', service_type: '钣喷', total_amount: '1234.50' },
      { ro_no: 'RO2', order_date: '2024-03-02', customer_id: 'C2', service_type: '首保', total_amount: 0, is_customer_paid: false },
    ]);
    const engine = await getEngine();
    const table = await engine.query(
      'SELECT sum(total_amount)::VARCHAR AS total, count(*) FILTER (WHERE is_customer_paid) AS paid, max(customer_key) AS last_key, typeof(max(order_date)) AS date_type FROM orders',
    );

    expect(table.getChild('total')?.get(0)).to.equal('1234.50');
    expect(table.getChild('paid')?.get(0)).to.equal(1);
    expect(table.getChild('last_key')?.get(0)).to.equal('C2');
    expect(table.getChild('date_type')?.get(0)).to.equal('DATE');
    expect(isTableLoaded('orders')).to.equal(true);
  });

  it('rejects a column the table does not have', async () => {
    let caught: unknown;
    try {
      await createCanonicalTable('orders', [{ ro_no: 'RO1', amount: 5 }]);
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).to.contain('"amount"');
  });
});
