import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import {
  confidenceInterval,
  pairedDifference,
  relativeHalfWidth,
} from '../../src/stats/interval.js';
import { normalGenerator } from './fixtures.js';

/*
 * Student t quantiles from a printed table: Abramowitz & Stegun, Handbook of Mathematical
 * Functions, Table 26.10 (also NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2,
 * to 3 decimals): t_{0.975, 4} = 2.776445, t_{0.95, 4} = 2.131847, t_{0.975, 1} = 12.706205.
 */
const T_975_4 = 2.776445;
const T_95_4 = 2.131847;
const T_975_1 = 12.706205;

describe('confidenceInterval', () => {
  it('matches a hand computation for 1, 2, 3, 4, 5', () => {
    // mean 3; sd = √(10 / 4) = 1.5811388; half-width = t × sd / √5.
    const ci = confidenceInterval([1, 2, 3, 4, 5]);
    const halfWidth = (T_975_4 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(ci.n).toBe(5);
    expect(ci.mean).toBeCloseTo(3, 12);
    expect(ci.sd).toBeCloseTo(1.5811388, 6);
    expect(ci.halfWidth).toBeCloseTo(halfWidth, 5);
    expect(ci.low).toBeCloseTo(3 - halfWidth, 5);
    expect(ci.high).toBeCloseTo(3 + halfWidth, 5);
  });

  it('uses the requested level', () => {
    const ci = confidenceInterval([1, 2, 3, 4, 5], 0.9);
    expect(ci.halfWidth).toBeCloseTo((T_95_4 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
  });

  it('skips NaN values', () => {
    // 1 and 3: mean 2, sd √2, half-width = t_{0.975,1} × √2 / √2.
    const ci = confidenceInterval([1, Number.NaN, 3]);
    expect(ci.n).toBe(2);
    expect(ci.mean).toBeCloseTo(2, 12);
    expect(ci.halfWidth).toBeCloseTo(T_975_1, 5);
  });

  it('gives a mean without an interval for one value, and nothing for none', () => {
    const one = confidenceInterval([7, Number.NaN]);
    expect(one.n).toBe(1);
    expect(one.mean).toBe(7);
    expect(one.sd).toBeNaN();
    expect(one.halfWidth).toBeNaN();
    const none = confidenceInterval([Number.NaN]);
    expect(none.n).toBe(0);
    expect(none.mean).toBeNaN();
  });

  it('has zero width when every replication agrees', () => {
    expect(confidenceInterval([4, 4, 4]).halfWidth).toBe(0);
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => confidenceInterval([1, 2], 95)).toThrow(RangeError);
  });

  it('covers the true mean of a normal in about 95 % of samples of 5', () => {
    // 2000 samples of 5 from N(10, 2²). Coverage is exactly 0.95 for the t interval; the
    // number covering is binomial(2000, 0.95): sd ≈ 9.7, so ±40 is more than 4 sd. A z interval
    // (1.96 instead of 2.776) would cover only about 88 % and fail.
    const normal = normalGenerator(20241001);
    const samples = 2000;
    let covered = 0;
    for (let s = 0; s < samples; s++) {
      const values = Array.from({ length: 5 }, () => 10 + 2 * normal());
      const ci = confidenceInterval(values);
      if (ci.low <= 10 && 10 <= ci.high) covered += 1;
    }
    expect(Math.abs(covered - 0.95 * samples)).toBeLessThan(40);
  });
});

describe('pairedDifference', () => {
  it('is the confidence interval of the differences, pair by pair', () => {
    const plan = [5, 7, 9, 4];
    const baseline = [4, 5, 6, 4];
    // differences 1, 2, 3, 0
    expect(pairedDifference(plan, baseline)).toEqual(confidenceInterval([1, 2, 3, 0]));
  });

  it('skips pairs where either value is undefined', () => {
    const ci = pairedDifference([5, Number.NaN, 9, 1], [4, 5, Number.NaN, 0]);
    expect(ci.n).toBe(2);
    expect(ci.mean).toBeCloseTo(1, 12);
  });

  it('is narrower than the unpaired interval when the two are positively correlated', () => {
    // Common random numbers: both plans share a large common term per replication.
    const normal = normalGenerator(7);
    const n = 20;
    const common = Array.from({ length: n }, () => 5 * normal());
    const baseline = common.map((c) => 50 + c + 0.5 * normal());
    const plan = common.map((c) => 51 + c + 0.5 * normal());
    const paired = pairedDifference(plan, baseline);
    // Welch's unpaired interval for the difference of means.
    const a = confidenceInterval(plan);
    const b = confidenceInterval(baseline);
    const va = a.sd ** 2 / n;
    const vb = b.sd ** 2 / n;
    const df = (va + vb) ** 2 / (va ** 2 / (n - 1) + vb ** 2 / (n - 1));
    const unpaired = jStat.studentt.inv(0.975, df) * Math.sqrt(va + vb);
    expect(paired.halfWidth).toBeLessThan(unpaired / 3);
    expect(paired.low).toBeGreaterThan(0);
  });

  it('rejects samples of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(RangeError);
  });
});

describe('relativeHalfWidth', () => {
  it('is half-width over |mean|, 0 for no spread and NaN without an interval', () => {
    const ci = confidenceInterval([-1, -2, -3, -4, -5]);
    expect(relativeHalfWidth(ci)).toBeCloseTo(ci.halfWidth / 3, 12);
    expect(relativeHalfWidth(confidenceInterval([0, 0, 0]))).toBe(0);
    expect(relativeHalfWidth(confidenceInterval([-1, 1]))).toBe(Number.POSITIVE_INFINITY);
    expect(relativeHalfWidth(confidenceInterval([3]))).toBeNaN();
  });
});
