/**
 * Response-time distributions by plan as ECDF curves: for each number of minutes after the
 * alert, the share of incidents already reached. A curve above another is a faster plan at that
 * point of the distribution. Plans often coincide over much of the range (one more car changes
 * nothing where platforms answer first), so each plan has its own dash pattern as well as its
 * colour, and the first plan (the baseline) is drawn solid and underneath: a dashed curve on
 * top of it lets both show where they coincide. Vertical rules mark the response targets.
 */
import * as Plot from '@observablehq/plot';
import { quantile } from '../../stats/quantile.js';
import { ecdf } from '../data/ecdf.js';
import { escapeHtml } from '../format.js';
import { plotMarkup } from './plot-render.js';
import { estimateTextWidth } from './text-width.js';

/** Dash patterns by plan position: the first solid, then ever sparser dashes and dots. */
const DASHES = ['none', '7 4', '2 3', '10 3 2 3', '4 2', '1 5', '12 6', '6 2 1 2'] as const;

/** A plan's dash pattern (by its position in the run's plan list; repeats after eight). */
export function planDash(index: number): string {
  return DASHES[index % DASHES.length]!;
}

/** A vertical rule: a response target and its label. */
export interface TargetLine {
  readonly minutes: number;
  readonly label: string;
}

/** One plan's observations (minutes). */
export interface PlanSample {
  readonly plan: string;
  readonly values: readonly number[];
}

/** What the ECDF chart shows. */
export interface EcdfChartOptions {
  readonly samples: readonly PlanSample[];
  readonly plans: readonly string[];
  readonly colors: readonly string[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** What the legend calls a plan (default its name). */
  readonly planLabel?: (plan: string) => string;
  /** Response targets to mark (none by default). */
  readonly targets?: readonly TargetLine[];
  readonly width?: number;
}

/**
 * Where the x axis stops: the 99th percentile of all plans' values together, so that a few
 * very long waits do not squeeze the body of the distribution (never below the smallest value).
 */
export function ecdfAxisEnd(samples: readonly PlanSample[]): number {
  const pooled = samples.flatMap((s) => s.values).sort((a, b) => a - b);
  if (pooled.length === 0) return 1;
  const end = quantile(pooled, 0.99);
  return end > 0 ? end : Math.max(pooled.at(-1)!, 1);
}

/** The chart's markup: a legend of line samples and the SVG. */
export function ecdfChart(options: EcdfChartOptions): string {
  const targets = options.targets ?? [];
  const end = Math.max(ecdfAxisEnd(options.samples), ...targets.map((t) => t.minutes * 1.1));
  const lines = options.plans.map((plan, i) => {
    const values = options.samples.find((s) => s.plan === plan)?.values ?? [];
    const corners = ecdf(values);
    // Carry a finished curve on to the axis end, so every plan's line spans the chart.
    const last = corners.at(-1);
    const tail = last !== undefined && last.x < end ? [{ x: end, p: last.p }] : [];
    const points = [...corners, ...tail].map((c) => ({ x: c.x, percent: 100 * c.p }));
    return Plot.line(points, {
      x: 'x',
      y: 'percent',
      stroke: options.colors[i],
      strokeWidth: i === 0 ? 3.5 : 1.8,
      strokeDasharray: planDash(i),
      curve: 'step-after',
      clip: true,
    });
  });
  const width = options.width ?? 960;
  const rows = targetLabelRows(targets, end, width);
  const labels = (row: number) =>
    Plot.text(
      targets.filter((_, i) => rows[i] === row),
      {
        x: 'minutes',
        y: 100,
        text: 'label',
        dx: 3,
        dy: -6 - LABEL_ROW_HEIGHT * row,
        textAnchor: 'start',
        lineAnchor: 'bottom',
        fill: '#333',
      },
    );
  const svg = plotMarkup({
    width,
    height: 320,
    marginTop: targets.length > 0 ? 24 + LABEL_ROW_HEIGHT * Math.max(...rows, 0) + 10 : 20,
    style: { fontSize: '11px' },
    x: { label: options.xLabel, domain: [0, end], grid: true, labelArrow: 'none' },
    y: { label: options.yLabel, domain: [0, 100], grid: true, labelArrow: 'none' },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(targets, { x: 'minutes', stroke: '#333', strokeDasharray: '3 3' }),
      labels(0),
      labels(1),
      ...lines,
    ],
  });
  return lineLegend(options) + svg;
}

/** Pixels between two rows of target labels. */
const LABEL_ROW_HEIGHT = 13;
/** Left and right margins Plot gives the chart (approximately), to place labels in pixels. */
const PLOT_MARGINS = 60;

/**
 * The row (0 or 1) of each target's label above the chart: a label that would run into the
 * previous one on its row goes to the other row.
 */
export function targetLabelRows(
  targets: readonly TargetLine[],
  end: number,
  width: number,
): number[] {
  const pixels = (minutes: number) => (minutes / end) * (width - PLOT_MARGINS);
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  return targets.map((target) => {
    const start = pixels(target.minutes);
    const row = start > rowEnds[0]! ? 0 : start > rowEnds[1]! ? 1 : 0;
    rowEnds[row] = start + estimateTextWidth(target.label, 11) + 8;
    return row;
  });
}

/** The legend: a short sample of each plan's line (colour and dash) and its label. */
function lineLegend(options: EcdfChartOptions): string {
  const label = options.planLabel ?? ((plan: string) => plan);
  const items = options.plans.map((plan, i) => {
    const dash = planDash(i) === 'none' ? '' : ` stroke-dasharray="${planDash(i)}"`;
    const sample =
      `<svg width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">` +
      `<line x1="0" y1="5" x2="36" y2="5" stroke="${options.colors[i]}" stroke-width="2.5"${dash}/></svg>`;
    return `<li>${sample}${escapeHtml(label(plan))}</li>`;
  });
  return `<ul class="line-legend">${items.join('')}</ul>`;
}
