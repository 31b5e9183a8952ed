/**
 * The headline box (which plan is best on the headline measure, by how much against the
 * baseline, whether that is statistically supported, and its staff-hours) and the table of
 * headline measures by plan. Both come from the replication summaries through the same
 * functions as the console tables (stats/compare.ts), so the numbers agree with them.
 */
import {
  type BestPlan,
  comparePlans,
  findBestPlan,
  type PlanComparison,
} from '../stats/compare.js';
import type { Interval } from '../stats/interval.js';
import { BEST_PLAN_MEASURE, findMeasure } from '../stats/measures.js';
import {
  escapeHtml,
  formatInterval,
  formatNumber,
  formatPlusMinus,
  formatSigned,
  NO_VALUE,
} from './format.js';
import { html, section, table, text } from './html-parts.js';
import type { ReportContext } from './report-context.js';

/** Measures of the table, in order (cost is added when a plan has cost rates). */
const TABLE_MEASURES = [
  'shareOfficersWithinTarget',
  'shareWithinTarget',
  'meanOccurrenceToFirst',
  'p90AlertToFirst',
  'shareWaited',
  'recoveryRate',
  'officerUtilisation',
  'staffHours',
] as const;

/** The plan the comparison is against: the manifest's baseline, or the only plan of a run. */
function baselineOf(ctx: ReportContext): string {
  return ctx.data.manifest.baseline ?? ctx.plans[0]!;
}

/** The headline box and the headline measures table. */
export function headlineSection(ctx: ReportContext): string {
  const best = findBestPlan(ctx.data.summaries, BEST_PLAN_MEASURE);
  const measureIds = [...TABLE_MEASURES, ...(hasCost(ctx) ? ['cost'] : [])];
  const comparisons = comparePlans(ctx.data.summaries, baselineOf(ctx), measureIds);
  return (
    section('headline', ctx.t('headline.title'), null, headlineBox(ctx, best, comparisons)) +
    section(
      'measures',
      ctx.t('table.title'),
      ctx.t(ctx.plans.length > 1 ? 'table.intro' : 'table.introRun'),
      measuresTable(ctx, comparisons, measureIds),
    )
  );
}

/** Whether some replication of some plan has a defined cost. */
function hasCost(ctx: ReportContext): boolean {
  return ctx.data.summaries.some((s) => Number.isFinite(s.values.cost ?? Number.NaN));
}

/** The tiles and sentences of the headline. */
function headlineBox(
  ctx: ReportContext,
  best: BestPlan | null,
  comparisons: readonly PlanComparison[],
): string {
  const { t } = ctx;
  const measure = ctx.measureLabel(BEST_PLAN_MEASURE);
  const decimals = findMeasure(BEST_PLAN_MEASURE).decimals;
  if (best === null) {
    return `<div class="headline"><p class="verdict">${escapeHtml(t('headline.none', { measure }))}</p></div>`;
  }
  const row = comparisons.find((c) => c.plan === best.plan)!;
  const baseline = baselineOf(ctx);
  const isComparison = ctx.data.manifest.kind === 'compare' && ctx.plans.length > 1;
  const sentences: string[] = [];
  const value = formatInterval(best.estimate, decimals);
  sentences.push(
    isComparison
      ? t('headline.best', { measure, plan: best.plan, value })
      : t('headline.single', { measure, plan: best.plan, value }),
  );
  const difference = row.differences?.[BEST_PLAN_MEASURE];
  if (isComparison) {
    if (difference === undefined) sentences.push(t('headline.bestIsBaseline'));
    else sentences.push(...versusBaseline(ctx, baseline, difference, decimals));
    sentences.push(...againstOthers(ctx, best, decimals));
  }
  const hours = row.estimates.staffHours!;
  const hourDecimals = findMeasure('staffHours').decimals;
  sentences.push(
    t('headline.staffHours', { plan: best.plan, value: formatInterval(hours, hourDecimals) }),
  );
  const hoursDiff = row.differences?.staffHours;
  if (isComparison && hoursDiff !== undefined) {
    sentences.push(
      t('headline.staffHoursVsBaseline', { diff: formatInterval(hoursDiff, hourDecimals, true) }),
    );
  }
  const hoursUnit = t('unit.hours');
  const tiles = [
    tile(t(isComparison ? 'headline.tileBest' : 'headline.tilePlan'), best.plan, null, 'best'),
    tile(
      measure,
      `${formatNumber(best.estimate.mean, decimals)} ${t('unit.percent')}`,
      intervalLine(ctx, best.estimate, decimals),
      'value',
    ),
    ...(isComparison && difference !== undefined
      ? [
          tile(
            t('headline.tileVsBaseline', { baseline }),
            `${formatSigned(difference.mean, decimals)} ${t('unit.points')}`,
            intervalLine(ctx, difference, decimals),
            supportedClass(difference),
          ),
        ]
      : []),
    tile(
      t('headline.tileStaffHours'),
      `${formatNumber(hours.mean, hourDecimals)} ${hoursUnit}`,
      intervalLine(ctx, hours, hourDecimals),
      'value',
    ),
  ];
  return (
    `<div class="headline"><div class="tiles">${tiles.join('')}</div>` +
    `<ul class="verdict">${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></div>`
  );
}

