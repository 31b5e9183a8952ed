/**
 * The drawings of a sweep's report (Observable Plot, rendered without a browser): a measure or
 * standard against the varied value, a line per plan with its interval band, the required share
 * as a rule and the break points marked; and for two varied values a heat map of a standard's
 * share over the grid with each cell's verdict.
 */
import * as Plot from '@observablehq/plot';
import type { SweepBreakPoint } from '../../experiment/sweep-break-points.js';
import type { StandardStatus } from '../../stats/standards-judgement.js';
import type { SweepHeatCell, SweepLinePoint } from '../data/sweep-chart-data.js';
import { formatNumber } from '../format.js';
import { legendMarkup, plotMarkup } from './plot-render.js';

/** What a line chart shows and how. */
export interface SweepLineChartOptions {
  readonly rows: readonly SweepLinePoint[];
  readonly plans: readonly string[];
  /** A colour per plan, in `plans` order. */
  readonly colors: readonly string[];
  readonly planLabel: (plan: string) => string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The varied path's values in grid order, for an axis of words (non-numeric values). */
  readonly xValues: readonly string[];
  readonly numeric: boolean;
  /** The required share of a standard: a dashed rule. */
  readonly required?: number;
  /** The standard's break points along this path: a mark at each, its range on the rule. */
  readonly breaks?: readonly SweepBreakPoint[];
  /** Limits of the y axis (0–100 for a share). */
  readonly yDomain?: readonly [number, number];
}

/** The chart's markup: a legend of plans and an SVG. */
export function sweepLineChart(options: SweepLineChartOptions): string {
  const { rows, required } = options;
  const breaks = options.breaks ?? [];
  const crossing = breaks.filter((b) => b.status === 'crosses');
  const ranged = breaks.filter((b) => Number.isFinite(b.low));
  return plotMarkup({
    width: 760,
    height: 300,
    marginLeft: 56,
    marginRight: 24,
    style: { fontSize: '11px' },
    x: options.numeric
      ? { label: options.xLabel, grid: true, labelArrow: 'none' }
      : { label: options.xLabel, type: 'point', domain: [...options.xValues], labelArrow: 'none' },
    y: {
      label: options.yLabel,
      grid: true,
      labelArrow: 'none',
      ...(options.yDomain ? { domain: [...options.yDomain], clamp: true } : {}),
    },
    color: {
      domain: [...options.plans],
      range: [...options.colors],
      legend: true,
      tickFormat: options.planLabel,
    },
    marks: [
      Plot.areaY(rows, {
        x: 'x',
        y1: 'low',
        y2: 'high',
        z: 'plan',
        fill: 'plan',
        fillOpacity: 0.15,
        clip: true,
      }),
      ...(required === undefined
        ? []
        : [Plot.ruleY([required], { stroke: '#333', strokeDasharray: '6,4' })]),
      Plot.line(rows, { x: 'x', y: 'mean', z: 'plan', stroke: 'plan', strokeWidth: 2 }),
      Plot.dot(rows, { x: 'x', y: 'mean', fill: 'plan', stroke: 'white', r: 3.5 }),
      Plot.ruleY(ranged, {
        y: (b: SweepBreakPoint) => b.required,
        x1: 'low',
        x2: 'high',
        stroke: 'plan',
        strokeWidth: 6,
        strokeOpacity: 0.45,
      }),
      Plot.ruleX(crossing, {
        x: 'estimate',
        stroke: 'plan',
        strokeWidth: 1.5,
        strokeDasharray: '2,3',
      }),
    ],
  });
}

/** The mark of a cell's verdict. */
export const STATUS_MARKS: Readonly<Record<StandardStatus, string>> = {
  met: '✓',
  'not-met': '✗',
  undecided: '?',
  'not-applicable': '',
};

/** What a heat map shows. */
export interface SweepHeatMapOptions {
  readonly cells: readonly SweepHeatCell[];
  /** The first varied path's values (rows) and the second's (columns), in grid order. */
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly required: number;
}

/**
 * The heat maps' colours: classes of 10 points below the required share in reds, two classes at
 * or above it in greens. Classes rather than a continuous ramp: a continuous legend would need a
 * canvas, which a document rendered without a browser lacks.
 */
export function shareColor(required: number) {
  const top = required + (100 - required) / 2;
  const thresholds = [required - 30, required - 20, required - 10, required, top];
  return {
    type: 'threshold' as const,
    scheme: 'RdYlGn' as const,
    domain: thresholds.filter((v, i) => i === 0 || v > thresholds[i - 1]!),
  };
}

/** The legend of the heat maps of a standard. */
export function sweepHeatLegend(required: number, label: string): string {
  return legendMarkup({ color: { ...shareColor(required), label }, width: 420 });
}

/** A heat map's SVG: the share and verdict written in each cell. */
export function sweepHeatMap(options: SweepHeatMapOptions): string {
  const cellText = (c: SweepHeatCell) => `${formatNumber(c.mean, 0)} ${STATUS_MARKS[c.status]}`;
  return plotMarkup({
    width: Math.min(760, 120 + 70 * options.columns.length),
    height: 70 + 30 * options.rows.length,
    marginLeft: 80,
    style: { fontSize: '11px' },
    x: { label: options.columnLabel, domain: [...options.columns], axis: 'top' },
    y: { label: options.rowLabel, domain: [...options.rows] },
    color: shareColor(options.required),
    marks: [
      Plot.cell(options.cells, { x: 'column', y: 'row', fill: 'mean', inset: 0.5 }),
      Plot.text(options.cells, { x: 'column', y: 'row', text: cellText, fill: 'black' }),
    ],
  });
}
