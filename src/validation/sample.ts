/**
 * Per-replication reductions the checks share, and the measures made of them: a measure is one
 * number per replication, NaN when the replication has nothing to measure it on (the judgement
 * skips NaNs).
 */
import type { ReplicationResult } from '../model/records.js';
import type { MeasureCheck } from './judgement.js';

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

/**
 * A maker of stochastic measures with no tolerance, each taken on every one of `results`: what a
 * reference with no known bias (Erlang C, the hypercube) is checked with.
 *
 * @example
 * ```ts
 * const measured = stochasticMeasures(results);
 * measured('P(wait)', 'share', 0.355, (r) => shareOf(r.incidents, (i) => i.waited), 'by PASTA');
 * ```
 */
export function stochasticMeasures(results: readonly ReplicationResult[]) {
  return (
    label: string,
    unit: string,
    analytic: number,
    value: (result: ReplicationResult) => number,
    note?: string,
  ): MeasureCheck => ({
    label,
    unit,
    values: results.map(value),
    analytic,
    kind: 'stochastic',
    tolerance: 0,
    ...(note === undefined ? {} : { note }),
  });
}
