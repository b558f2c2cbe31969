// Call-backs (回访) after settled orders. Scores follow a latent satisfaction that drops after a long
// wait in the workshop or a comeback (返修), so the analyses find those links in the data.

import { formatIsoDay } from './calendar.mjs';
import { SURVEY_CHANNELS, SURVEY_COMMENTS } from './catalog.mjs';

/** Share of settled customer orders that get a completed call-back. */
const SURVEY_SHARE = 0.38;

export const SURVEY_HEADER = ['回访编号', '回访日期', '工单号', '客户编号', '客户姓名', '手机号码', '回访方式', '服务态度', '服务速度', '服务质量', '价格满意度', '总体评分', '推荐意愿', '客户意见'];

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
const star = (value) => clamp(Math.round(value), 1, 5);

function commentMood(overall, random) {
  if (overall >= 5) return 'high';
  if (overall >= 4) return random.chance(0.7) ? 'high' : 'mid';
  if (overall >= 3) return 'mid';
  return 'low';
}

/**
 * Returns the survey row for an order, or null when the order gets no call-back (cancelled and
 * internal orders never do, nor does a call-back that would fall after the last day of the data).
 */
export function surveyFor(order, surveyNumber, range, random) {
  if (order.status !== '已结算' || order.serviceType === '内部' || !random.chance(SURVEY_SHARE)) return null;
  const day = order.day + random.int(1, 4);
  if (day > range.endDay) return null;

  const expensive = order.totalFen > 500_000;
  let latent = random.normal(4.45, 0.45);
  if (order.longWait) latent -= 0.9;
  if (order.comeback) latent -= 1.4;

  const attitude = star(latent + 0.15 + random.normal(0, 0.35));
  const speed = star(latent - (order.longWait ? 0.6 : 0) + random.normal(0, 0.4));
  const quality = star(latent - (order.comeback ? 0.6 : 0) + random.normal(0, 0.35));
  const price = star(latent - 0.35 - (expensive ? 0.3 : 0) + random.normal(0, 0.45));
  const overall = star((attitude + speed + quality + price) / 4 + random.normal(0, 0.25));
  const recommend = clamp(Math.round((latent - 1) * 2.6 + random.normal(0, 1)), 0, 10);

  const comment = random.pick(SURVEY_COMMENTS[commentMood(overall, random)]);
  const customer = order.customer;
  return [
    `HF${String(surveyNumber).padStart(8, '0')}`,
    formatIsoDay(day),
    order.roNo,
    customer.id,
    customer.name,
    customer.phone,
    random.weighted(SURVEY_CHANNELS),
    attitude,
    speed,
    quality,
    price,
    overall,
    recommend,
    comment,
  ];
}
