/**
 * The break point of a share along a grid, on cases worked by hand: the mean's crossing by linear
 * interpolation, and the range where the required share lies inside the interpolated interval.
 */
import { describe, expect, it } from 'vitest';
import { findBreakPoint, type ShareAt } from '../../src/stats/break-point.js';

/** The share at `value`: mean ± halfWidth (only n, mean, low and high matter here). */
const at = (value: number, mean: number, halfWidth: number): ShareAt => ({
  value,
  share: { n: 10, mean, sd: 1, halfWidth, low: mean - halfWidth, high: mean + halfWidth },
});

describe('findBreakPoint', () => {
  it('interpolates the crossing of the mean and of both bounds between two grid values', () => {
    // Mean 90 → 70 over 10 → 20 crosses 80 at 15; the upper bound 95 → 75 at 17.5; the lower
    // bound 85 → 65 at 12.5.
    expect(findBreakPoint([at(10, 90, 5), at(20, 70, 5)], 80)).toEqual({
      status: 'crosses',
      direction: 'falls',
      estimate: 15,
      low: 12.5,
      high: 17.5,
      beyondGrid: null,
    });
  });

  it('sorts the grid and finds a rising share, the range spanning several segments', () => {
    // Mean 60, 70, 90 at 1, 2, 3 (given out of order); required 75: crossing at 2 + 5/20 = 2.25.
    // Lower bound 57, 67, 87 reaches 75 at 2 + 8/20 = 2.4; upper 63, 73, 93 at 2 + 2/20 = 2.1.
    const b = findBreakPoint([at(3, 90, 3), at(1, 60, 3), at(2, 70, 3)], 75);
    expect(b.status).toBe('crosses');
    expect(b.direction).toBe('rises');
    expect(b.estimate).toBeCloseTo(2.25, 12);
    expect(b.low).toBeCloseTo(2.1, 12);
    expect(b.high).toBeCloseTo(2.4, 12);
  });

  it('widens the range over every value the intervals do not rule out', () => {
    // Mean 82, 79, 81, 70 at 0, 1, 2, 3, each ±2; required 80. The mean crosses first at 2/3;
    // the intervals include 80 from 0 (82 − 2 = 80) to the upper bound's 83 → 72 crossing at
    // 2 + 3/11.
    const b = findBreakPoint([at(0, 82, 2), at(1, 79, 2), at(2, 81, 2), at(3, 70, 2)], 80);
    expect(b.estimate).toBeCloseTo(2 / 3, 12);
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(2 + 3 / 11, 12);
    expect(b.beyondGrid).toBe('below');
  });

  it('says when the mean stays on one side, with the values not ruled out near an edge', () => {
    const met = findBreakPoint([at(1, 95, 2), at(2, 90, 2), at(3, 81, 3)], 80);
    // Lower bound 88 → 78 between 2 and 3 reaches 80 at 2.8; the upper bound stays above.
    expect(met).toMatchObject({ status: 'met-throughout', direction: null, beyondGrid: 'above' });
    expect(met.estimate).toBeNaN();
    expect(met.low).toBeCloseTo(2.8, 12);
    expect(met.high).toBe(3);
    const clear = findBreakPoint([at(1, 60, 1), at(2, 50, 1)], 80);
    expect(clear).toMatchObject({ status: 'missed-throughout', beyondGrid: null });
    expect(clear.low).toBeNaN();
    expect(clear.high).toBeNaN();
  });

  it('needs two grid values with an interval', () => {
    const lone = at(2, 70, Number.NaN);
    expect(findBreakPoint([at(1, 90, 1), lone], 80).status).toBe('not-applicable');
    expect(findBreakPoint([], 80).status).toBe('not-applicable');
  });

  it('holds the estimate inside the range whenever the mean crosses', () => {
    // Invariant: low(x) ≤ mean(x) ≤ high(x) at every x, so the mean's crossing is not ruled out.
    let seed = 7;
    const uniform = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let trial = 0; trial < 200; trial += 1) {
      const grid = Array.from({ length: 5 }, (_, i) => at(i, 100 * uniform(), 10 * uniform()));
      const b = findBreakPoint(grid, 50);
      if (b.status !== 'crosses') continue;
      expect(b.low).toBeLessThanOrEqual(b.estimate);
      expect(b.estimate).toBeLessThanOrEqual(b.high);
    }
  });
});
