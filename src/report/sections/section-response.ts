/**
 * Response-time distributions by plan: ECDF curves of alert to first responder and alert to
 * officers when the folder has incident records for every plan; otherwise the quantiles the
 * summaries hold (median and upper percentiles, with intervals).
 */
import { findMeasure } from '../../stats/measures.js';
import { ecdfChart } from '../charts/ecdf-chart.js';
import { intervalPanels, measurePanel } from '../charts/interval-panels.js';
import type { IncidentRow } from '../data/report-records.js';
import { alertToFirstMinutes, alertToOfficersMinutes } from '../data/response-times.js';
import { figure, note, section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The "response times" section. */
export function responseSection(ctx: ReportContext): string {
  const { t } = ctx;
  const complete = ctx.data.records.every((r) => r.incidents !== null);
  const body = complete
    ? distributions(ctx, (r) => alertToFirstMinutes(r), 'alert-to-first', t('response.first')) +
      distributions(
        ctx,
        (r) => alertToOfficersMinutes(r),
        'alert-to-officers',
        t('response.officers'),
      )
    : note(t('response.fromSummaries')) +
      quantiles(ctx, 'alert-to-first', t('response.first'), [
        'medianAlertToFirst',
        'p90AlertToFirst',
        'p95AlertToFirst',
      ]) +
      quantiles(ctx, 'alert-to-officers', t('response.officers'), [
        'medianAlertToOfficers',
        'p90AlertToOfficers',
      ]);
  return section('response', t('response.title'), complete ? t('response.intro') : null, body);
}

/** ECDF curves of one response time, a curve per plan. */
function distributions(
  ctx: ReportContext,
  minutes: (rows: readonly IncidentRow[]) => number[],
  chartId: string,
  caption: string,
): string {
  const samples = ctx.data.records.map((r) => ({ plan: r.plan, values: minutes(r.incidents!) }));
  if (samples.every((s) => s.values.length === 0)) {
    return figure(chartId, caption, note(ctx.t('response.noData')));
  }
  const targets = targetsByMinutes(ctx);
  const chart = ecdfChart({
    samples,
    plans: ctx.plans,
    colors: ctx.colors,
    xLabel: ctx.t('axis.minutesAfterAlert'),
    yLabel: ctx.t('axis.percentReached'),
    planLabel: ctx.planLabel,
    targets: targets.map(({ minutes }) => ({
      minutes,
      label: ctx.t('response.targetLine', { minutes: String(minutes) }),
    })),
  });
  const list = targets
    .map(({ minutes, types }) =>
      ctx.t('response.targetTypes', {
        minutes: String(minutes),
        types: types.map((id) => ctx.typeName(id)).join(ctx.lang === 'zh' ? '、' : ', '),
      }),
    )
    .join(ctx.lang === 'zh' ? '；' : '; ');
  return figure(
    chartId,
    caption,
    chart,
    targets.length === 0 ? undefined : ctx.t('response.targets', { targets: list }),
  );
}

/** The scenario's response targets, each with the incident types that have it, ascending. */
function targetsByMinutes(ctx: ReportContext): { minutes: number; types: string[] }[] {
  const byMinutes = new Map<number, string[]>();
  for (const type of ctx.scenario?.incidentTypes ?? []) {
    byMinutes.set(type.targetMinutes, [...(byMinutes.get(type.targetMinutes) ?? []), type.id]);
  }
  return [...byMinutes].sort(([a], [b]) => a - b).map(([minutes, types]) => ({ minutes, types }));
}

/** Interval charts of the quantiles of one response time, one panel per quantile. */
function quantiles(
  ctx: ReportContext,
  chartId: string,
  caption: string,
  measureIds: readonly string[],
): string {
  const panels = measureIds.map((id) => measurePanel(ctx, id, findMeasure(id).decimals));
  if (panels.every((p) => p.estimates.every((e) => Number.isNaN(e.ci.mean)))) {
    return figure(chartId, caption, note(ctx.t('response.noData')));
  }
  const charts = intervalPanels(ctx, panels, ctx.t('axis.minutes'), [0, Number.POSITIVE_INFINITY]);
  return figure(chartId, caption, charts);
}
