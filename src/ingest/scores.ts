// Survey score columns: the recognised dimensions plus any other numeric column, each with its scale.
import { quoteIdentifier, type Engine } from '../engine/index.js';
import type { ResolvedMapping } from './mapping.js';
import type { ScoreColumn } from './plan.js';
import * as clean from './sql-clean.js';
import type { ScoreScale } from './types.js';

/** Unmapped numeric columns with these headers are counters or codes, not questions. */
const NOT_A_SCORE = /序号|行号|编号|号码|代码|里程|金额|费|次数|^(no|id|index|row)$/i;

/** Scale of the recommendation question (NPS convention). */
export const RECOMMEND_SCALE: ScoreScale = [0, 10];
/** Scale of every other question unless the host declares one or the values exceed it. */
export const DEFAULT_SCALE: ScoreScale = [1, 5];

/**
 * Finds the score columns of a staged survey file and their scales. A scale the host declares (by
 * dimension or by header) is used as given. Otherwise the default is widened when values exceed it:
 * a maximum above 5 means 1–10, and above 10 means 0–100. The recommendation question goes from 0–10
 * straight to 0–100.
 */
export async function resolveScores(
  engine: Engine,
  stage: string,
  mapping: ResolvedMapping,
  scales: Readonly<Record<string, ScoreScale>> = {},
): Promise<ScoreColumn[]> {
  const candidates: { dimension: string; header: string; recognised: boolean }[] = [];
  for (const [dimension, header] of mapping.scores) candidates.push({ dimension, header, recognised: true });
  for (const header of mapping.unmapped) {
    if (!mapping.ignored.has(header) && !NOT_A_SCORE.test(header)) candidates.push({ dimension: header, header, recognised: false });
  }
  if (candidates.length === 0) return [];

  const measures = candidates.flatMap((candidate, index) => {
    const text = clean.trimmed(quoteIdentifier(candidate.header));
    const score = clean.scoreValue(text);
    return [`count(${text})::INTEGER AS filled${index}`, `count(${score})::INTEGER AS numeric${index}`, `max(${score})::DOUBLE AS max${index}`];
  });
  const [stats] = (await engine.query(`SELECT ${measures.join(', ')} FROM ${quoteIdentifier(stage)}`)).toArray();

  const scores: ScoreColumn[] = [];
  candidates.forEach((candidate, index) => {
    const filled = Number(stats[`filled${index}`]);
    const numeric = Number(stats[`numeric${index}`]);
    const max = stats[`max${index}`] === null ? 0 : Number(stats[`max${index}`]);
    // A column that is not recognised counts as a score only when every value in it is a number.
    if (!candidate.recognised && (filled === 0 || numeric < filled)) return;
    const [scaleMin, scaleMax] = scales[candidate.dimension] ?? scales[candidate.header] ?? inferScale(candidate.dimension, max);
    scores.push({ dimension: candidate.dimension, header: candidate.header, scaleMin, scaleMax });
  });
  return scores;
}

function inferScale(dimension: string, max: number): ScoreScale {
  if (dimension === 'recommend') return max > 10 ? [0, 100] : RECOMMEND_SCALE;
  if (max > 10) return [0, 100];
  if (max > 5) return [1, 10];
  return DEFAULT_SCALE;
}
