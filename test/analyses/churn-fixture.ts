import type { FixtureRow } from '../support/canonical.js';

// Visit months per customer (settled orders only):
// A 2023-01, 2023-04 (on the 30th), 2024-02 (on the 1st) · B 2023-01 (one visit, on the 31st)
// C 2023-02 (1st), 2023-03 (two orders) · D 2023-06, 2024-01 · E 2023-01 (+ a cancelled 2023-07)
// F 2024-03 (31st; + a cancelled 2024-05) · G 2023-03 (钣喷). No visit in 2023-05 and 2023-07…12.
export const CHURN_ORDERS: FixtureRow[] = [
  { ro_no: 'A1', customer_id: 'A', order_date: '2023-01-15', service_type: '定期保养' },
  { ro_no: 'A2', customer_id: 'A', order_date: '2023-04-30', service_type: '定期保养' },
  { ro_no: 'A3', customer_id: 'A', order_date: '2024-02-01', service_type: '定期保养' },
  { ro_no: 'B1', customer_id: 'B', order_date: '2023-01-31', service_type: '一般维修' },
  { ro_no: 'C1', customer_id: 'C', order_date: '2023-02-01', service_type: '定期保养' },
  { ro_no: 'C2', customer_id: 'C', order_date: '2023-03-05', service_type: '定期保养' },
  { ro_no: 'C3', customer_id: 'C', order_date: '2023-03-31', service_type: '一般维修' },
  { ro_no: 'D1', customer_id: 'D', order_date: '2023-06-10', service_type: '定期保养' },
  { ro_no: 'D2', customer_id: 'D', order_date: '2024-01-10', service_type: '定期保养' },
  { ro_no: 'E1', customer_id: 'E', order_date: '2023-01-20', service_type: '定期保养' },
  { ro_no: 'E2', customer_id: 'E', order_date: '2023-07-01', service_type: '定期保养', status: '作废', is_cancelled: true },
  { ro_no: 'F1', customer_id: 'F', order_date: '2024-03-31', service_type: '首保' },
  { ro_no: 'F2', customer_id: 'F', order_date: '2024-05-02', service_type: '定期保养', status: '已取消', is_cancelled: true },
  { ro_no: 'G1', customer_id: 'G', order_date: '2023-03-15', service_type: '钣喷' },
];
