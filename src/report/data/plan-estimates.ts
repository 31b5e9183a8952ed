/**
 * Each plan's confidence interval of a measure over its replications, for the interval charts.
 */
import { confidenceInterval } from '../../stats/interval.js';
import type { PlanEstimate } from '../charts/interval-chart.js';
import type { ReportContext } from '../report-context.js';

/**
 * The interval of a measure (overall id or `<id>@<type>`) for every plan, in plan order.
 *
 * @example planEstimates(ctx, 'shareWithinTarget')[0]?.ci.mean // e.g. 91.3
 */
export function planEstimates(ctx: ReportContext, measureId: string): PlanEstimate[] {
  return ctx.plans.map((plan) => ({
    plan,
    ci: confidenceInterval(
      ctx.data.summaries
        .filter((s) => s.plan === plan)
        .map((s) => s.values[measureId] ?? Number.NaN),
    ),
  }));
}
