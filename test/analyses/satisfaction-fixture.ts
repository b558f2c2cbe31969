// Satisfaction fixture shared by the analysis, element and cross-filter tests.
import { createCanonicalTable } from '../support/canonical.js';

// Five surveys from three sources with different scales:
// S1 phone 1–5 stars, S2 WeChat 1–10, S3 questionnaire 0–100, S4 SMS 1–5 (its order R4 is cancelled),
// S5 phone 1–5 with no order at all. Recommendation is always 0–10.
export async function loadSatisfactionFixture(): Promise<void> {
  await createCanonicalTable('orders', [
    { ro_no: 'R1', order_date: '2024-03-05', customer_id: 'C1', service_type: '保养', model: 'A', advisor: '王', source_row: 1 },
    { ro_no: 'R1', order_date: '2024-03-05', customer_id: 'C1', service_type: '保养', model: 'A', advisor: '王', source_row: 2 },
    { ro_no: 'R2', order_date: '2024-03-10', customer_id: 'C2', service_type: '钣喷', model: 'B', advisor: '李', source_row: 3 },
    { ro_no: 'R3', order_date: '2024-04-02', customer_id: 'C3', service_type: '保养', model: 'A', advisor: '李', source_row: 4 },
    { ro_no: 'R4', order_date: '2024-04-20', customer_id: 'C4', service_type: '保养', model: 'B', status: '作废', is_cancelled: true, source_row: 5 },
    { ro_no: 'R5', order_date: '2024-04-25', customer_id: 'C5', service_type: '一般维修', model: 'A', advisor: '王', source_row: 6 },
    { ro_no: 'R6', order_date: '2024-03-15', customer_id: 'C6', service_type: '保养', model: 'B', advisor: '王', source_row: 7 },
  ]);
  await createCanonicalTable('surveys', [
    { survey_id: 'S1', survey_date: '2024-03-07', ro_no: 'R1', customer_id: 'C1', customer_name: '张三', phone: '13812341234', channel: '电话' },
    { survey_id: 'S2', survey_date: '2024-03-12', ro_no: 'R2', customer_id: 'C2', customer_name: '李四', phone: '13900001111', channel: '微信', comment: '等太久，请回电 13900001111' },
    { survey_id: 'S3', survey_date: '2024-04-05', ro_no: 'R3', customer_id: 'C3', channel: '问卷' },
    { survey_id: 'S4', survey_date: '2024-04-22', ro_no: 'R4', customer_id: 'C4', channel: '短信' },
    { survey_id: 'S5', survey_date: '2024-04-28', ro_no: null, customer_id: 'C7', channel: '电话' },
  ]);
  const answer = (survey_id: string, dimension: string, score: number, scale_min: number, scale_max: number) => ({ survey_id, dimension, score, scale_min, scale_max });
  await createCanonicalTable('survey_scores', [
    answer('S1', 'attitude', 5, 1, 5),
    answer('S1', 'speed', 4, 1, 5),
    answer('S1', 'overall', 5, 1, 5),
    answer('S1', 'recommend', 10, 0, 10),
    answer('S2', 'attitude', 10, 1, 10),
    answer('S2', 'speed', 4, 1, 10),
    answer('S2', 'overall', 7, 1, 10),
    answer('S2', 'recommend', 6, 0, 10),
    answer('S3', 'attitude', 90, 0, 100),
    answer('S3', 'price', 50, 0, 100),
    answer('S3', 'overall', 80, 0, 100),
    answer('S3', 'recommend', 9, 0, 10),
    answer('S4', 'attitude', 2, 1, 5),
    answer('S4', 'overall', 3, 1, 5),
    answer('S4', 'recommend', 9, 0, 10),
    answer('S5', 'attitude', 4, 1, 5),
    answer('S5', '设施', 1, 1, 5),
    answer('S5', 'recommend', 8, 0, 10),
  ]);
}
