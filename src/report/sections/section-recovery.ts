/**
 * Recovery of lost items and people by plan: the overall rate and each incident type with a
 * recovery model, with confidence intervals.
 */
import { typeMeasureId } from '../../stats/measures.js';
import { intervalPanels } from '../charts/interval-panels.js';
import { planEstimates } from '../data/plan-estimates.js';
import { figure, note, section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The "recovery" section. */
export function recoverySection(ctx: ReportContext): string {
  const { t } = ctx;
  const types = recoveryTypes(ctx);
  if (types.length === 0)
    return section('recovery', t('recovery.title'), null, note(t('recovery.none')));
  const panels = [
    { title: t('recovery.all'), estimates: planEstimates(ctx, 'recoveryRate'), decimals: 1 },
    ...types.map((type) => ({
      title: ctx.typeName(type),
      estimates: planEstimates(ctx, typeMeasureId('recoveryRate', type)),
      decimals: 1,
    })),
  ];
  return section(
    'recovery',
    t('recovery.title'),
    t('recovery.intro'),
    figure(
      'recovery',
      t('recovery.title'),
      intervalPanels(ctx, panels, t('axis.percentRecovered'), [0, 100]),
    ),
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
