/**
 * comparison.csv: one row per plan and measure with the plan's confidence interval and its
 * paired difference against the baseline, for readers who want every number the comparison
 * table rounds or leaves out.
 */
import type { PlanComparison } from '../stats/compare.js';
import type { Interval } from '../stats/interval.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** The header of comparison.csv. */
export const COMPARISON_COLUMNS: readonly string[] = [
  'plan',
  'measure',
  'mean',
  'ci_low',
  'ci_high',
  'half_width',
  'n',
  'diff_vs_baseline',
  'diff_low',
  'diff_high',
  'significant',
];

/**
 * Rows of comparison.csv (no header), plans in the given order and within each plan the
 * measures in `keys` order. The baseline's difference cells are empty; `significant` is empty
 * where the difference has no interval (fewer than two pairs).
 */
export function formatComparisonRows(
  comparisons: readonly PlanComparison[],
  keys: readonly string[],
): string {
  const rows: CellValue[][] = [];
  for (const comparison of comparisons) {
    for (const key of keys) {
      const estimate = comparison.estimates[key];
      if (!estimate) throw new Error(`plan "${comparison.plan}" has no estimate of "${key}"`);
      const difference = comparison.differences?.[key];
      rows.push([
        comparison.plan,
        key,
        estimate.mean,
        estimate.low,
        estimate.high,
        estimate.halfWidth,
        estimate.n,
        ...differenceCells(difference),
      ]);
    }
  }
  return formatCsvRows(rows);
}

/** The difference, its interval and whether the interval excludes zero. */
function differenceCells(difference: Interval | undefined): CellValue[] {
  if (!difference) return [null, null, null, null];
  const significant = Number.isNaN(difference.halfWidth)
    ? null
    : difference.low > 0 || difference.high < 0;
  return [difference.mean, difference.low, difference.high, significant];
}
