/**
 * The break point of a service standard along a varied value: where the share of covered
 * incidents that meet it crosses the required share, and the values where the data cannot tell
 * the share from the required share (docs/sweep.md, "Break points").
 *
 * Between grid values the share's mean and its interval bounds are interpolated linearly. The
 * estimate is where the interpolated mean first crosses the required share; the interval is the
 * smallest range holding every value x at which the required share lies inside the interpolated
 * interval [low(x), high(x)] (the values the share's intervals do not rule out).
 */
import type { Interval } from './interval.js';

/** The share (percent) of a standard at one value of the varied parameter. */
export interface ShareAt {
  /** The varied parameter's value. */
  readonly value: number;
  /** The share's interval over replications, percent. */
  readonly share: Interval;
}

/**
 * How the share stands against the required share along the grid:
 * - `crosses`: its mean is on one side at some grid values and on the other at others;
 * - `met-throughout`: its mean is at least the required share at every grid value;
 * - `missed-throughout`: its mean is below the required share at every grid value;
 * - `not-applicable`: fewer than two grid values give the share an interval.
 */
export type BreakStatus = 'crosses' | 'met-throughout' | 'missed-throughout' | 'not-applicable';

/** Which way the mean crosses as the value grows: `falls` below or `rises` to the required share. */
export type BreakDirection = 'falls' | 'rises';

/** Where the interval may reach past the grid (its end is the grid's first or last value). */
export type BeyondGrid = 'below' | 'above' | 'both' | null;

/** A standard's break point along one varied value. */
export interface BreakPoint {
  readonly status: BreakStatus;
  /** Direction of the first crossing; null unless `crosses`. */
  readonly direction: BreakDirection | null;
  /** Value where the interpolated mean first crosses the required share; NaN unless `crosses`. */
  readonly estimate: number;
  /** Smallest value the intervals do not rule out; NaN when they rule out every value. */
  readonly low: number;
  /** Largest value the intervals do not rule out; NaN when they rule out every value. */
  readonly high: number;
  /**
   * `below` when the required share lies inside the interval at the grid's first value (the
   * break point may lie below the grid), `above` likewise at the last, `both`, or null.
   */
  readonly beyondGrid: BeyondGrid;
}

/**
 * The break point of a share along a grid.
 *
 * @param points the share at each grid value, in any order (values must be distinct); points
 *   without a finite mean and finite interval bounds are left out
 * @param required the required share, percent
 * @example
 * ```ts
 * // 90 % at 10, 70 % at 20, each ±5 points; required 80 %: crosses at 15, interval [12.5, 17.5]
 * findBreakPoint([at(10, 90, 5), at(20, 70, 5)], 80);
 * ```
 */
export function findBreakPoint(points: readonly ShareAt[], required: number): BreakPoint {
  const grid = points
    .filter(({ share }) => [share.mean, share.low, share.high].every(Number.isFinite))
    .toSorted((a, b) => a.value - b.value);
  if (grid.length < 2) return noBreak('not-applicable', Number.NaN, Number.NaN, null);
  const range = undecidedRange(grid, required);
  const beyond = beyondGrid(grid, required);
  const crossing = firstCrossing(grid, required);
  if (crossing === null) {
    const status = grid[0]!.share.mean >= required ? 'met-throughout' : 'missed-throughout';
    return noBreak(status, range.low, range.high, beyond);
  }
  return { status: 'crosses', ...crossing, ...range, beyondGrid: beyond };
}

function noBreak(status: BreakStatus, low: number, high: number, beyond: BeyondGrid): BreakPoint {
  return { status, direction: null, estimate: Number.NaN, low, high, beyondGrid: beyond };
}

/** Where the linearly interpolated mean first passes from one side of `required` to the other. */
function firstCrossing(
  grid: readonly ShareAt[],
  required: number,
): { readonly estimate: number; readonly direction: BreakDirection } | null {
  for (let i = 0; i + 1 < grid.length; i += 1) {
    const a = grid[i]!;
    const b = grid[i + 1]!;
    const metA = a.share.mean >= required;
    if (metA === b.share.mean >= required) continue;
    const t = (required - a.share.mean) / (b.share.mean - a.share.mean);
    return { estimate: a.value + t * (b.value - a.value), direction: metA ? 'falls' : 'rises' };
  }
  return null;
}

/** The hull of {x : low(x) ≤ required ≤ high(x)}, both bounds interpolated linearly. */
function undecidedRange(
  grid: readonly ShareAt[],
  required: number,
): { readonly low: number; readonly high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < grid.length; i += 1) {
    const a = grid[i]!;
    const b = grid[i + 1]!;
    const lowBelow = fractionWhere(a.share.low, b.share.low, (v) => v <= required, required);
    const highAbove = fractionWhere(a.share.high, b.share.high, (v) => v >= required, required);
    if (lowBelow === null || highAbove === null) continue;
    const from = Math.max(lowBelow[0], highAbove[0]);
    const to = Math.min(lowBelow[1], highAbove[1]);
    if (from > to) continue;
    const width = b.value - a.value;
    low = Math.min(low, a.value + from * width);
    high = Math.max(high, a.value + to * width);
  }
  return Number.isFinite(low) ? { low, high } : { low: Number.NaN, high: Number.NaN };
}

/**
 * The part [t0, t1] of [0, 1] where f(t) = from + t·(to − from) satisfies `holds`, a side of
 * `level` (a linear function is on one side of a level over one sub-interval); null when none.
 */
function fractionWhere(
  from: number,
  to: number,
  holds: (value: number) => boolean,
  level: number,
): readonly [number, number] | null {
  const atStart = holds(from);
  const atEnd = holds(to);
  if (atStart && atEnd) return [0, 1];
  if (!atStart && !atEnd) return null;
  const t = (level - from) / (to - from);
  return atStart ? [0, t] : [t, 1];
}

function beyondGrid(grid: readonly ShareAt[], required: number): BeyondGrid {
  const inside = ({ share }: ShareAt) => share.low <= required && required <= share.high;
  const below = inside(grid[0]!);
  const above = inside(grid.at(-1)!);
  if (below && above) return 'both';
  return below ? 'below' : above ? 'above' : null;
}
