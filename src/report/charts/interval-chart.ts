/**
 * A chart of one measure per plan: the mean over replications as a dot and its confidence
 * interval as a bar, one row per plan, with the rounded mean written beside it.
 */
import * as Plot from '@observablehq/plot';
import type { Interval } from '../../stats/interval.js';
import { formatNumber } from '../format.js';
import { plotMarkup } from './plot-render.js';
import { estimateTextWidth } from './text-width.js';

/** One plan's estimate. */
export interface PlanEstimate {
  readonly plan: string;
  readonly ci: Interval;
}

/** What an interval chart shows and how. */
export interface IntervalChartOptions {
  /** Estimates, drawn in `plans` order; a plan with an undefined mean is left out. */
  readonly estimates: readonly PlanEstimate[];
  readonly plans: readonly string[];
  /** A colour per plan, in `plans` order. */
  readonly colors: readonly string[];
  readonly xLabel: string;
  /** What the axis calls a plan (default its name). */
  readonly planLabel?: (plan: string) => string;
  readonly decimals: number;
  /** Limits the axis may not pass (e.g. 0 and 100 for a share). */
  readonly bounds?: readonly [number, number];
  /** Shared axis range, so that several charts of one figure compare at a glance. */
  readonly domain?: readonly [number, number];
  readonly width?: number;
}

/** The axis range that holds every dot and bar, with a little room, within `bounds`. */
export function intervalDomain(
  estimates: readonly PlanEstimate[],
  bounds: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): [number, number] {
  const ends = estimates.flatMap(({ ci }) => [ci.mean, ci.low, ci.high]).filter(Number.isFinite);
  if (ends.length === 0) return [Math.max(bounds[0], 0), Math.min(bounds[1], 1)];
  let low = Math.min(...ends);
  let high = Math.max(...ends);
  const room = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
  low = Math.max(bounds[0], low - room);
  high = Math.min(bounds[1], high + room);
  return [low, high];
}

/** The chart's SVG markup. */
export function intervalChart(options: IntervalChartOptions): string {
  const shown = options.estimates.filter((e) => Number.isFinite(e.ci.mean));
  const plans = options.plans.filter((plan) => shown.some((e) => e.plan === plan));
  const label = options.planLabel ?? ((plan: string) => plan);
  const withBars = shown.filter((e) => Number.isFinite(e.ci.halfWidth));
  const domain = options.domain ?? intervalDomain(shown, options.bounds);
  // The label sits right of the bar, or at the axis end when the bar runs past it.
  const right = (e: PlanEstimate) =>
    Math.min(Number.isFinite(e.ci.high) ? e.ci.high : e.ci.mean, domain[1]);
  return plotMarkup({
    width: options.width ?? 800,
    height: 46 + 26 * Math.max(plans.length, 1),
    marginLeft: Math.max(...plans.map((p) => estimateTextWidth(label(p), 11)), 20) + 14,
    marginRight: 64,
    style: { fontSize: '11px' },
    x: { label: options.xLabel, domain: [...domain], grid: true, labelArrow: 'none' },
    y: { label: null, domain: plans, tickFormat: label },
    color: { domain: [...options.plans], range: [...options.colors] },
    marks: [
      Plot.ruleY(withBars, {
        y: 'plan',
        x1: (e: PlanEstimate) => e.ci.low,
        x2: (e: PlanEstimate) => e.ci.high,
        stroke: 'plan',
        strokeWidth: 3,
        strokeOpacity: 0.75,
        // An interval can pass a share's 0–100 % bounds; cut it at the axis.
        clip: true,
      }),
      Plot.dot(shown, {
        y: 'plan',
        x: (e: PlanEstimate) => e.ci.mean,
        fill: 'plan',
        stroke: 'white',
        r: 5,
      }),
      Plot.text(shown, {
        y: 'plan',
        x: right,
        text: (e: PlanEstimate) => formatNumber(e.ci.mean, options.decimals),
        dx: 8,
        textAnchor: 'start',
      }),
    ],
  });
}
