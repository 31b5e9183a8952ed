/**
 * A tornado chart: for each input (a row, largest effect first), a bar from 0 to its effect when
 * moved down (upper half of the row) and one when moved up (lower half), each with its 95 %
 * interval as a thin line, and a rule at 0.
 */
import * as Plot from '@observablehq/plot';
import { plotMarkup } from './plot-render.js';
import { estimateTextWidth } from './text-width.js';

/** One input's two effects, as drawn. */
export interface TornadoRow {
  /** The row's label (the input's name). */
  readonly label: string;
  readonly down: { readonly effect: number; readonly low: number; readonly high: number };
  readonly up: { readonly effect: number; readonly low: number; readonly high: number };
}

/** What a tornado chart shows. */
export interface TornadoOptions {
  /** Rows from top to bottom. */
  readonly rows: readonly TornadoRow[];
  readonly xLabel: string;
  /** Legend words of the two directions (e.g. "−20 %", "+20 %"). */
  readonly downLabel: string;
  readonly upLabel: string;
}

/** Colours of moving an input down and up. */
const DOWN_COLOR = '#4e79a7';
const UP_COLOR = '#e15759';

/** The bars of one direction: a datum per row with a defined effect. */
function bars(rows: readonly TornadoRow[], side: 'down' | 'up', direction: string) {
  return rows
    .filter((row) => Number.isFinite(row[side].effect))
    .map((row) => ({ label: row.label, direction, ...row[side] }));
}

/** The chart's markup: a legend of the two directions and an SVG. */
export function tornadoChart(options: TornadoOptions): string {
  const down = bars(options.rows, 'down', options.downLabel);
  const up = bars(options.rows, 'up', options.upLabel);
  const labels = options.rows.map((row) => row.label);
  const half = 9;
  return plotMarkup({
    width: 760,
    height: 60 + 30 * Math.max(labels.length, 1),
    marginLeft: Math.max(...labels.map((l) => estimateTextWidth(l, 11)), 20) + 14,
    marginRight: 24,
    style: { fontSize: '11px' },
    x: { label: options.xLabel, grid: true, labelArrow: 'none' },
    y: { label: null, domain: labels, padding: 0.15 },
    color: {
      domain: [options.downLabel, options.upLabel],
      range: [DOWN_COLOR, UP_COLOR],
      legend: true,
    },
    marks: [
      Plot.barX(down, { y: 'label', x1: 0, x2: 'effect', fill: 'direction', insetBottom: half }),
      Plot.barX(up, { y: 'label', x1: 0, x2: 'effect', fill: 'direction', insetTop: half }),
      Plot.ruleY(down, { y: 'label', x1: 'low', x2: 'high', dy: -half / 2 - 1, stroke: '#222' }),
      Plot.ruleY(up, { y: 'label', x1: 'low', x2: 'high', dy: half / 2 + 1, stroke: '#222' }),
      Plot.ruleX([0], { stroke: '#222' }),
    ],
  });
}
