/**
 * The `--precision` stopping rule: replications are added in batches until every headline
 * measure of every plan is estimated precisely enough, or a cap is reached. "Precisely enough"
 * is a half-width below `target` × the measure's scale: its |mean| for times, hours and counts
 * (a relative half-width), and the whole 100 % for shares, which are judged in percentage
 * points (a target of 0.02 asks ±2 points). Shares are not judged relative to their mean
 * because a share near 0 (incidents that waited, in a well-staffed plan) would then never be
 * precise enough, however many replications ran.
 */
import { HEADLINE_MEASURE_IDS } from '../stats/compare.js';
import { confidenceInterval, type Interval, relativeHalfWidth } from '../stats/interval.js';
import { MEASURES, type ReplicationSummary } from '../stats/measures.js';

/** How `--precision` runs: the target, the batch size and the cap on replications. */
export interface PrecisionRule {
  /** Target relative half-width, e.g. 0.05 for ±5 % of the mean. */
  readonly target: number;
  /** Replications added per batch (also the first batch). */
  readonly batch: number;
  /** Most replications to run. */
  readonly cap: number;
}

/** The least precise estimate: the one that decides whether more replications are needed. */
export interface PrecisionStatus {
  /** Whether every headline measure of every plan meets the target. */
  readonly reached: boolean;
  /** The largest relative half-width (Infinity when some measure has a single value). */
  readonly widest: number;
  readonly plan: string;
  readonly measure: string;
}

/**
 * Checks the rule on the summaries so far. A measure no replication defines (NaN everywhere,
 * e.g. a recovery rate in a scenario without lost items) has nothing to estimate and is skipped;
 * one defined by a single replication has no interval and does not meet any target; one whose
 * mean is 0 meets it only if every value is 0.
 */
export function checkPrecision(
  summaries: readonly ReplicationSummary[],
  plans: readonly string[],
  target: number,
  measureIds: readonly string[] = HEADLINE_MEASURE_IDS,
): PrecisionStatus {
  let widest = { widest: 0, plan: plans[0] ?? '', measure: measureIds[0] ?? '' };
  for (const plan of plans) {
    const runs = summaries.filter((s) => s.plan === plan);
    for (const measure of measureIds) {
      const ci = confidenceInterval(runs.map((s) => s.values[measure] ?? Number.NaN));
      if (ci.n === 0) continue;
      const relative = ci.n < 2 ? Number.POSITIVE_INFINITY : precisionError(ci, measure);
      if (relative > widest.widest) widest = { widest: relative, plan, measure };
    }
  }
  return { reached: widest.widest < target, ...widest };
}

/**
 * The half-width on the measure's scale (see the module comment): in points of 100 for shares,
 * relative to |mean| otherwise (also for ids that are not peakwatch measures).
 */
function precisionError(ci: Interval, measureId: string): number {
  const baseId = measureId.split('@')[0];
  const unit = MEASURES.find((measure) => measure.id === baseId)?.unit;
  return unit === '%' ? ci.halfWidth / 100 : relativeHalfWidth(ci);
}
