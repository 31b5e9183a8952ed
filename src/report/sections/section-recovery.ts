/**
 * Recovery of lost items and people by plan: the overall rate and each incident type with a
 * recovery model, with confidence intervals; then the same for "found within an hour of the
 * alert" when some replication measured it (folders written before that measure existed show
 * only the first figure).
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
  const panels = (measure: string) => [
    { title: t('recovery.all'), estimates: planEstimates(ctx, measure), decimals: 1 },
    ...types.map((type) => ({
      title: ctx.typeName(type),
      estimates: planEstimates(ctx, typeMeasureId(measure, type)),
      decimals: 1,
    })),
  ];
  const measured = ctx.data.summaries.some((s) =>
    Number.isFinite(s.values[FOUND_WITHIN_HOUR] ?? Number.NaN),
  );
  const withinHour = measured
    ? figure(
        'recovery-hour',
        t('recovery.hourTitle'),
        intervalPanels(ctx, panels(FOUND_WITHIN_HOUR), t('axis.percentFoundHour'), [0, 100]),
      )
    : '';
  return section(
    'recovery',
    t('recovery.title'),
    t('recovery.intro'),
    figure(
      'recovery',
      t('recovery.title'),
      intervalPanels(ctx, panels('recoveryRate'), t('axis.percentRecovered'), [0, 100]),
    ) + withinHour,
  );
}

/** The measure of lost items and persons found within an hour of the alert. */
const FOUND_WITHIN_HOUR = 'foundWithinHour';

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
