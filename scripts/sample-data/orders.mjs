// Simulation of repair orders (工单) day by day: how many orders each day gets, which customers come,
// and what each order contains. Orders are produced in date order and handed to a callback, so no
// more than one day of orders is ever held in memory.

import { monthIndex, parseIsoDay, visitWeight } from './calendar.mjs';
import { ADVISORS, CAMPAIGNS, CANCELLED_STATUSES, COST_RATIOS, MODELS, REMARKS, SERVICE_TYPES, SETTLED_STATUS } from './catalog.mjs';

const CANCELLED_SHARE = 0.005;
const REMARK_SHARE = 0.03;
/** Share of general repairs and body work after which the car comes back with the same fault. */
const COMEBACK_SHARE = 0.04;
/** Median hours in the workshop by service type. A stay past 1.8 times the median counts as a long wait. */
const MEDIAN_HOURS = { 首保: 1.2, 定期保养: 1.5, 一般维修: 4, 钣喷: 40, 保险理赔: 72, 保修索赔: 8, 美容: 2, 内部: 3 };
const PRICE_CLASS_FACTOR = { 1: 0.9, 2: 1, 3: 1.25 };
const TYPE_NAMES = Object.keys(SERVICE_TYPES);

/** Campaigns that fall inside the range, with their codes (活动编号) and day numbers. */
export function buildCampaigns(range) {
  return CAMPAIGNS.map((campaign, index) => {
    const startDay = parseIsoDay(campaign.start);
    return { ...campaign, index, startDay, endDay: parseIsoDay(campaign.end), code: `HD${campaign.start.slice(2, 4)}${String(index + 1).padStart(3, '0')}` };
  }).filter((campaign) => campaign.startDay >= range.startDay && campaign.endDay <= range.endDay);
}

/**
 * Runs the simulation and calls `emit(order)` for each order, in date order, and returns the number of
 * orders. That is `orderCount` unless no customer is active at the end of the range, which happens only
 * with a handful of customers. A day's share of the orders follows its visit weight times the visit
 * rates of the customers active that month. New customers come on their first-visit day and comebacks
 * on their scheduled day.
 */
export function simulateOrders({ customers, campaigns, range, orderCount, random, emit }) {
  const schedule = buildSchedule(customers);
  const dayWeights = buildDayWeights(schedule, campaigns, range);
  const totalWeight = dayWeights.reduce((sum, weight) => sum + weight, 0);
  const firstVisits = groupFirstVisits(customers, range);
  const comebacks = new Map();
  const advisorDays = ADVISORS.map((advisor) => ({
    name: advisor.name,
    from: advisor.from ? parseIsoDay(advisor.from) : -Infinity,
    to: advisor.to ? parseIsoDay(advisor.to) : Infinity,
  }));
  const preferredAdvisor = customers.map(() => random.int(0, ADVISORS.length - 1));

  let written = 0;
  let cumulativeWeight = 0;
  let sampler = null;
  let samplerMonth = -1;

  for (let day = range.startDay; day <= range.endDay; day += 1) {
    cumulativeWeight += dayWeights[day - range.startDay];
    const target = day === range.endDay ? orderCount : Math.round((orderCount * cumulativeWeight) / totalWeight);
    const month = monthIndex(day);
    if (month !== samplerMonth) {
      sampler = buildMonthSampler(customers, schedule, day);
      samplerMonth = month;
    }

    const campaign = campaigns.find((item) => day >= item.startDay && day <= item.endDay) ?? null;
    const advisors = advisorDays.filter((advisor) => day >= advisor.from && day <= advisor.to);
    const context = { day, campaign, advisors, preferredAdvisor, random, range, comebacks };
    let sequence = 0;
    const makeOrder = (customer, visit) => {
      sequence += 1;
      written += 1;
      emit(buildOrder(customer, visit, sequence, context));
    };

    // New customers and comebacks take the day's quota first. Those beyond the quota are dropped, and
    // the customers join the regular draw from the next month on.
    for (const customer of firstVisits.get(day) ?? []) {
      if (written < target) makeOrder(customer, { kind: 'first' });
    }
    for (const comeback of comebacks.get(day) ?? []) {
      if (written < target) makeOrder(customers[comeback.customerIndex], { kind: 'comeback', originalRo: comeback.originalRo });
    }
    comebacks.delete(day);

    while (written < target && sampler.total > 0) makeOrder(sampler.draw(random), { kind: 'regular' });
  }
  return written;
}

/** Relative order volume of each day: seasonality, campaign uplift and the active customers' visit rates. */
function buildDayWeights(schedule, campaigns, range) {
  const weights = [];
  let month = -1;
  let activeRate = 0;
  for (let day = range.startDay; day <= range.endDay; day += 1) {
    if (monthIndex(day) !== month) {
      month = monthIndex(day);
      activeRate = 0;
      for (let i = 0; i < schedule.count; i += 1) if (schedule.isActive(i, day)) activeRate += schedule.visitRate[i];
    }
    const campaign = campaigns.find((item) => day >= item.startDay && day <= item.endDay);
    weights.push(visitWeight(day) * activeRate * (1 + (campaign?.uplift ?? 0)));
  }
  return weights;
}

/**
 * First-visit day, lapse day and visit rate of every customer in typed arrays, because the monthly
 * scans over hundreds of thousands of customers are the generator's hot loop. A customer takes part
 * in the regular draw of a month once their first visit is past and until they lapse.
 */
function buildSchedule(customers) {
  const count = customers.length;
  const firstVisitDay = new Float64Array(count);
  const lapseDay = new Float64Array(count);
  const visitRate = new Float64Array(count);
  customers.forEach((customer, i) => {
    firstVisitDay[i] = customer.firstVisitDay ?? Infinity;
    lapseDay[i] = customer.lapseDay;
    visitRate[i] = customer.visitRate;
  });
  return {
    count,
    visitRate,
    isActive: (i, monthFirstDay) => firstVisitDay[i] <= monthFirstDay && lapseDay[i] > monthFirstDay,
  };
}

