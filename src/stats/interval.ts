/**
 * Confidence intervals over replications. The replication is the unit of analysis: each
 * replication contributes one value per measure (its own mean, share or percentile), and the
 * interval is Student's t interval over those independent values. Incidents within one
 * replication are not independent (they share the day's crowd, the same busy officers), so
 * an interval over incidents would be far too narrow.
 */
import jStat from 'jstat';

/** A Student t confidence interval for a mean. */
export interface Interval {
  /** Number of values used (NaNs skipped). */
  readonly n: number;
  /** Sample mean (NaN when n = 0). */
  readonly mean: number;
  /** Sample standard deviation, divisor n − 1 (NaN when n < 2). */
  readonly sd: number;
  /** t_{(1+level)/2, n−1} · sd / √n (NaN when n < 2). */
  readonly halfWidth: number;
  /** mean − halfWidth. */
  readonly low: number;
  /** mean + halfWidth. */
  readonly high: number;
}

/**
 * Student t confidence interval for the mean of independent values (one per replication).
 *
 * @param values one value per replication; NaN values (measure undefined in that replication,
 *   e.g. no incident of that type) are skipped
 * @param level confidence level in (0, 1), default 0.95
 * @returns the interval; with fewer than two values the half-width, sd and bounds are NaN
 * @example
 * ```ts
 * confidenceInterval([1, 2, 3, 4, 5]); // mean 3, halfWidth 2.776 × √2.5 / √5 ≈ 1.963
 * ```
 */
export function confidenceInterval(values: readonly number[], level = 0.95): Interval {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  }
  const defined = values.filter((x) => !Number.isNaN(x));
  const n = defined.length;
  if (n === 0) return interval(0, Number.NaN, Number.NaN, Number.NaN);
  const mean = defined.reduce((sum, x) => sum + x, 0) / n;
  if (n < 2) return interval(n, mean, Number.NaN, Number.NaN);
  const squares = defined.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  const sd = Math.sqrt(squares / (n - 1));
  const t = jStat.studentt.inv((1 + level) / 2, n - 1);
  return interval(n, mean, sd, (t * sd) / Math.sqrt(n));
}

/**
 * Paired confidence interval for plan − baseline: the interval of the differences
 * plan[i] − baseline[i], pairing by index (the same replication, hence the same incidents under
 * common random numbers). Pairs where either value is NaN are skipped. Positive correlation
 * between the two (which common random numbers create) makes this interval narrower than one
 * from two independent samples.
 *
 * @param plan one value per replication of the plan
 * @param baseline the baseline's values, same length and replication order
 * @param level confidence level, default 0.95
 * @example
 * ```ts
 * pairedDifference([5, 7, 9], [4, 5, 6]); // differences 1, 2, 3 → mean 2
 * ```
 */
export function pairedDifference(
  plan: readonly number[],
  baseline: readonly number[],
  level = 0.95,
): Interval {
  if (plan.length !== baseline.length) {
    throw new RangeError(
      `paired difference needs one baseline value per plan value (${plan.length} vs ${baseline.length})`,
    );
  }
  return confidenceInterval(
    plan.map((x, i) => x - baseline[i]!),
    level,
  );
}

/**
 * Relative precision of an interval, halfWidth / |mean|: the quantity the `--precision`
 * stopping rule compares with its target. 0 when the half-width is 0 (every replication
 * agreed); Infinity when the mean is 0 but the values vary; NaN when n < 2.
 */
export function relativeHalfWidth(ci: Interval): number {
  if (ci.halfWidth === 0) return 0;
  return ci.halfWidth / Math.abs(ci.mean);
}

/** Builds an interval from its parts. */
function interval(n: number, mean: number, sd: number, halfWidth: number): Interval {
  return { n, mean, sd, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}