/** The best plan against the baseline, and whether the difference is supported. */
function versusBaseline(
  ctx: ReportContext,
  baseline: string,
  difference: Interval,
  decimals: number,
): string[] {
  const { t } = ctx;
  const diff = formatInterval(difference, decimals, true);
  const verdict = Number.isNaN(difference.halfWidth)
    ? t('headline.noInterval')
    : difference.low > 0 || difference.high < 0
      ? t('headline.significant')
      : t('headline.notSignificant');
  return [t('headline.vsBaseline', { baseline, diff }), verdict];
}

/** Whether the best plan clearly beats every other one, else those it does not. */
function againstOthers(ctx: ReportContext, best: BestPlan, decimals: number): string[] {
  const { t } = ctx;
  const sentences: string[] = [];
  if (best.supported) sentences.push(t('headline.supported'));
  else if (best.against.length > 0) {
    const plans = best.against
      .filter((other) => !other.clearlyWorse)
      .map((other) =>
        t('headline.runnerUp', {
          plan: other.plan,
          diff: formatInterval(other.difference, decimals, true),
        }),
      )
      .join(t('headline.listSeparator'));
    sentences.push(t('headline.notSupported', { plans }));
  }
  if (best.against.length > 1) {
    sentences.push(
      t('headline.multipleComparisons', {
        plans: best.against.length + 1,
        comparisons: best.against.length,
      }),
    );
  }
  return sentences;
}

/** CSS class of a difference tile: supported (interval excludes zero) or not. */
function supportedClass(difference: Interval): string {
  if (Number.isNaN(difference.halfWidth)) return 'value';
  return difference.low > 0 || difference.high < 0 ? 'value supported' : 'value unsupported';
}

/** The interval under a tile's figure. */
function intervalLine(ctx: ReportContext, ci: Interval, decimals: number): string {
  if (Number.isNaN(ci.halfWidth)) return ctx.t('headline.fewReplications');
  return ctx.t('headline.ci', {
    low: formatNumber(ci.low, decimals),
    high: formatNumber(ci.high, decimals),
  });
}

/** One figure of the headline box: a label, the figure, and its interval under it. */
function tile(label: string, value: string, interval: string | null, className: string): string {
  const below = interval === null ? '' : `<div class="tile-interval">${escapeHtml(interval)}</div>`;
  return (
    `<div class="tile"><div class="tile-label">${escapeHtml(label)}</div>` +
    `<div class="tile-${className.split(' ')[0]} ${escapeHtml(className)}">${escapeHtml(value)}</div>${below}</div>`
  );
}

/** Headline measures: a row per measure, a column per plan, differences under the estimates. */
function measuresTable(
  ctx: ReportContext,
  comparisons: readonly PlanComparison[],
  measureIds: readonly string[],
): string {
  const { t } = ctx;
  const baseline = baselineOf(ctx);
  const header = [
    text(t('table.measure')),
    ...comparisons.map((c) =>
      html(
        `${escapeHtml(c.plan)}${c.plan === baseline && ctx.plans.length > 1 ? ` <span class="baseline-mark">(${escapeHtml(t('table.baseline'))})</span>` : ''}`,
      ),
    ),
  ];
  const rows = measureIds.map((id) => {
    const def = findMeasure(id);
    const unit = ctx.unitLabel(id);
    return [
      text(unit === '' ? ctx.measureLabel(id) : `${ctx.measureLabel(id)} (${unit})`),
      ...comparisons.map((c) => html(measureCell(c, id, def.decimals))),
    ];
  });
  return table(header, rows, 'data measures');
}

/** A table cell: the estimate, and under it the difference from the baseline. */
function measureCell(comparison: PlanComparison, id: string, decimals: number): string {
  const estimate = comparison.estimates[id]!;
  const difference = comparison.differences?.[id];
  const lines = [
    `<span class="estimate">${escapeHtml(formatPlusMinus(estimate, decimals))}</span>`,
  ];
  if (difference !== undefined) {
    const text = Number.isNaN(difference.mean)
      ? NO_VALUE
      : formatInterval(difference, decimals, true);
    const star = !Number.isNaN(difference.halfWidth) && (difference.low > 0 || difference.high < 0);
    lines.push(`<span class="difference">${escapeHtml(text)}${star ? ' *' : ''}</span>`);
  }
  return lines.join('<br>');
}
