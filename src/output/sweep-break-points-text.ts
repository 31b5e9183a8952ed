/**
 * The console table of a sweep's break points: for each varied path, line of the grid, plan and
 * service standard, where the share crosses the required share and the interval of values its
 * intervals do not rule out (docs/sweep.md, "Break points").
 */
import type { SweepBreakPoint } from '../experiment/sweep-break-points.js';
import type { Translate } from '../i18n/messages.js';
import type { BreakPoint } from '../stats/break-point.js';
import { ENGLISH_WORDING } from './console-wording.js';
import { type DisplayNames, ID_NAMES } from './display-names.js';
import { formatNumber } from './number-format.js';
import { asciiTable } from './table-format.js';

/** What the table needs of the grid: each axis's path and values. */
export interface BreakPointAxis {
  readonly path: string;
  readonly values: readonly string[];
}

/**
 * The table as text, or null when there is no break point to show (no numeric varied path or no
 * standard). `t` gives the words (default English); paths and numbers stay as written.
 *
 * @example formatBreakPointsTable(axes, sweepBreakPoints(axes, points), names)
 */
export function formatBreakPointsTable(
  axes: readonly BreakPointAxis[],
  breakPoints: readonly SweepBreakPoint[],
  names: DisplayNames = ID_NAMES,
  t: Translate = ENGLISH_WORDING.t,
): string | null {
  if (breakPoints.length === 0) return null;
  const several = axes.length > 1;
  const table = asciiTable(
    [
      ...(several ? [t('sweep.breaks.head.along'), ...axes.map((axis) => axis.path)] : []),
      t('sweep.breaks.head.plan'),
      t('sweep.console.standard'),
      t('sweep.console.required'),
      t('sweep.breaks.head.break'),
      t('sweep.breaks.head.range'),
    ],
    true,
  );
  for (const b of breakPoints) {
    const axis = axes[b.along]!;
    const decimals = valueDecimals(axis.values);
    table.push([
      ...(several ? [axis.path, ...b.fixed.map((value) => value ?? '*')] : []),
      names.plan(b.plan),
      names.standard(b),
      formatNumber(b.required, 0),
      breakText(b, decimals, t),
      rangeText(b, axis.values, decimals, t),
    ]);
  }
  return `${t('sweep.console.breaksTitle')}\n${table.toString()}`;
}

/** One more decimal than the grid's values carry, so the interpolated value shows between them. */
export function valueDecimals(values: readonly string[]): number {
  return Math.max(...values.map((v) => (v.includes('.') ? v.length - v.indexOf('.') - 1 : 0))) + 1;
}

function breakText(b: BreakPoint, decimals: number, t: Translate): string {
  switch (b.status) {
    case 'crosses': {
      const value = formatNumber(b.estimate, decimals);
      return t(b.direction === 'falls' ? 'sweep.break.falls' : 'sweep.console.rises', { value });
    }
    case 'met-throughout':
      return t('sweep.break.met-throughout');
    case 'missed-throughout':
      return t('sweep.break.missed-throughout');
    case 'not-applicable':
      return '-';
  }
}

/** `[low, high]`, an end at the grid's edge written `<=first` or `>=last`; `none` when empty. */
function rangeText(
  b: BreakPoint,
  values: readonly string[],
  decimals: number,
  t: Translate,
): string {
  if (b.status === 'not-applicable') return '-';
  if (Number.isNaN(b.low)) return t('sweep.console.noRange');
  const [first, last] = gridEnds(values);
  const below = b.beyondGrid === 'below' || b.beyondGrid === 'both';
  const above = b.beyondGrid === 'above' || b.beyondGrid === 'both';
  const low = below ? `<=${first}` : formatNumber(b.low, decimals);
  const high = above ? `>=${last}` : formatNumber(b.high, decimals);
  return `[${low}, ${high}]`;
}

/** The smallest and the largest of a numeric path's values, as written in `--vary`. */
export function gridEnds(values: readonly string[]): readonly [string, string] {
  const sorted = values.toSorted((a, b) => Number(a) - Number(b));
  return [sorted[0]!, sorted.at(-1)!];
}
