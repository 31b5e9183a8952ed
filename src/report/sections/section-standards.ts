/**
 * The top of the report: the verdict on the service standards (the same sentences as the
 * console, built by output/standards-text.ts from the folder's standards.csv) and the table of
 * every standard × plan: the share met with its interval against the required share, the
 * verdict, and the paired difference against the baseline.
 */
import { shownShare, verdictText } from '../../output/standards-text.js';
import type { StandardJudgement } from '../../stats/standards-judgement.js';
import { standardsVerdict } from '../../stats/standards-verdict.js';
import { escapeHtml, formatInterval, formatNumber, NO_VALUE } from '../format.js';
import { html, table, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** Decimals of shares and differences (percent, points). */
const DECIMALS = 1;

/** The verdict box: lead sentence, one line per plan, the method note. */
export function standardsVerdictBox(ctx: ReportContext, baseline: string): string {
  const { t } = ctx;
  const judgements = ctx.data.standards;
  if (judgements === null) {
    return `<div class="headline"><p class="verdict">${escapeHtml(t('standards.noFile'))}</p></div>`;
  }
  const comparison = ctx.data.manifest.kind === 'compare' && ctx.plans.length > 1;
  const verdict = standardsVerdict(judgements, ctx.data.summaries, baseline);
  const words = verdictText(verdict, t, comparison, ctx.names);
  const lines = words.planLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return (
    `<div class="headline"><p class="verdict lead">${escapeHtml(words.lead)}</p>` +
    (lines === '' ? '' : `<ul class="verdict">${lines}</ul>`) +
    `<p class="note">${escapeHtml(words.method)}</p></div>`
  );
}

/** The table of standards (rows) × plans (columns); '' when the folder has no standards.csv. */
export function standardsTable(ctx: ReportContext): string {
  const judgements = ctx.data.standards;
  if (judgements === null || judgements.length === 0) return '';
  const { t } = ctx;
  const plans = [...new Set(judgements.map((j) => j.plan))];
  const standards = [...new Map(judgements.map((j) => [j.standard, j])).values()];
  const header = [
    text(t('standards.head.standard')),
    ...plans.map((plan) => text(ctx.names.plan(plan))),
  ];
  const rows = standards.map((standard) => [
    text(`${ctx.names.standard(standard)} (≥ ${formatNumber(standard.required, DECIMALS)} %)`),
    ...plans.map((plan) => {
      const j = judgements.find((x) => x.plan === plan && x.standard === standard.standard);
      return html(j === undefined ? NO_VALUE : judgementCell(ctx, j));
    }),
  ]);
  return table(header, rows, 'data standards');
}

/** A cell: share [interval], the verdict (coloured by class), the difference against the baseline. */
function judgementCell(ctx: ReportContext, j: StandardJudgement): string {
  const lines = [
    `<span class="estimate">${escapeHtml(formatInterval(shownShare(j.share), DECIMALS))}</span>`,
    `<span class="status status-${escapeHtml(j.status)}">${escapeHtml(ctx.t(`standards.status.${j.status}`))}</span>`,
  ];
  if (j.difference !== null) {
    const star = j.change === 'better' || j.change === 'worse' ? ' *' : '';
    lines.push(
      `<span class="difference change-${escapeHtml(j.change ?? '')}">${escapeHtml(formatInterval(j.difference, DECIMALS, true))}${star}</span>`,
    );
  }
  return lines.join('<br>');
}
