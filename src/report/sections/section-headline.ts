/**
 * The top of the report: the verdict on the service standards and their table (see
 * section-standards.ts), then the table of headline measures by plan, from the replication
 * summaries through the same functions as the console tables (stats/compare.ts), so the numbers
 * agree with them.
 */
import { comparePlans, type PlanComparison } from '../../stats/compare.js';
import { findMeasure } from '../../stats/measures.js';
import { escapeHtml, formatInterval, formatPlusMinus, NO_VALUE } from '../format.js';
import { html, section, table, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';
import { standardsTable, standardsVerdictBox } from './section-standards.js';

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

/** The verdict on the standards, the standards table and the headline measures table. */
export function headlineSection(ctx: ReportContext): string {
  const measureIds = [...TABLE_MEASURES, ...(hasCost(ctx) ? ['cost'] : [])];
  const comparisons = comparePlans(ctx.data.summaries, baselineOf(ctx), measureIds);
  return (
    section(
      'headline',
      ctx.t('headline.title'),
      null,
      standardsVerdictBox(ctx, baselineOf(ctx)) + standardsTable(ctx),
    ) +
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
        `${escapeHtml(ctx.planLabel(c.plan))}${c.plan === baseline && ctx.plans.length > 1 ? ` <span class="baseline-mark">(${escapeHtml(t('table.baseline'))})</span>` : ''}`,
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