function groupFirstVisits(customers, range) {
  const byDay = new Map();
  for (const customer of customers) {
    if (!customer.arrivesInRange || customer.firstVisitDay === null || customer.firstVisitDay < range.startDay) continue;
    const list = byDay.get(customer.firstVisitDay) ?? [];
    list.push(customer);
    byDay.set(customer.firstVisitDay, list);
  }
  return byDay;
}

/** Weighted draw of the month's active customers by visit rate (cumulative sums and binary search). */
function buildMonthSampler(customers, schedule, monthFirstDay) {
  const active = [];
  for (let i = 0; i < schedule.count; i += 1) if (schedule.isActive(i, monthFirstDay)) active.push(i);
  const cumulative = new Float64Array(active.length);
  let total = 0;
  for (let k = 0; k < active.length; k += 1) {
    total += schedule.visitRate[active[k]];
    cumulative[k] = total;
  }
  return {
    total,
    draw(random) {
      const point = random.next() * total;
      let low = 0;
      let high = active.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle] > point) high = middle;
        else low = middle + 1;
      }
      return customers[active[low]];
    },
  };
}

function buildOrder(customer, visit, sequence, context) {
  const { day, campaign, advisors, preferredAdvisor, random, range } = context;
  const model = MODELS[customer.modelIndex];
  const carAgeYears = (day - customer.purchaseDay) / 365;
  const serviceType = chooseServiceType(visit, customer, model, carAgeYears, campaign, random);
  const amounts = drawAmounts(serviceType, model, visit.kind === 'comeback', random);

  const medianHours = MEDIAN_HOURS[serviceType];
  const hours = Math.max(0.3, random.logNormal(medianHours, 0.45));
  const preferred = ADVISORS[preferredAdvisor[customer.index]].name;
  const advisor = advisors.some((item) => item.name === preferred) && random.chance(0.85) ? preferred : random.pick(advisors).name;

  let campaignCode = '';
  if (campaign) {
    const share = serviceType === campaign.target ? campaign.codeShare : campaign.otherCodeShare;
    if (random.chance(share)) campaignCode = campaign.code;
  }

  const roNo = `RO${formatRoDate(day)}${String(sequence).padStart(5, '0')}`;
  let remark = random.chance(REMARK_SHARE) ? random.pick(REMARKS) : '';
  if (visit.kind === 'comeback') remark = `返修，原工单${visit.originalRo}`;

  const eligibleForComeback = serviceType === '一般维修' || serviceType === '钣喷';
  if (eligibleForComeback && visit.kind !== 'comeback' && random.chance(COMEBACK_SHARE)) {
    const comebackDay = day + random.int(3, 28);
    if (comebackDay <= range.endDay) {
      const list = context.comebacks.get(comebackDay) ?? [];
      list.push({ customerIndex: customer.index, originalRo: roNo });
      context.comebacks.set(comebackDay, list);
    }
  }

  return {
    roNo,
    day,
    minuteOfDay: random.int(8 * 60, 17 * 60 + 30),
    status: random.chance(CANCELLED_SHARE) ? random.pick(CANCELLED_STATUSES) : SETTLED_STATUS,
    customer,
    model: model.name,
    serviceType,
    advisor,
    mileage: Math.max(30, Math.round((carAgeYears > 0 ? carAgeYears : 0.05) * customer.annualKm * random.uniform(0.92, 1.08))),
    ...amounts,
    campaignCode,
    hours: Math.round(hours * 10) / 10,
    longWait: hours > medianHours * 1.8,
    comeback: visit.kind === 'comeback',
    remark,
  };
}

function formatRoDate(day) {
  const date = new Date(day * 86_400_000);
  const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return yy + mm + dd;
}

function chooseServiceType(visit, customer, model, carAgeYears, campaign, random) {
  if (visit.kind === 'first' && customer.newCar && random.chance(0.9)) return '首保';
  if (visit.kind === 'comeback') return carAgeYears < 3 && random.chance(0.5) ? '保修索赔' : '一般维修';

  const weights = TYPE_NAMES.map((name) => {
    let weight = SERVICE_TYPES[name].weight;
    if (name === '保修索赔') weight *= carAgeYears < 3 ? 1.8 : 0.3;
    if (name === '一般维修') weight *= carAgeYears > 4 ? 1.3 : 0.9;
    if (name === '定期保养' && model.electric) weight *= 0.6;
    if (campaign && name === campaign.target) weight *= campaign.targetBoost;
    return [name, weight];
  });
  return random.weighted(weights);
}

/** Draws labour in whole yuan and parts with fen. All amounts are integers in fen, so totals add up exactly. */
function drawAmounts(serviceType, model, comeback, random) {
  const spec = SERVICE_TYPES[serviceType];
  const factor = PRICE_CLASS_FACTOR[model.priceClass] * (comeback ? 0.3 : 1);
  const labourFen = Math.round(random.logNormal(spec.labour[0] * factor, spec.labour[1])) * 100;
  const noParts = (serviceType === '美容' || serviceType === '内部') && random.chance(0.3);
  const partsFen = noParts ? 0 : Math.round(random.logNormal(spec.parts[0] * factor, spec.parts[1]) * 100);
  const costFen = Math.round(labourFen * COST_RATIOS.labour * random.uniform(0.85, 1.15) + partsFen * COST_RATIOS.parts * random.uniform(0.9, 1.1));
  return { labourFen, partsFen, totalFen: labourFen + partsFen, costFen };
}
