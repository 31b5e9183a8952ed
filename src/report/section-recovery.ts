/**
 * Recovery of lost items and people by plan: the overall rate and each incident type with a
 * recovery model, with confidence intervals.
 */
import { typeMeasureId } from '../stats/measures.js';
import { figure, note, panel, section } from './html-parts.js';
import { intervalChart, intervalDomain } from './interval-chart.js';
import { planEstimates } from './plan-estimates.js';
import type { ReportContext } from './report-context.js';

/** The "recovery" section. */
export function recoverySection(ctx: ReportContext): string {
  const { t } = ctx;
  const types = recoveryTypes(ctx);
  if (types.length === 0)
    return section('recovery', t('recovery.title'), null, note(t('recovery.none')));
  const groups = [
    { title: t('recovery.all'), estimates: planEstimates(ctx, 'recoveryRate') },
    ...types.map((type) => ({
      title: ctx.typeName(type),
      estimates: planEstimates(ctx, typeMeasureId('recoveryRate', type)),
    })),
  ];
  const domain = intervalDomain(
    groups.flatMap((g) => g.estimates),
    [0, 100],
  );
  const panels = groups.map((g) =>
    panel(
      g.title,
      intervalChart({
        estimates: g.estimates,
        plans: ctx.plans,
        colors: ctx.colors,
        xLabel: t('axis.percentRecovered'),
        decimals: 1,
        domain,
      }),
    ),
  );
  return section(
    'recovery',
    t('recovery.title'),
    t('recovery.intro'),
    figure('recovery', t('recovery.title'), panels.join('')),
  );
}

/**
 * Incident types with a recovery model: from the scenario when known, else those whose
 * per-type recovery rate is defined in some replication (types without a model never are).
 */
function recoveryTypes(ctx: ReportContext): string[] {
  if (ctx.scenario !== null) {
    return ctx.scenario.incidentTypes
      .filter((type) => type.recovery !== undefined)
      .map((type) => type.id);
  }
  const prefix = 'recoveryRate@';
  return ctx.data.measureKeys
    .filter((key) => key.startsWith(prefix))
    .filter((key) => ctx.data.summaries.some((s) => Number.isFinite(s.values[key] ?? Number.NaN)))
    .map((key) => key.slice(prefix.length));
}
