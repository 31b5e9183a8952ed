/**
 * Per plan, the share of incidents reached within target (the required responder, and officers
 * where officers were needed), each with its confidence interval.
 */
import { figure, panel, section } from './html-parts.js';
import { intervalChart, intervalDomain } from './interval-chart.js';
import { planEstimates } from './plan-estimates.js';
import type { ReportContext } from './report-context.js';

const MEASURES = ['shareWithinTarget', 'shareOfficersWithinTarget'] as const;

/** The "reached within target" section. */
export function targetsSection(ctx: ReportContext): string {
  const { t } = ctx;
  const estimates = MEASURES.map((id) => planEstimates(ctx, id));
  // One axis for both charts, so that their bars compare directly.
  const domain = intervalDomain(estimates.flat(), [0, 100]);
  const panels = MEASURES.map((id, i) =>
    panel(
      ctx.measureLabel(id),
      intervalChart({
        estimates: estimates[i]!,
        plans: ctx.plans,
        colors: ctx.colors,
        xLabel: t('axis.percentOfIncidents'),
        decimals: 1,
        domain,
      }),
    ),
  );
  return section(
    'targets',
    t('share.title'),
    t('share.intro'),
    figure('share-within-target', t('share.title'), panels.join('')),
  );
}
