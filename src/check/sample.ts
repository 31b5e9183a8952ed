/**
 * Per-replication reductions the checks share: a measure is one number per replication, NaN
 * when the replication has nothing to measure it on (the judgement skips NaNs).
 */

/**
 * The mean, NaN for no values.
 * @example meanOf([1, 2, 6]) // 3
 */
export function meanOf(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, x) => sum + x, 0) / values.length;
}

/**
 * The share (0–1) of items that satisfy the predicate, NaN for no items.
 * @example shareOf([1, 2, 3, 4], (x) => x > 3) // 0.25
 */
export function shareOf<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? Number.NaN : items.filter(predicate).length / items.length;
}
