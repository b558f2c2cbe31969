// Rows of the exported files, with the headers a Chinese DMS export uses. Order rows come in two
// forms: the export as written to CSV (with the occasional formatting fault) and a clean, typed form
// from which the Parquet file is written.

import { formatIsoDay } from './calendar.mjs';
import { MODELS } from './catalog.mjs';
import { amountStyle, DIRTY_ROW_SHARE, FAULT_KINDS, faultyDate, faultyMileage, faultyName, faultyPhone, faultyPlate } from './dirty.mjs';

export const ORDER_HEADER = ['工单号', '结算日期', '单据状态', '客户编号', '客户姓名', '手机号码', '车牌号', '车架号VIN', '车型', '维修类型', '服务顾问', '进厂里程', '工时费', '配件费', '合计金额', '成本金额', '活动编号', '在厂时长(小时)', '备注'];

/** DuckDB types of the order columns in the Parquet file. */
export const ORDER_PARQUET_TYPES = {
  工单号: 'VARCHAR', 结算日期: 'DATE', 单据状态: 'VARCHAR', 客户编号: 'VARCHAR', 客户姓名: 'VARCHAR', 手机号码: 'VARCHAR',
  车牌号: 'VARCHAR', 车架号VIN: 'VARCHAR', 车型: 'VARCHAR', 维修类型: 'VARCHAR', 服务顾问: 'VARCHAR', 进厂里程: 'INTEGER',
  工时费: 'DECIMAL(18,2)', 配件费: 'DECIMAL(18,2)', 合计金额: 'DECIMAL(18,2)', 成本金额: 'DECIMAL(18,2)', 活动编号: 'VARCHAR',
  '在厂时长(小时)': 'DOUBLE', 备注: 'VARCHAR',
};

export const CUSTOMER_HEADER = ['客户编号', '客户姓名', '手机号码', '车牌号', '车架号VIN', '车型', '购车日期'];
export const CAMPAIGN_HEADER = ['活动编号', '活动名称', '活动类型', '开始日期', '结束日期', '活动费用', '目标业务类型', '触达客户数'];

/** Formats an amount in fen as yuan with two decimals. */
export function formatFen(fen) {
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Builds the clean order fields: ISO date and plain decimal amounts, but the same text values as the export. */
export function cleanOrderFields(order) {
  const customer = order.customer;
  return [
    order.roNo,
    formatIsoDay(order.day),
    order.status,
    customer.id,
    customer.name,
    customer.phone,
    customer.plate,
    customer.vin,
    order.model,
    order.serviceType,
    order.advisor,
    order.mileage,
    formatFen(order.labourFen),
    formatFen(order.partsFen),
    formatFen(order.totalFen),
    formatFen(order.costFen),
    order.campaignCode,
    order.hours,
    order.remark,
  ];
}

/** Builds the exported order row: the clean fields, with one formatting fault in about 1% of rows. */
export function exportedOrderFields(order, clean, random) {
  if (!random.chance(DIRTY_ROW_SHARE)) return clean;
  const fields = clean.slice();
  const column = (name) => ORDER_HEADER.indexOf(name);
  switch (random.weighted(FAULT_KINDS)) {
    case 'date':
      fields[column('结算日期')] = faultyDate(order.day, order.minuteOfDay, random);
      break;
    case 'amounts': {
      const style = amountStyle(random);
      for (const name of ['工时费', '配件费', '合计金额', '成本金额']) fields[column(name)] = style(fields[column(name)]);
      break;
    }
    case 'plate':
      fields[column('车牌号')] = faultyPlate(order.customer.plate, random);
      break;
    case 'phone':
      fields[column('手机号码')] = faultyPhone(order.customer.phone, random);
      break;
    case 'nameSpaces':
      fields[column('客户姓名')] = faultyName(order.customer.name, random);
      break;
    default:
      fields[column('进厂里程')] = faultyMileage(order.mileage, random);
  }
  return fields;
}

/** Builds a customer row. About 1% of them carry a phone or plate fault. */
export function customerFields(customer, random) {
  const faulty = random.chance(0.01);
  const phoneFault = faulty && random.chance(0.5);
  return [
    customer.id,
    customer.name,
    phoneFault ? faultyPhone(customer.phone, random) : customer.phone,
    faulty && !phoneFault ? faultyPlate(customer.plate, random) : customer.plate,
    customer.vin,
    MODELS[customer.modelIndex].name,
    formatIsoDay(customer.purchaseDay),
  ];
}

/** Builds a campaign row. Its cost grows with the customers reached and is rounded to hundreds of yuan. */
export function campaignFields(campaign, customerCount) {
  const reached = Math.round(customerCount * campaign.reach);
  const costYuan = Math.round((reached * campaign.costPerReach + 8000) / 100) * 100;
  return [campaign.code, campaign.name, campaign.type, formatIsoDay(campaign.startDay), formatIsoDay(campaign.endDay), formatFen(costYuan * 100), campaign.target, reached];
}
