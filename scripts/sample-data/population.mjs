// The dealership's customer base (基盘): one vehicle per customer, with when the customer first comes
// to the workshop, how often, and whether and when they stop coming (lapse).

import { formatIsoDay, parseIsoDay } from './calendar.mjs';
import { GIVEN_NAME_CHARS, MODELS, PLATE_CITIES, PLATE_PROVINCE, SURNAMES, VIN_PREFIX } from './catalog.mjs';

const OLDEST_PURCHASE_DAY = parseIsoDay('2015-01-01');

/** Shares of the base: never visited in the data, already a customer when the data starts, or new. */
const NEVER_VISITING_SHARE = 0.07;
const EXISTING_SHARE = 0.56;
/** Of the new customers: bought the car here (first visit is the free first service) or came from elsewhere. */
const NEW_CAR_SHARE = 0.78;
/** Share of visiting customers who stop coming at some point. */
const LAPSE_SHARE = 0.3;

const MODEL_WEIGHTS = MODELS.map((model, index) => [index, model.weight]);
const PLATE_LETTERS = [...'ABCDEFGHJKLMNPQRSTUVWXYZ'];
const VIN_CHARS = [...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'];
const MODEL_YEAR_CODES = { 2015: 'F', 2016: 'G', 2017: 'H', 2018: 'J', 2019: 'K', 2020: 'L', 2021: 'M', 2022: 'N', 2023: 'P', 2024: 'R', 2025: 'S', 2026: 'T', 2027: 'V' };

/** Mobile prefixes of the synthetic phone numbers; the middle four digits are always 0000. */
const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '185', '186', '187', '188', '189'];

/**
 * Builds `count` customers sorted by the day they registered with the dealership, so customer IDs grow
 * over time as in a real DMS. Days are day numbers. `firstVisitDay` is null for customers who never
 * come in the data range, and `lapseDay` is the first day on which a lapsed customer no longer comes.
 */
export function buildCustomers(count, range, random) {
  const plates = new Set();
  const customers = [];

  for (let index = 0; index < count; index += 1) {
    const modelIndex = random.weighted(MODEL_WEIGHTS);
    const timeline = drawTimeline(range, random);
    // All fields are set here, the later ones as placeholders, so every customer object has one shape.
    customers.push({
      index: 0,
      id: '',
      phone: '',
      vin: '',
      purchaseDay: timeline.purchaseDay,
      firstVisitDay: timeline.firstVisitDay,
      lapseDay: timeline.lapseDay,
      newCar: timeline.newCar,
      arrivesInRange: timeline.arrivesInRange,
      registeredDay: timeline.registeredDay,
      modelIndex,
      name: drawName(random),
      plate: drawPlate(MODELS[modelIndex].electric, plates, random),
      visitRate: random.logNormal(1, 0.45),
      annualKm: random.int(7000, 26000),
    });
  }

  customers.sort((a, b) => a.registeredDay - b.registeredDay);
  customers.forEach((customer, index) => {
    customer.index = index;
    customer.id = String(index + 1).padStart(8, '0');
    customer.phone = syntheticPhone(index);
    customer.vin = buildVin(customer, index);
  });
  return customers;
}

/** When a customer bought the car, first comes to the workshop, and stops coming. */
function drawTimeline(range, random) {
  const kind = random.weighted([['never', NEVER_VISITING_SHARE], ['existing', EXISTING_SHARE], ['new', 1 - NEVER_VISITING_SHARE - EXISTING_SHARE]]);

  let purchaseDay;
  let firstVisitDay = null;
  let newCar = false;
  if (kind === 'never') {
    purchaseDay = random.int(OLDEST_PURCHASE_DAY, range.endDay);
  } else if (kind === 'existing') {
    purchaseDay = random.int(OLDEST_PURCHASE_DAY, range.startDay - 150);
    firstVisitDay = range.startDay;
  } else if (random.chance(NEW_CAR_SHARE)) {
    newCar = true;
    purchaseDay = random.int(range.startDay - 120, range.endDay);
    firstVisitDay = purchaseDay + random.int(45, 150);
  } else {
    firstVisitDay = random.int(range.startDay, range.endDay);
    purchaseDay = firstVisitDay - random.int(365, 8 * 365);
  }
  if (firstVisitDay !== null && firstVisitDay > range.endDay) firstVisitDay = null;

  let lapseDay = Infinity;
  if (firstVisitDay !== null && random.chance(LAPSE_SHARE)) {
    lapseDay = firstVisitDay + random.int(90, 1000);
  }

  // Existing customers registered when they bought; newcomers from elsewhere when they first came.
  const registeredDay = kind === 'new' && !newCar ? firstVisitDay ?? purchaseDay : purchaseDay;
  return { purchaseDay, firstVisitDay, lapseDay, newCar, arrivesInRange: kind === 'new', registeredDay };
}

function drawName(random) {
  const surname = random.weighted(SURNAMES);
  const length = random.chance(0.72) ? 2 : 1;
  let given = '';
  for (let i = 0; i < length; i += 1) given += random.pick(GIVEN_NAME_CHARS);
  return surname + given;
}

/** Draws a unique plate: 7 characters, or 8 for a new-energy vehicle (D or F, then five digits). */
function drawPlate(electric, taken, random) {
  for (;;) {
    const city = random.weighted(PLATE_CITIES);
    let serial = '';
    if (electric) {
      serial = random.pick(['D', 'F']);
      for (let i = 0; i < 5; i += 1) serial += String(random.int(0, 9));
    } else {
      for (let i = 0; i < 5; i += 1) serial += random.chance(0.18) ? random.pick(PLATE_LETTERS) : String(random.int(0, 9));
    }
    const plate = PLATE_PROVINCE + city + serial;
    if (!taken.has(plate)) {
      taken.add(plate);
      return plate;
    }
  }
}

/**
 * Synthetic mobile number such as 13800001234. Unique for the first 270,000 customers. Beyond that,
 * numbers repeat (several customers sharing a phone also happens in real bases).
 */
export function syntheticPhone(index) {
  const prefix = PHONE_PREFIXES[index % PHONE_PREFIXES.length];
  const suffix = String(Math.floor(index / PHONE_PREFIXES.length) % 10000).padStart(4, '0');
  return `${prefix}0000${suffix}`;
}

/** Builds a 17-character VIN with a valid check digit (ISO 3779 weights). */
function buildVin(customer, index) {
  const modelCode = VIN_CHARS[customer.modelIndex] + VIN_CHARS[(customer.modelIndex * 7) % VIN_CHARS.length];
  const bodyCode = VIN_CHARS[index % 23] + VIN_CHARS[(index >> 3) % 23] + VIN_CHARS[(index >> 6) % 33];
  const purchaseYear = Number(formatIsoDay(customer.purchaseDay).slice(0, 4));
  const yearCode = MODEL_YEAR_CODES[purchaseYear] ?? 'T';
  // Six serial digits and the plant code (G for the first million) keep VINs unique up to 33 million customers.
  const serial = String((index + 1) % 1_000_000).padStart(6, '0');
  const plantCode = VIN_CHARS[(6 + Math.floor((index + 1) / 1_000_000)) % VIN_CHARS.length];
  const withoutCheck = `${VIN_PREFIX}${modelCode}${bodyCode}0${yearCode}${plantCode}${serial}`;
  return withoutCheck.slice(0, 8) + vinCheckDigit(withoutCheck) + withoutCheck.slice(9);
}

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };

function vinCheckDigit(vin) {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const char = vin[i];
    const value = char >= '0' && char <= '9' ? Number(char) : VIN_VALUES[char];
    sum += value * VIN_WEIGHTS[i];
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}
