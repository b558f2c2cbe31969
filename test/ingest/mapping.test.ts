import { expect } from '@open-wc/testing';
import { resolveMapping } from '../../src/ingest/mapping.js';
import { IngestError, normalizeHeader, type LoadableTable } from '../../src/ingest/index.js';

// Every header alias that DMS exports are known to use, with the canonical column it must map to.
const ORDER_ALIASES: [string, string][] = [
  ['工单号', 'ro_no'], ['工单代码', 'ro_no'], ['委托书号', 'ro_no'], ['结算单号', 'ro_no'], ['ro_no', 'ro_no'], ['RO Number', 'ro_no'],
  ['结算日期', 'order_date'], ['进厂日期', 'order_date'], ['进店日期', 'order_date'], ['维修日期', 'order_date'],
  ['工单创建时间', 'order_date'], ['接待日期', 'order_date'], ['order_date', 'order_date'], ['Order Date', 'order_date'],
  ['维修类型', 'service_type'], ['工单类型', 'service_type'], ['业务类型', 'service_type'], ['service_type', 'service_type'], ['Service Type', 'service_type'],
  ['合计金额', 'total_amount'], ['总计费用', 'total_amount'], ['应结金额', 'total_amount'], ['实收金额', 'total_amount'],
  ['total_amount', 'total_amount'], ['Total Amount', 'total_amount'],
  ['工时费', 'labor_amount'], ['工时款', 'labor_amount'], ['labor_amount', 'labor_amount'], ['Labor Amount', 'labor_amount'],
  ['配件款', 'parts_amount'], ['材料费', 'parts_amount'], ['parts_amount', 'parts_amount'], ['Parts Amount', 'parts_amount'],
  ['套餐费', 'package_amount'], ['附加费', 'surcharge_amount'], ['优惠', 'discount_amount'], ['折扣', 'discount_amount'],
  ['客户姓名', 'customer_name'], ['车主', 'customer_name'], ['客户名称', 'customer_name'], ['customer_name', 'customer_name'], ['Customer Name', 'customer_name'],
  ['客户电话', 'phone'], ['手机号码', 'phone'], ['车主手机', 'phone'], ['phone', 'phone'], ['Phone', 'phone'],
  ['车牌号', 'plate'], ['plate', 'plate'], ['Plate', 'plate'],
  ['VIN', 'vin'], ['车架号', 'vin'], ['车架号VIN', 'vin'], ['底盘号', 'vin'], ['vin', 'vin'],
  ['车型', 'model'], ['model', 'model'], ['Model', 'model'], ['车系', 'series'],
  ['进厂里程', 'mileage'], ['行驶里程', 'mileage'], ['mileage', 'mileage'], ['Mileage', 'mileage'],
  ['服务顾问', 'advisor'], ['接待顾问', 'advisor'], ['维修顾问', 'advisor'], ['advisor', 'advisor'], ['Advisor', 'advisor'],
  ['客户编号', 'customer_id'], ['客户ID', 'customer_id'], ['客户代码', 'customer_id'], ['customer_id', 'customer_id'], ['Customer ID', 'customer_id'],
  ['单据状态', 'status'], ['工单状态', 'status'], ['结算状态', 'status'], ['status', 'status'], ['Status', 'status'],
  ['成本', 'cost_amount'], ['成本金额', 'cost_amount'], ['cost_amount', 'cost_amount'], ['Cost Amount', 'cost_amount'],
  ['活动编号', 'campaign_id'], ['活动代码', 'campaign_id'], ['campaign_id', 'campaign_id'], ['Campaign ID', 'campaign_id'],
];

const SURVEY_ALIASES: [string, string][] = [
  ['回访日期', 'survey_date'], ['survey_date', 'survey_date'], ['回访方式', 'channel'], ['客户意见', 'comment'],
  ['工单号', 'ro_no'], ['客户姓名', 'customer_name'], ['手机号码', 'phone'], ['客户编号', 'customer_id'],
];

const SCORE_HEADERS: [string, string][] = [
  ['服务态度', 'attitude'], ['服务速度', 'speed'], ['服务效率', 'speed'], ['服务质量', 'quality'], ['价格满意度', 'price'],
  ['设施', 'facility'], ['交车', 'delivery'], ['总体评分', 'overall'], ['总体满意度', 'overall'],
  ['推荐意愿', 'recommend'], ['推荐度', 'recommend'], ['NPS', 'recommend'],
];

