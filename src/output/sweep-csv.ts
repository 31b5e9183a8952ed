/**
 * sweep.csv: the tidy table of a sweep — one row per grid point, plan and measure (service
 * standards as their `standard@<id>` measures), with the value of each varied path, the plan's
 * interval and its paired difference against the baseline at the same point. The numbers are
 * those of the point's comparison.csv (the same comparison, the same cell encoding).
 */
import type { PlanComparison } from '../stats/compare.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** The file's name in a sweep folder. */
export const SWEEP_FILE = 'sweep.csv';

/** The columns after the point and the varied paths. */
const MEASURE_COLUMNS = [
  'plan',
  'measure',
  'mean',
  'ci_low',
  'ci_high',
  'diff_vs_baseline',
  'diff_low',
  'diff_high',
] as const;

/** The header: `point`, each varied path (as written in `--vary`), then the measure columns. */
export function sweepColumns(paths: readonly string[]): string[] {
  return ['point', ...paths, ...MEASURE_COLUMNS];
}

/**
 * Rows of sweep.csv for one point (no header): plans in the comparison's order and within each
 * plan the measures in `keys` order; the baseline's difference cells are empty.
 *
 * @example formatSweepRows(1, ['6000'], comparePlans(summaries, 'base', keys), keys)
 */
export function formatSweepRows(
  point: number,
  values: readonly string[],
  comparisons: readonly PlanComparison[],
  keys: readonly string[],
): string {
  const rows: CellValue[][] = comparisons.flatMap((comparison) =>
    keys.map((key) => {
      const estimate = comparison.estimates[key];
      if (!estimate) throw new Error(`plan "${comparison.plan}" has no estimate of "${key}"`);
      const difference = comparison.differences?.[key];
      return [
        point,
        ...values,
        comparison.plan,
        key,
        estimate.mean,
        estimate.low,
        estimate.high,
        ...(difference ? [difference.mean, difference.low, difference.high] : [null, null, null]),
      ];
    }),
  );
  return formatCsvRows(rows);
}
