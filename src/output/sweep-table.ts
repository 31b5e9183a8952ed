/**
 * The console table of `peakwatch sweep`: one row per grid point and plan, with the value of each
 * varied path, the headline measures as `mean ±half-width`, and how many service standards the
 * plan meets at that point (met after Holm's adjustment, as in the verdict of `compare`).
 */

import type { PlanComparison } from '../stats/compare.js';
import { HEADLINE_MEASURE_IDS } from '../stats/compare.js';
import { findMeasure } from '../stats/measures.js';
import type { StandardJudgement } from '../stats/standards-judgement.js';
import { ENGLISH_WORDING, type Wording } from './console-wording.js';
import { type DisplayNames, ID_NAMES } from './display-names.js';
import { asciiTable, formatEstimate, labelWithUnit } from './table-format.js';

/** What the table shows of one point. */
export interface SweepTablePoint {
  readonly point: { readonly index: number; readonly values: readonly string[] };
  readonly comparisons: readonly PlanComparison[];
  readonly judgements: readonly StandardJudgement[];
}

/**
 * The table as text.
 *
 * @param paths the varied paths, in axis order (column heads)
 * @param baseline the plan marked `(baseline)`
 * @param names how plans are named (default their ids)
 * @param wording the language of the headings (default English); the paths stay as written
 * @example formatSweepTable(['crowd.visitorsPerDay'], result.points, 'base')
 */
export function formatSweepTable(
  paths: readonly string[],
  points: readonly SweepTablePoint[],
  baseline: string,
  names: DisplayNames = ID_NAMES,
  wording: Wording = ENGLISH_WORDING,
): string {
  const { t } = wording;
  const measures = HEADLINE_MEASURE_IDS.map(findMeasure);
  const table = asciiTable(
    [
      t('sweep.console.point'),
      ...paths,
      t('sweep.breaks.head.plan'),
      ...measures.map((def) => labelWithUnit(def, undefined, wording)),
      t('sweep.console.standardsMet'),
    ],
    true,
  );
  for (const { point, comparisons, judgements } of points) {
    for (const comparison of comparisons) {
      const label = names.plan(comparison.plan);
      const plan =
        comparison.plan === baseline ? t('sweep.console.baselinePlan', { plan: label }) : label;
      table.push([
        String(point.index),
        ...point.values,
        plan,
        ...measures.map((def) =>
          formatEstimate(def, comparison.estimates[def.id]!, comparison.replications),
        ),
        standardsMet(judgements.filter((j) => j.plan === comparison.plan)),
      ]);
    }
  }
  return table.toString();
}

/** `met/total`, or `-` when the scenario has no standards. */
function standardsMet(judgements: readonly StandardJudgement[]): string {
  if (judgements.length === 0) return '-';
  return `${judgements.filter((j) => j.status === 'met').length}/${judgements.length}`;
}
