// Twenty-five repair orders over three months for the service-mix tests. The expected figures in the
// tests are worked out by hand from this table; change them together.
import type { FixtureRow } from '../support/canonical.js';

type Order = [ro: string, date: string | null, customer: string, type: string | null, labor: number, total: number, cost: number | null, cancelled?: boolean];

const ORDERS: Order[] = [
  ['R01', '2024-01-03', 'C01', '定期保养', 200, 600, 400],
  ['R02', '2024-01-15', 'C02', '定期保养', 150, 500, 300],
  ['R03', '2024-02-10', 'C01', '定期保养', 200, 700, null],
  ['R04', '2024-02-20', 'C03', '定期保养', 100, 400, 250],
  ['R05', '2024-03-05', 'C04', '定期保养', 250, 800, null],
  ['R06', '2024-03-25', 'C02', '定期保养', 100, 500, 350],
  ['R07', '2024-01-08', 'C05', '一般维修', 800, 2000, 1200],
  ['R08', '2024-02-14', 'C06', '一般维修', 500, 1500, 1000],
  ['R09', '2024-02-28', 'C05', '一般维修', 300, 1000, 500],
  ['R10', '2024-03-12', 'C07', '一般维修', 600, 2500, 1500],
  ['R11', '2024-03-30', 'C01', '一般维修', 1800, 3000, 2000],
  ['R12', '2024-01-20', 'C08', '钣喷', 1500, 5000, null],
  ['R13', '2024-02-05', 'C09', '钣喷', 3000, 8000, null],
  ['R14', '2024-03-08', 'C08', '钣喷', 1000, 4000, null],
  ['R15', '2024-03-18', 'C10', '钣喷', 2500, 8000, null],
  ['R16', '2024-01-25', 'C03', '保修索赔', 300, 1200, 1000],
  ['R17', '2024-02-25', 'C11', '保修索赔', 500, 1800, 1500],
  ['R18', '2024-03-28', 'C03', '保修索赔', 200, 1000, 700],
  ['R19', '2024-01-10', 'C12', '首保', 0, 0, 150],
  ['R20', '2024-02-12', 'C13', '首保', 0, 0, 150],
  ['R21', '2024-03-15', 'C14', '首保', 0, 0, null],
  ['R22', '2024-02-16', 'C05', '一般维修', 1000, 9000, 100, true],
  ['R23', '2024-03-02', 'C15', '钣喷', 1000, 3000, null, true],
  ['R24', '2024-03-20', 'C16', null, 100, 500, null],
  ['R25', null, 'C17', '定期保养', 100, 300, null],
];

/** The orders above as canonical `orders` rows (parts_amount = total − labour; models alternate). */
export const SERVICE_MIX_ORDERS: FixtureRow[] = ORDERS.map(([ro, date, customer, type, labor, total, cost, cancelled], index) => ({
  ro_no: ro,
  order_date: date,
  customer_id: customer,
  service_type: type,
  labor_amount: labor,
  parts_amount: total - labor,
  total_amount: total,
  cost_amount: cost,
  model: index % 2 === 0 ? '朗逸' : '途观L',
  status: cancelled ? '作废' : '已结算',
  is_cancelled: cancelled === true,
  is_customer_paid: type !== '保修索赔' && type !== '首保',
}));
