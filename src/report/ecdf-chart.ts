/**
 * Response-time distributions by plan as ECDF curves: for each number of minutes after the
 * alert, the share of incidents already reached. A curve above another is a faster plan at that
 * point of the distribution.
 */
import * as Plot from '@observablehq/plot';
import { quantile } from '../stats/quantile.js';
import { ecdf } from './ecdf.js';
import { plotMarkup } from './plot-render.js';

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

/** The chart's markup (a figure with the plans' legend and the SVG). */
export function ecdfChart(options: EcdfChartOptions): string {
  const end = ecdfAxisEnd(options.samples);
  const points = options.samples.flatMap(({ plan, values }) => {
    const corners = ecdf(values);
    // Carry a finished curve on to the axis end, so every plan's line spans the chart.
    const last = corners.at(-1);
    const tail = last !== undefined && last.x < end ? [{ x: end, p: last.p }] : [];
    return [...corners, ...tail].map((c) => ({ plan, x: c.x, percent: 100 * c.p }));
  });
  return plotMarkup({
    width: options.width ?? 960,
    height: 320,
    style: { fontSize: '11px' },
    x: { label: options.xLabel, domain: [0, end], grid: true, labelArrow: 'none' },
    y: { label: options.yLabel, domain: [0, 100], grid: true, labelArrow: 'none' },
    color: {
      domain: [...options.plans],
      range: [...options.colors],
      legend: true,
    },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, {
        x: 'x',
        y: 'percent',
        z: 'plan',
        stroke: 'plan',
        strokeWidth: 2,
        curve: 'step-after',
        clip: true,
      }),
    ],
  });
}
