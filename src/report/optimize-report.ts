/**
 * report.html of an optimize folder (`peakwatch optimize --report`): one self-contained page
 * (inline SVG, no script) in the user's language with the cost–service chart of every plan
 * evaluated (the frontier joined, the chosen plan marked), the chosen plan's standards table,
 * the chosen plan on the map beside the base plan, the plans evaluated with what each changes,
 * and the console summary with the runners-up and why they lost. `peakwatch report` and
 * `optimize --report` both write it from the folder alone (optimize-write-report.ts).
 */
import type { Lang } from '../i18n/lang.js';
import type { Translate } from '../i18n/messages.js';
import type { Evaluation } from '../optimize/evaluation.js';
import { metWithConfidence } from '../optimize/evaluation.js';
import { formatNumber } from '../output/number-format.js';
import { escapeHtml } from './format.js';
import { figure, reportPage, section, table, text } from './html-parts.js';

/** What the page shows. */
export interface OptimizeReportInput {
  readonly t: Translate;
  readonly lang: Lang;
  readonly title: string;
  /** The peakwatch version that wrote the folder. */
  readonly version: string;
  /** Every plan evaluated within the space. */
  readonly evaluated: readonly Evaluation[];
  readonly frontier: readonly Evaluation[];
  readonly chosen: Evaluation | null;
  /** A plan's changes from the base plan, in words. */
  readonly describe: (e: Evaluation) => string;
  readonly standardName: (id: string) => string;
  /** What the standards table leaves out, said under its heading (none: every standard searched). */
  readonly leftOut: readonly string[];
  /** The console summary, as printed. */
  readonly summary: string;
  /** The map section's HTML (sections/section-optimize-map.ts); '' when there is no plan chosen. */
  readonly map: string;
}

/** The page's HTML. */
export function formatOptimizeReport(input: OptimizeReportInput): string {
  const { t } = input;
  const parts = [
    section(
      'frontier',
      t('optimize.reportFrontier'),
      t('optimize.reportFrontierIntro'),
      figure('frontier', t('optimize.reportFrontierCaption'), frontierChart(input)),
    ),
  ];
  if (input.chosen !== null) {
    parts.push(
      section(
        'chosen',
        t('optimize.reportChosen'),
        input.leftOut.length === 0 ? null : input.leftOut.join(' '),
        chosenTable(input, input.chosen),
      ),
      input.map,
    );
  }
  parts.push(
    section('plans', t('optimize.reportPlans'), null, plansTable(input)),
    section(
      'summary',
      t('optimize.reportSummary'),
      null,
      `<pre>${escapeHtml(input.summary)}</pre>`,
    ),
  );
  return reportPage({
    lang: input.lang,
    t: input.t,
    title: input.title,
    body: [`<main><h1>${escapeHtml(input.title)}</h1>${parts.join('')}</main>`],
    version: input.version,
  });
}

/** Chart size and margins, pixels. */
const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { left: 64, right: 16, top: 16, bottom: 48 };

/** Cost (x) against shortfall (y, 0 at the bottom: meets every standard) of every plan. */
function frontierChart(input: OptimizeReportInput): string {
  const plans = input.evaluated;
  if (plans.length === 0) return '';
  const costs = plans.map((e) => e.cost);
  const shorts = plans.map((e) => e.shortfall);
  const [x0, x1] = padded(Math.min(...costs), Math.max(...costs));
  const [, y1] = padded(0, Math.max(1, ...shorts));
  const x = (v: number) =>
    MARGIN.left + ((v - x0) / (x1 - x0)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (v: number) =>
    HEIGHT - MARGIN.bottom - (v / y1) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const line = input.frontier.map((e) => `${x(e.cost).toFixed(1)},${y(e.shortfall).toFixed(1)}`);
  const dots = plans
    .map((e) => {
      const chosen = input.chosen !== null && e.name === input.chosen.name;
      const fill = e.meetsAll ? '#1b7837' : '#b2182b';
      const r = chosen ? 7 : 4;
      const ring = chosen ? ' stroke="#000" stroke-width="2"' : '';
      return (
        `<circle cx="${x(e.cost).toFixed(1)}" cy="${y(e.shortfall).toFixed(1)}" r="${r}" fill="${fill}"${ring}>` +
        `<title>${escapeHtml(`${e.name}: ${input.describe(e)}`)}</title></circle>`
      );
    })
    .join('');
  const axis =
    `<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="#555"/>` +
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="#555"/>` +
    ticks(
      [x0, (x0 + x1) / 2, x1],
      (v) =>
        `<text x="${x(v).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${number(v)}</text>`,
    ) +
    ticks(
      [0, y1 / 2, y1],
      (v) =>
        `<text x="${MARGIN.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${number(v)}</text>`,
    ) +
    `<text x="${(WIDTH + MARGIN.left) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(input.t('optimize.axisCost'))}</text>` +
    `<text x="14" y="${HEIGHT / 2}" text-anchor="middle" transform="rotate(-90 14 ${HEIGHT / 2})">${escapeHtml(input.t('optimize.axisShortfall'))}</text>`;
  return (
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" font-size="11">` +
    `${axis}<polyline points="${line.join(' ')}" fill="none" stroke="#2166ac" stroke-width="2"/>${dots}</svg>`
  );
}

function ticks(values: readonly number[], draw: (v: number) => string): string {
  return values.map(draw).join('');
}

/** [low, high] widened by 5 % on each side (and made non-empty). */
function padded(low: number, high: number): [number, number] {
  const span = high - low || Math.max(1, Math.abs(high));
  return [low - 0.05 * span, high + 0.05 * span];
}

function chosenTable(input: OptimizeReportInput, chosen: Evaluation): string {
  const { t } = input;
  return table(
    [
      text(t('optimize.colStandard')),
      text(t('optimize.colShare')),
      text(t('optimize.colRequired')),
      text(t('optimize.colMet')),
    ],
    chosen.shares.map((s) => [
      text(input.standardName(s.standard)),
      text(
        s.share.n === 0
          ? '-'
          : `${number(s.share.mean)} [${number(s.share.low)}, ${number(s.share.high)}]`,
      ),
      text(number(s.required)),
      text(t(metWithConfidence(s) ? 'optimize.yes' : 'optimize.no')),
    ]),
  );
}

function plansTable(input: OptimizeReportInput): string {
  const { t } = input;
  const onFrontier = new Set(input.frontier.map((e) => e.name));
  return table(
    [
      text(t('optimize.reportPlan')),
      text(t('optimize.colChoice')),
      text(t('optimize.axisCost')),
      text(t('optimize.axisShortfall')),
      text(t('optimize.colMet')),
      text(t('optimize.reportOnFrontier')),
    ],
    input.evaluated.map((e) => [
      text(e.name),
      text(input.describe(e)),
      text(number(e.cost)),
      text(number(e.shortfall)),
      text(t(e.meetsAll ? 'optimize.yes' : 'optimize.no')),
      text(onFrontier.has(e.name) ? t('optimize.yes') : ''),
    ]),
  );
}

function number(value: number): string {
  return formatNumber(value, 1);
}
