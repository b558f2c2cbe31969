// Campaign fixture shared by the analysis, element and cross-filter tests.
import { createCanonicalTable } from '../support/canonical.js';

// K1 春季保养节 2024-03-01..03-10 (cost 1000, target 保养), K2 钣喷特惠 2024-04-01..04-30 (cost 2000,
// target 钣喷), K3 2024-06-01..06-05 (cost 500) with no orders at all. The data runs 2023-03-05..2024-07-01.
export async function loadCampaignFixture(): Promise<void> {
  const order = (ro_no: string, order_date: string, customer_id: string, service_type: string, total_amount: string, campaign_id: string | null = null) => ({
    ro_no,
    order_date,
    customer_id,
    service_type,
    total_amount,
    campaign_id,
  });
  await createCanonicalTable('orders', [
    order('O1', '2024-03-02', 'A', '保养', '800.00', 'K1'),
    order('O2', '2024-03-05', 'B', '保养', '600.00', 'K1'),
    order('O3', '2024-03-08', 'C', '一般维修', '1000.50', 'K1'),
    order('O4', '2024-03-09', 'D', '保养', '400.00'),
    { ...order('O5', '2024-03-06', 'E', '保养', '300.00', 'K1'), status: '作废', is_cancelled: true },
    order('O6', '2024-03-12', 'F', '保养', '200.00', 'K1'),
    order('O7', '2023-03-05', 'B', '保养', '500.00'),
    order('O8', '2024-02-25', 'G', '保养', '700.00'),
    order('O9', '2024-02-21', 'H', '钣喷', '900.00'),
    order('O10', '2024-04-15', 'A', '保养', '300.00'),
    order('O11', '2024-07-01', 'C', '保养', '250.00'),
    order('O12', '2024-04-10', 'I', '钣喷', '1500.00', 'K2'),
    order('O13', '2024-04-20', 'B', '钣喷', '2500.00', 'K2'),
    order('O14', '2024-05-10', 'I', '保养', '100.00'),
    order('O15', '2023-04-15', 'J', '钣喷', '1200.00'),
    order('O16', '2024-03-20', 'J', '钣喷', '800.00'),
    order('O17', '2024-06-08', 'D', '保养', '150.00'),
  ]);
  await createCanonicalTable('campaigns', [
    { campaign_id: 'K1', campaign_name: '春季保养节', start_date: '2024-03-01', end_date: '2024-03-10', cost_amount: '1000.00', target_service_type: '保养', reached_customers: 50 },
    { campaign_id: 'K2', campaign_name: '钣喷特惠', start_date: '2024-04-01', end_date: '2024-04-30', cost_amount: '2000.00', target_service_type: '钣喷' },
    { campaign_id: 'K3', campaign_name: '空活动', start_date: '2024-06-01', end_date: '2024-06-05', cost_amount: '500.00', target_service_type: '美容' },
  ]);
}
