// RFM scoring (recency, frequency, monetary) of the customers in the period, as SQL over the `facts`
// relation of segments.ts (one row per customer with `recency` in days, `frequency` and `monetary`).
import type { SqlParam } from '../engine/index.js';

/**
 * The eight RFM segments, named by whether each score is high (≥ `highScore`), with M high:
 * - R, F high: importantValue (重要价值客户)
 * - R low, F high: importantKeep (重要保持客户)
 * - R high, F low: importantDevelop (重要发展客户)
 * - R, F low: importantRetain (重要挽留客户)
 * The same four with M low are the general (一般) segments.
 */
export const RFM_SEGMENTS = [
  'importantValue',
  'importantKeep',
  'importantDevelop',
  'importantRetain',
  'generalValue',
  'generalKeep',
  'generalDevelop',
  'generalRetain',
] as const;

/** Upper bounds of recency days for scores 5, 4, 3, 2 (larger is score 1). */
export const DEFAULT_RECENCY_BINS: readonly [number, number, number, number] = [30, 90, 180, 270];
/** Lower bounds of the visit count for scores 2, 3, 4, 5. */
export const DEFAULT_FREQUENCY_BINS: readonly [number, number, number, number] = [2, 3, 4, 6];
/** Lower bounds of customer-paid spend in yuan for scores 2, 3, 4, 5. */
export const DEFAULT_MONETARY_BINS: readonly [number, number, number, number] = [500, 1500, 3000, 6000];

export interface RfmSettings {
  /**
   * `quintile` (default): score = 1 + floor(5 × L ÷ n), with n the customers scored and L those with
   * a strictly worse value (a larger recency, a smaller frequency or spend); tied values share a score.
   * `bins`: fixed thresholds (the `*Bins` settings).
   */
  readonly scoring?: 'quintile' | 'bins';
  readonly recencyBins?: readonly [number, number, number, number];
  readonly frequencyBins?: readonly [number, number, number, number];
  readonly monetaryBins?: readonly [number, number, number, number];
  /** A score at or above this counts as high when naming segments. Default 3. */
  readonly highScore?: number;
}

function checkBins(bins: readonly number[], name: string): readonly number[] {
  if (bins.length !== 4 || !bins.every((bin, index) => Number.isFinite(bin) && (index === 0 || bin > bins[index - 1]))) {
    throw new RangeError(`aftersales-widgets: ${name} must be four ascending numbers, got ${JSON.stringify(bins)}.`);
  }
  return bins;
}

/** Builds the `rfm_scores` relation: customer, the three scores and the segment id. */
export function rfmScoresSql(settings: RfmSettings): { sql: string; params: SqlParam[] } {
  const scoring = settings.scoring ?? 'quintile';
  if (scoring !== 'quintile' && scoring !== 'bins') throw new RangeError(`aftersales-widgets: RFM scoring must be "quintile" or "bins", got "${String(scoring)}".`);
  const highScore = settings.highScore ?? 3;
  if (!Number.isInteger(highScore) || highScore < 1 || highScore > 5) throw new RangeError(`aftersales-widgets: the RFM high score must be 1 to 5, got ${String(highScore)}.`);

  let scores: string;
  let params: SqlParam[];
  if (scoring === 'quintile') {
    // rank() − 1 over the worse-first order counts the customers with a strictly worse value.
    scores = `SELECT customer,
    1 + CAST(floor(5.0 * (rank() OVER (ORDER BY recency DESC) - 1) / count(*) OVER ()) AS INTEGER) AS recency_score,
    1 + CAST(floor(5.0 * (rank() OVER (ORDER BY frequency ASC) - 1) / count(*) OVER ()) AS INTEGER) AS frequency_score,
    1 + CAST(floor(5.0 * (rank() OVER (ORDER BY monetary ASC) - 1) / count(*) OVER ()) AS INTEGER) AS monetary_score
  FROM facts WHERE frequency > 0`;
    params = [];
  } else {
    const r = checkBins(settings.recencyBins ?? DEFAULT_RECENCY_BINS, 'recency bins');
    const f = checkBins(settings.frequencyBins ?? DEFAULT_FREQUENCY_BINS, 'frequency bins');
    const m = checkBins(settings.monetaryBins ?? DEFAULT_MONETARY_BINS, 'monetary bins');
    scores = `SELECT customer,
    CASE WHEN recency <= ? THEN 5 WHEN recency <= ? THEN 4 WHEN recency <= ? THEN 3 WHEN recency <= ? THEN 2 ELSE 1 END AS recency_score,
    CASE WHEN frequency >= ? THEN 5 WHEN frequency >= ? THEN 4 WHEN frequency >= ? THEN 3 WHEN frequency >= ? THEN 2 ELSE 1 END AS frequency_score,
    CASE WHEN monetary >= ? THEN 5 WHEN monetary >= ? THEN 4 WHEN monetary >= ? THEN 3 WHEN monetary >= ? THEN 2 ELSE 1 END AS monetary_score
  FROM facts WHERE frequency > 0`;
    params = [r[0], r[1], r[2], r[3], f[3], f[2], f[1], f[0], m[3], m[2], m[1], m[0]];
  }

  const sql = `raw_scores AS (
  ${scores}
),
rfm_scores AS (
  SELECT *, CASE
    WHEN monetary_score >= ? THEN CASE WHEN recency_score >= ? THEN CASE WHEN frequency_score >= ? THEN 'importantValue' ELSE 'importantDevelop' END
      ELSE CASE WHEN frequency_score >= ? THEN 'importantKeep' ELSE 'importantRetain' END END
    ELSE CASE WHEN recency_score >= ? THEN CASE WHEN frequency_score >= ? THEN 'generalValue' ELSE 'generalDevelop' END
      ELSE CASE WHEN frequency_score >= ? THEN 'generalKeep' ELSE 'generalRetain' END END
  END AS rfm_segment
  FROM raw_scores
)`;
  return { sql, params: [...params, ...Array<number>(7).fill(highScore)] };
}
