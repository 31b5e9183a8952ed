import { describe, expect, it } from 'vitest';
import { ecdf } from '../../../src/report/data/ecdf.js';

describe('ecdf', () => {
  it('gives the staircase corners of a small sample, starting at (min, 0)', () => {
    expect(ecdf([3, 1, 2])).toEqual([
      { x: 1, p: 0 },
      { x: 1, p: 1 / 3 },
      { x: 2, p: 2 / 3 },
      { x: 3, p: 1 },
    ]);
  });

  it('reaches the share of values at or below x at a tie', () => {
    const points = ecdf([5, 5, 5, 9]);
    // The last corner at x = 5 says three of four values are ≤ 5.
    expect(points.filter((p) => p.x === 5).at(-1)?.p).toBe(0.75);
  });

  it('skips NaN and is empty without values', () => {
    expect(ecdf([Number.NaN, 2])).toEqual([
      { x: 2, p: 0 },
      { x: 2, p: 1 },
    ]);
    expect(ecdf([])).toEqual([]);
  });

  it('keeps at most maxPoints corners of a large sample, exact at each kept rank', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => i / 10);
    const points = ecdf(values, 101);
    expect(points).toHaveLength(102);
    expect(points[0]).toEqual({ x: 0, p: 0 });
    expect(points.at(-1)).toEqual({ x: 1000, p: 1 });
    // Ranks 0, 100, 200, …: value i/10 at rank i, share (i + 1)/n.
    expect(points[51]).toEqual({ x: 500, p: 5001 / 10_001 });
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.x).toBeGreaterThanOrEqual(points[i - 1]!.x);
      expect(points[i]!.p).toBeGreaterThan(points[i - 1]!.p);
    }
  });
});
