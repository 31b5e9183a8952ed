/**
 * Empirical cumulative distribution functions for the response-time charts: the share of
 * incidents reached within x minutes, for every x. Pooled over the replications' incidents,
 * it pictures the whole distribution; the intervals elsewhere in the report stay over
 * replications.
 */

/** A corner of the ECDF's staircase: a share `p` (0–1) of the values are at most `x`. */
export interface EcdfPoint {
  readonly x: number;
  readonly p: number;
}

/**
 * The ECDF of the values as the corners of a step function (draw with a step-after curve),
 * starting at (min, 0). With more than `maxPoints` values, corners are kept at evenly spaced
 * ranks (always the first and the last), so a chart stays small whatever the run's size.
 *
 * @param values observations; NaN (an event that did not happen) is skipped
 * @param maxPoints most corners kept, at least 2
 * @example
 * ```ts
 * ecdf([3, 1, 2]); // (1, 0), (1, 1/3), (2, 2/3), (3, 1)
 * ```
 */
export function ecdf(values: readonly number[], maxPoints = 200): EcdfPoint[] {
  if (maxPoints < 2) throw new RangeError(`ecdf needs maxPoints ≥ 2, got ${maxPoints}`);
  const sorted = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  const ranks =
    n <= maxPoints
      ? sorted.map((_, i) => i)
      : Array.from({ length: maxPoints }, (_, k) => Math.round((k * (n - 1)) / (maxPoints - 1)));
  return [{ x: sorted[0]!, p: 0 }, ...ranks.map((i) => ({ x: sorted[i]!, p: (i + 1) / n }))];
}
