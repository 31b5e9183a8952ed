import { describe, expect, it } from 'vitest';
import { quantile } from '../../src/stats/quantile.js';

describe('quantile (Hyndman & Fan type 7)', () => {
  it('interpolates linearly at h = (n − 1)p between order statistics', () => {
    // By hand, x = 1 2 3 4: h = 3p.
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12); // h = 1.5
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12); // h = 2.7 → 3 + 0.7
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12); // h = 0.75
    // R: quantile(c(1, 2, 3, 4, 10), 0.9) = 7.6 (h = 3.6 → 4 + 0.6 × 6).
    expect(quantile([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
  });

  it('hits order statistics exactly when h is whole, including both ends', () => {
    expect(quantile([3, 5, 9], 0)).toBe(3);
    expect(quantile([3, 5, 9], 0.5)).toBe(5);
    expect(quantile([3, 5, 9], 1)).toBe(9);
  });

  it('returns the only value of a one-element sample and NaN for an empty one', () => {
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('rejects unsorted samples, NaN and p outside [0, 1]', () => {
    expect(() => quantile([2, 1], 0.5)).toThrow(/ascending/);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(/NaN/);
    expect(() => quantile([1, 2], 1.1)).toThrow(RangeError);
    expect(() => quantile([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
