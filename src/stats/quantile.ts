/**
 * Sample quantiles of one replication's observations (e.g. the 90th percentile of alert-to-first
 * minutes over that replication's incidents).
 */

/**
 * The p-quantile of an ascending sample by Hyndman & Fan's definition 7 (the default of R's
 * `quantile` and of NumPy): with h = (n − 1)·p, linear interpolation between the order
 * statistics x[⌊h⌋] and x[⌊h⌋ + 1] (0-based). Definition 7 is used because it is what
 * analysts reproducing a number in R or a spreadsheet (`PERCENTILE.INC`) will get.
 *
 * @param sorted observations in ascending order, no NaN (checked: a wrong order would give a
 *   silently wrong answer)
 * @param p probability in [0, 1]
 * @returns the quantile, or NaN for an empty sample
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.9); // h = 2.7 → 3 + 0.7 × (4 − 3) = 3.7
 * ```
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  checkAscending(sorted);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  if (below === n - 1) return lower;
  return lower + (h - below) * (sorted[below + 1]! - lower);
}

/** Throws when the sample holds a NaN or is not in ascending order. */
function checkAscending(sorted: ArrayLike<number>): void {
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    if (Number.isNaN(x)) throw new RangeError(`quantile: NaN at index ${i}`);
    if (i > 0 && x < sorted[i - 1]!) {
      throw new RangeError(`quantile: sample is not in ascending order at index ${i}`);
    }
  }
}
