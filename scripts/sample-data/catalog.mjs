// Fixed vocabulary of the synthetic dealership: one brand's models, service types with their shares
// and price ranges, advisors, campaigns and free-text snippets. All names are invented.

/** Car models sold by the dealership (one brand), with their share of the customer base. */
export const MODELS = [
  { name: '卡罗拉', weight: 22, electric: false, priceClass: 1 },
  { name: '雷凌', weight: 14, electric: false, priceClass: 1 },
  { name: '凯美瑞', weight: 18, electric: false, priceClass: 2 },
  { name: '亚洲龙', weight: 6, electric: false, priceClass: 2 },
  { name: 'RAV4荣放', weight: 15, electric: false, priceClass: 2 },
  { name: '威兰达', weight: 8, electric: false, priceClass: 2 },
  { name: '汉兰达', weight: 11, electric: false, priceClass: 3 },
  { name: 'bZ4X', weight: 6, electric: true, priceClass: 2 },
];

/**
 * Service types (维修类型) with their share of visits for a car past its first service, and the
 * labour and parts amounts in yuan as [median, spread] of a log-normal draw. COST_RATIOS below turns
 * them into the cost amount (成本金额) for margins.
 */
export const SERVICE_TYPES = {
  首保: { weight: 0, labour: [180, 0.15], parts: [260, 0.2] },
  定期保养: { weight: 46, labour: [260, 0.35], parts: [520, 0.45] },
  一般维修: { weight: 19, labour: [480, 0.7], parts: [900, 1.0] },
  钣喷: { weight: 8, labour: [900, 0.6], parts: [1100, 0.8] },
  保险理赔: { weight: 7, labour: [1800, 0.6], parts: [3800, 0.9] },
  保修索赔: { weight: 5, labour: [420, 0.6], parts: [1300, 0.9] },
  美容: { weight: 11, labour: [220, 0.5], parts: [160, 0.8] },
  内部: { weight: 4, labour: [150, 0.6], parts: [200, 1.0] },
};

/** Labour cost as a share of labour revenue, and parts cost as a share of parts revenue. */
export const COST_RATIOS = { labour: 0.38, parts: 0.72 };

/** Order statuses (单据状态) of a cancelled order, as different DMS write them. */
export const CANCELLED_STATUSES = ['作废', '已取消', '取消'];
export const SETTLED_STATUS = '已结算';

/** Licence plates: the dealership's province and city letters, with their share. */
export const PLATE_PROVINCE = '粤';
export const PLATE_CITIES = [['A', 70], ['B', 8], ['E', 6], ['R', 5], ['T', 4], ['D', 4], ['H', 3]];

/** World manufacturer identifier for every VIN. Invented: no real manufacturer uses this code. */
export const VIN_PREFIX = 'LZX';

/** Common surnames, with rough weights. */
export const SURNAMES = [
  ['王', 10], ['李', 10], ['张', 9], ['刘', 7], ['陈', 8], ['杨', 5], ['黄', 6], ['赵', 4], ['吴', 4],
  ['周', 4], ['徐', 3], ['孙', 2], ['马', 2], ['朱', 2], ['胡', 2], ['郭', 2], ['何', 3], ['林', 4],
  ['罗', 3], ['梁', 3], ['郑', 2], ['谢', 2], ['冯', 1], ['邓', 2], ['曾', 2], ['彭', 1], ['萧', 1],
];

/** Characters that given names are built from (one or two of them). */
export const GIVEN_NAME_CHARS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华慧建文辉玲晨宇浩然欣怡子涵梓轩博雅嘉琪俊杰思远志鹏丹丹海燕春梅'];

/** Service advisors (服务顾问), with the first and last day they take orders (null: the whole range). */
export const ADVISORS = [
  { name: '林晓', from: null, to: null },
  { name: '陈峰', from: null, to: null },
  { name: '黄敏', from: null, to: null },
  { name: '吴磊', from: null, to: '2025-09-30' },
  { name: '何静', from: null, to: null },
  { name: '梁宇', from: null, to: null },
  { name: '周婷', from: '2025-09-01', to: null },
  { name: '郑浩', from: '2026-02-01', to: null },
];

/**
 * Campaigns (活动), first and last day included. `uplift` raises the
 * number of visits inside the window, `targetBoost` the share of the target service type, and
 * `codeShare` is the share of target-type orders in the window that carry the campaign code.
 */
export const CAMPAIGNS = [
  { name: '春节前保养套餐', type: '保养套餐', target: '定期保养', start: '2025-01-03', end: '2025-01-26', uplift: 0.2, reach: 0.45, costPerReach: 6 },
  { name: '春季空调免费检测', type: '免费检测', target: '一般维修', start: '2025-04-02', end: '2025-05-01', uplift: 0.12, reach: 0.35, costPerReach: 4 },
  { name: '夏季清凉养护节', type: '养护促销', target: '美容', start: '2025-07-01', end: '2025-07-31', uplift: 0.15, reach: 0.4, costPerReach: 5 },
  { name: '钣喷季八折', type: '折扣促销', target: '钣喷', start: '2025-09-06', end: '2025-10-05', uplift: 0.1, reach: 0.3, costPerReach: 7 },
  { name: '流失客户召回', type: '客户召回', target: '定期保养', start: '2025-12-01', end: '2026-01-08', uplift: 0.08, reach: 0.25, costPerReach: 9 },
  { name: '马年春节保养季', type: '保养套餐', target: '定期保养', start: '2026-01-11', end: '2026-02-09', uplift: 0.22, reach: 0.5, costPerReach: 6 },
  { name: '夏季空调清洗', type: '养护促销', target: '一般维修', start: '2026-07-02', end: '2026-08-01', uplift: 0.15, reach: 0.4, costPerReach: 5 },
  { name: '秋季轮胎节', type: '折扣促销', target: '一般维修', start: '2026-10-08', end: '2026-10-28', uplift: 0.1, reach: 0.3, costPerReach: 8 },
].map((campaign) => ({ ...campaign, targetBoost: 1.7, codeShare: 0.55, otherCodeShare: 0.04 }));

/** Remarks (备注) on a few orders; some contain commas, quotes or line breaks, as real exports do. */
export const REMARKS = [
  '客户自带机油',
  '洗车，吸尘',
  '客户要求下次提醒保养',
  '更换雨刮片, 左前轮胎补胎',
  '客户反映"异响"仍在，已预约复检',
  '右后门钣金\n喷漆两面',
  '车辆已做四轮定位；客户满意',
  '备注：客户称 "等待时间太长"',
  '使用优惠券, 抵扣 50 元',
  '客户自取旧件',
];

/** Call-back comments (客户意见) by how satisfied the customer was. */
export const SURVEY_COMMENTS = {
  high: ['满意', '服务很好', '顾问很专业，讲解清楚', '洗车很干净', '下次还来', ''],
  mid: ['还可以', '价格有点贵', '等待时间稍长', '休息区空调太冷', ''],
  low: ['等了太久，没人通知进度', '上次修的问题又出现了', '收费不透明, 配件太贵', '顾问态度一般，"说好的"优惠没有兑现', '车没洗干净\n内饰有划痕'],
};

export const SURVEY_CHANNELS = [['电话', 60], ['微信', 22], ['短信', 10], ['问卷', 8]];
