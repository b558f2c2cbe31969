// Header aliases: the names under which DMS exports (Chinese and English) carry each canonical column.
// Within a column the aliases are in order of preference: when a file has two of them (结算日期 and
// 进厂日期), the earlier one is mapped and the other is reported as unmapped.
import type { LoadableTable } from './types.js';

type AliasTable = Readonly<Record<string, readonly string[]>>;

const ro_no = ['ro_no', '工单号', '工单代码', '委托书号', '结算单号', 'RO Number', 'RO No', 'RO', 'Repair Order No', 'Repair Order Number', 'Order No'];
const customer_id = ['customer_id', '客户编号', '客户ID', '客户代码', 'Customer ID', 'Customer No'];
const customer_name = ['customer_name', '客户姓名', '车主', '客户名称', '车主姓名', 'Customer Name', 'Name', 'Owner'];
const phone = ['phone', '手机号码', '客户电话', '车主手机', '联系电话', '手机', '电话', 'Phone', 'Mobile', 'Phone Number'];
const plate = ['plate', '车牌号', '车牌', '车牌号码', 'Plate', 'Plate Number', 'License Plate'];
const vin = ['vin', 'VIN', '车架号', '车架号VIN', '底盘号', 'VIN Code'];
const model = ['model', '车型', 'Model', 'Vehicle Model'];

export const ALIASES: Readonly<Record<LoadableTable, AliasTable>> = {
  orders: {
    ro_no,
    order_date: ['order_date', '结算日期', '进厂日期', '进店日期', '维修日期', '工单创建时间', '接待日期', 'Order Date', 'Settlement Date', 'Date'],
    customer_id,
    customer_name,
    phone,
    plate,
    vin,
    model,
    series: ['series', '车系', 'Series', 'Vehicle Series'],
    service_type: ['service_type', '维修类型', '工单类型', '业务类型', 'Service Type', 'Order Type'],
    labor_amount: ['labor_amount', '工时费', '工时款', '工时费用', 'Labor Amount', 'Labour Amount', 'Labor'],
    parts_amount: ['parts_amount', '配件款', '材料费', '配件费', 'Parts Amount', 'Parts'],
    package_amount: ['package_amount', '套餐费', 'Package Amount'],
    surcharge_amount: ['surcharge_amount', '附加费', 'Surcharge Amount', 'Surcharge'],
    discount_amount: ['discount_amount', '优惠', '折扣', '优惠金额', '折扣金额', 'Discount Amount', 'Discount'],
    total_amount: ['total_amount', '合计金额', '总计费用', '应结金额', '实收金额', 'Total Amount', 'Total', 'Amount'],
    cost_amount: ['cost_amount', '成本', '成本金额', 'Cost Amount', 'Cost'],
    advisor: ['advisor', '服务顾问', '接待顾问', '维修顾问', 'Advisor', 'Service Advisor'],
    mileage: ['mileage', '进厂里程', '行驶里程', '里程', 'Mileage', 'Odometer'],
    campaign_id: ['campaign_id', '活动编号', '活动代码', 'Campaign ID', 'Campaign Code'],
    status: ['status', '单据状态', '工单状态', '结算状态', 'Status', 'Order Status'],
  },
  customers: {
    customer_id,
    customer_name,
    phone,
    plate,
    vin,
    model,
    since_date: ['since_date', '购车日期', '建档日期', '开票日期', 'Since Date', 'Purchase Date', 'Registration Date'],
  },
  surveys: {
    survey_id: ['survey_id', '回访编号', '回访单号', '问卷编号', 'Survey ID', 'Survey No'],
    survey_date: ['survey_date', '回访日期', '调查日期', 'Survey Date', 'Call Date'],
    ro_no,
    customer_id,
    customer_name,
    phone,
    channel: ['channel', '回访方式', '回访渠道', 'Channel', 'Survey Channel'],
    comment: ['comment', '客户意见', '意见', '备注', 'Comment', 'Comments', 'Feedback'],
  },
  campaigns: {
    campaign_id: ['campaign_id', '活动编号', '活动代码', 'Campaign ID', 'Campaign Code'],
    campaign_name: ['campaign_name', '活动名称', 'Campaign Name', 'Campaign'],
    campaign_type: ['campaign_type', '活动类型', 'Campaign Type'],
    start_date: ['start_date', '开始日期', '活动开始日期', 'Start Date'],
    end_date: ['end_date', '结束日期', '活动结束日期', 'End Date'],
    cost_amount: ['cost_amount', '活动费用', '投入', '活动投入', '费用', 'Cost Amount', 'Cost'],
    target_service_type: ['target_service_type', '目标业务类型', 'Target Service Type'],
    reached_customers: ['reached_customers', '触达客户数', '触达人数', 'Reached Customers'],
  },
};

/**
 * Survey score dimensions: canonical dimension → header aliases. Any other numeric column of a survey
 * file is read as a dimension named by its header.
 */
export const SCORE_ALIASES: AliasTable = {
  attitude: ['attitude', '服务态度', '态度', 'Attitude', 'Service Attitude'],
  speed: ['speed', '服务速度', '服务效率', '速度', '效率', 'Speed', 'Service Speed', 'Efficiency'],
  quality: ['quality', '服务质量', '维修质量', 'Quality', 'Service Quality'],
  price: ['price', '价格满意度', '价格', 'Price', 'Price Satisfaction'],
  facility: ['facility', '设施', '设施满意度', 'Facility', 'Facilities'],
  delivery: ['delivery', '交车', '交车满意度', 'Delivery'],
  overall: ['overall', '总体评分', '总体满意度', '总体', '综合评分', 'Overall', 'Overall Score', 'Overall Satisfaction'],
  recommend: ['recommend', '推荐意愿', '推荐度', 'NPS', '推荐', 'Recommend', 'Recommendation', 'Likelihood to Recommend'],
};

/**
 * Reduces a header to the form aliases are compared in: full-width characters to half-width (NFKC),
 * lower case, without spaces, underscores, hyphens, dots, slashes, brackets or colons.
 * "RO Number", "ro_number" and "ＲＯ　Ｎｕｍｂｅｒ" all become "ronumber".
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./\\()（）:：[\]【】#＃]/g, '');
}
