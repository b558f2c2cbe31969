import type { FixtureRow } from '../support/canonical.js';

// As-of date 2024-06-30 (the latest settled order); the 12-month period is (2023-06-30, 2024-06-30].
// Per customer in the period: visits, customer-paid frequency F, spend M, recency R in days.
// P1 2 visits, F 2, M 2000, R 0, an order in 2023-01 too (returning)
// P2 2 visits (one a warranty claim), F 1, M 3000, R 30 (new)
// P3 1 visit, F 1, M 100, R 365 (new) · P4 only 2023-06-30, outside the period (potential)
// P5 5 visits, F 5, M 5000, R 29 (new) · P6 1 visit, F 1, M 3000, R 167, an order in 2022 (returning)
export const SEGMENT_ORDERS: FixtureRow[] = [
  { ro_no: '1a', customer_id: 'P1', order_date: '2024-06-30', total_amount: 800, model: 'A4L', service_type: '定期保养', customer_name: '张小三', phone: '13800001111' },
  { ro_no: '1b', customer_id: 'P1', order_date: '2024-03-01', total_amount: 1200, model: 'A4L', service_type: '一般维修' },
  { ro_no: '1c', customer_id: 'P1', order_date: '2023-01-10', total_amount: 500, model: 'A4L', service_type: '定期保养' },
  { ro_no: '2a', customer_id: 'P2', order_date: '2024-05-31', total_amount: 3000, model: 'Q5', service_type: '钣喷', customer_name: '李四', phone: '13900002222', plate: '京A12345' },
  { ro_no: '2b', customer_id: 'P2', order_date: '2024-04-30', total_amount: 900, model: 'Q5', service_type: '保修', is_customer_paid: false },
  { ro_no: '3a', customer_id: 'P3', order_date: '2023-07-01', total_amount: 100, model: 'A4L', service_type: '定期保养' },
  { ro_no: '4a', customer_id: 'P4', order_date: '2023-06-30', total_amount: 700, model: 'A6', service_type: '定期保养' },
  { ro_no: '5a', customer_id: 'P5', order_date: '2024-06-01', total_amount: 1000, model: 'Q5', service_type: '定期保养' },
  { ro_no: '5b', customer_id: 'P5', order_date: '2024-02-01', total_amount: 1000, model: 'Q5', service_type: '定期保养' },
  { ro_no: '5c', customer_id: 'P5', order_date: '2023-12-01', total_amount: 1000, model: 'Q5', service_type: '定期保养' },
  { ro_no: '5d', customer_id: 'P5', order_date: '2023-09-01', total_amount: 1000, model: 'Q5', service_type: '定期保养' },
  { ro_no: '5e', customer_id: 'P5', order_date: '2023-08-01', total_amount: 1000, model: 'Q5', service_type: '定期保养' },
  { ro_no: '6a', customer_id: 'P6', order_date: '2024-01-15', total_amount: 3000, model: 'A4L', service_type: '钣喷', customer_name: '王五', phone: '13700003333' },
  { ro_no: '6b', customer_id: 'P6', order_date: '2022-05-05', total_amount: 200, model: 'A3', service_type: '定期保养' },
  { ro_no: '6c', customer_id: 'P6', order_date: '2024-06-15', total_amount: 5000, model: 'Q7', service_type: '钣喷', status: '作废', is_cancelled: true },
];
