/**
 * A figure's group of interval charts, a panel each, drawn on one axis so that their bars
 * compare directly (e.g. the share within target for the required responder and for officers).
 */

import { planEstimates } from '../data/plan-estimates.js';
import { panel } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';
import { intervalChart, intervalDomain, type PlanEstimate } from './interval-chart.js';

/** One panel of the group. */
export interface IntervalPanel {
  /** Its heading. */
  readonly title: string;
  /** Every plan's estimate, in plan order. */
  readonly estimates: readonly PlanEstimate[];
  /** Decimals of the means written beside the dots. */
  readonly decimals: number;
}

/**
 * The panel of one summary measure (overall id or `<id>@<type>`), headed by its label.
 *
 * @example measurePanel(ctx, 'shareWithinTarget', 1).title // its label in the report's language
 */
export function measurePanel(
  ctx: ReportContext,
  measureId: string,
  decimals: number,
): IntervalPanel {
  return { title: ctx.measureLabel(measureId), estimates: planEstimates(ctx, measureId), decimals };
}

/**
 * The panels' markup, their shared axis fitted to every estimate within `bounds`.
 *
 * @example
 * ```ts
 * const all = { title: 'All', estimates: planEstimates(ctx, 'recoveryRate'), decimals: 1 };
 * figure('recovery', 'Recovery', intervalPanels(ctx, [all], '% recovered', [0, 100]));
 * ```
 */
export function intervalPanels(
  ctx: ReportContext,
  panels: readonly IntervalPanel[],
  xLabel: string,
  bounds: readonly [number, number],
): string {
  const domain = intervalDomain(
    panels.flatMap((p) => p.estimates),
    bounds,
  );
  return panels
    .map((p) =>
      panel(
        p.title,
        intervalChart({
          estimates: p.estimates,
          plans: ctx.plans,
          planLabel: ctx.planLabel,
          colors: ctx.colors,
          xLabel,
          decimals: p.decimals,
          domain,
        }),
      ),
    )
    .join('');
}
