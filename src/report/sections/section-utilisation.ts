/**
 * Officer utilisation by hour, a line per plan with its confidence band, when the responder
 * records carry busy and on-duty minutes by hour; otherwise each plan's utilisation over the
 * whole run from the summaries.
 */

import { utilisationByHourChart } from '../charts/hour-charts.js';
import { intervalChart } from '../charts/interval-chart.js';
import { utilisationPerHour } from '../data/hourly.js';
import { planEstimates } from '../data/plan-estimates.js';
import { figure, note, section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';
import { hasUtilisationByHour } from './section-header.js';

/** The "officer utilisation" section. */
export function utilisationSection(ctx: ReportContext): string {
  const { t } = ctx;
  const overall = planEstimates(ctx, 'officerUtilisation');
  if (overall.every((e) => Number.isNaN(e.ci.mean))) {
    return section('utilisation', t('util.title'), null, note(t('util.none')));
  }
  if (hasUtilisationByHour(ctx)) {
    const series = ctx.data.records.map((r) => ({
      plan: r.plan,
      intervals: utilisationPerHour(r.responders!, 'officer', ctx.hours)!,
    }));
    const chart = utilisationByHourChart(series, ctx.plans, ctx.colors, ctx.planLabel, {
      hours: ctx.hours,
      startDate: ctx.data.startDate,
      t,
    });
    return section(
      'utilisation',
      t('util.title'),
      t('util.intro'),
      figure('utilisation-by-hour', t('util.title'), chart),
    );
  }
  const chart = intervalChart({
    estimates: overall,
    plans: ctx.plans,
    planLabel: ctx.planLabel,
    colors: ctx.colors,
    xLabel: t('axis.utilisation'),
    decimals: 1,
    bounds: [0, 100],
  });
  return section(
    'utilisation',
    t('util.title'),
    null,
    figure('utilisation-overall', t('util.overall'), chart),
  );
}