const CAMPAIGN_ALIASES: [string, string][] = [
  ['活动编号', 'campaign_id'], ['活动代码', 'campaign_id'], ['活动名称', 'campaign_name'], ['活动类型', 'campaign_type'],
  ['开始日期', 'start_date'], ['结束日期', 'end_date'], ['活动费用', 'cost_amount'], ['投入', 'cost_amount'],
  ['目标业务类型', 'target_service_type'],
];

const REQUIRED_HEADERS: Record<LoadableTable, string[]> = {
  orders: ['ro_no', 'order_date', 'total_amount'],
  customers: ['customer_id'],
  surveys: ['survey_date'],
  campaigns: ['campaign_id', 'start_date', 'end_date'],
};

function headersWith(table: LoadableTable, alias: string, column: string): string[] {
  return [alias, ...REQUIRED_HEADERS[table].filter((name) => name !== column)];
}

describe('header mapping', () => {
  for (const [table, aliases] of [['orders', ORDER_ALIASES], ['surveys', SURVEY_ALIASES], ['campaigns', CAMPAIGN_ALIASES]] as const) {
    it(`maps every ${table} alias`, () => {
      for (const [alias, column] of aliases) {
        const mapping = resolveMapping(table, headersWith(table, alias, column), 'x.csv');
        expect(mapping.columns.get(column), `${alias} → ${column}`).to.equal(alias);
      }
    });
  }

  it('maps every score dimension alias', () => {
    for (const [alias, dimension] of SCORE_HEADERS) {
      const mapping = resolveMapping('surveys', ['回访日期', alias], 'x.csv');
      expect(mapping.scores.get(dimension), `${alias} → ${dimension}`).to.equal(alias);
    }
  });

  it('prefers the earlier alias and reports the other', () => {
    const mapping = resolveMapping('orders', ['工单号', '进厂日期', '结算日期', '合计金额', '实收金额'], 'x.csv');
    expect(mapping.columns.get('order_date')).to.equal('结算日期');
    expect(mapping.columns.get('total_amount')).to.equal('合计金额');
    expect(mapping.unmapped).to.deep.equal(['进厂日期', '实收金额']);
  });

  it('normalises case, width and separators', () => {
    expect(normalizeHeader('ＲＯ　Ｎｕｍｂｅｒ')).to.equal('ronumber');
    expect(normalizeHeader(' Order_Date ')).to.equal('orderdate');
    const mapping = resolveMapping('orders', ['RO NUMBER', 'order-date', 'TOTAL_AMOUNT'], 'x.csv');
    expect([...mapping.columns.keys()]).to.deep.equal(['ro_no', 'order_date', 'total_amount']);
  });

  it('applies the host mapping first', () => {
    const mapping = resolveMapping('orders', ['单号', '日期', '金额', '合计金额'], 'x.csv', { 单号: 'ro_no', 日期: 'order_date', 金额: 'total_amount', 合计金额: null });
    expect(mapping.columns.get('ro_no')).to.equal('单号');
    expect(mapping.columns.get('total_amount')).to.equal('金额');
    expect(mapping.unmapped).to.deep.equal(['合计金额']);
    expect(mapping.ignored.has('合计金额')).to.equal(true);
  });

  it('throws on a mapping to an unknown column', () => {
    expect(() => resolveMapping('orders', ['a', 'ro_no', 'order_date', 'total_amount'], 'x.csv', { a: 'no_such_column' })).to.throw(/not a column of table orders/);
  });

  it('names the missing required column', () => {
    let caught: unknown;
    try {
      resolveMapping('campaigns', ['活动编号', '开始日期'], 'plan.csv');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(IngestError);
    const error = caught as IngestError;
    expect(error.code).to.equal('missing-column');
    expect(error.localize('zh-CN')).to.equal('文件“plan.csv”缺少必需的列 end_date（可用的表头：结束日期、活动结束日期）。文件中的表头：活动编号、开始日期');
    expect(error.localize('en-US')).to.equal('File "plan.csv" lacks the required column end_date (accepted headers: 结束日期、活动结束日期). Headers in the file: 活动编号、开始日期');
  });

  it('asks customers for one identifying column', () => {
    expect(() => resolveMapping('customers', ['车型', '购车日期'], 'c.csv')).to.throw(IngestError, /customer_id \/ phone \/ customer_name/);
  });
});
