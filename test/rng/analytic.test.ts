import { describe, expect, it } from 'vitest';
import {
  compileSampler,
  distributionMean,
  distributionVariance,
  prepareDistribution,
  survival,
} from '../../src/rng/index.js';
import type { Distribution } from '../../src/scenario/schema.js';

/** φ(1) and P(−1 < Z < 1), from tables. */
const PHI_1 = 0.24197072451914337;
const MASS_WITHIN_1 = 0.6826894921370859;

describe('distributionMean and distributionVariance', () => {
  const cases: [string, Distribution, number, number][] = [
    ['constant', { dist: 'constant', value: 4 }, 4, 0],
    ['uniform', { dist: 'uniform', min: 2, max: 8 }, 5, 3],
    ['exponential', { dist: 'exponential', mean: 4 }, 4, 16],
    // Half-normal: mean σ√(2/π), variance σ²(1 − 2/π).
    [
      'half-normal',
      { dist: 'normal', mean: 0, sd: 3 },
      3 * Math.sqrt(2 / Math.PI),
      9 * (1 - 2 / Math.PI),
    ],
    // Symmetric truncation at ±1 sd: mean unchanged, variance σ²(1 − 2φ(1)/P(|Z|<1)).
    [
      'normal within one sd',
      { dist: 'normal', mean: 10, sd: 2, min: 8, max: 12 },
      10,
      4 * (1 - (2 * PHI_1) / MASS_WITHIN_1),
    ],
    ['lognormal', { dist: 'lognormal', mean: 20, cv: 0.5 }, 20, 100],
    ['gamma', { dist: 'gamma', mean: 30, cv: 2 }, 30, 3600],
    ['triangular', { dist: 'triangular', min: 0, mode: 0, max: 1 }, 1 / 3, 1 / 18],
    ['triangular', { dist: 'triangular', min: 2, mode: 5, max: 11 }, 6, 3.5],
    ['weibull shape 1 (exponential)', { dist: 'weibull', shape: 1, scale: 7 }, 7, 49],
    [
      'weibull shape 2 (Rayleigh)',
      { dist: 'weibull', shape: 2, scale: 3 },
      (3 * Math.sqrt(Math.PI)) / 2,
      9 * (1 - Math.PI / 4),
    ],
    [
      'empirical',
      { dist: 'empirical', values: [1, 2, 4], weights: [1, 1, 2] },
      2.75,
      9.25 - 2.75 ** 2,
    ],
    ['empirical, equal weights', { dist: 'empirical', values: [3, 5] }, 4, 1],
  ];

  it.each(cases)('%s', (_name, dist, mean, variance) => {
    expect(distributionMean(dist)).toBeCloseTo(mean, 10);
    expect(distributionVariance(dist)).toBeCloseTo(variance, 10);
  });
});

describe('survival', () => {
  it('is e^(−x/m) for the exponential and for the gamma with cv 1', () => {
    for (const x of [0, 0.5, 3, 10, 40]) {
      expect(survival({ dist: 'exponential', mean: 4 }, x)).toBeCloseTo(Math.exp(-x / 4), 14);
      expect(survival({ dist: 'gamma', mean: 4, cv: 1 }, x)).toBeCloseTo(Math.exp(-x / 4), 13);
    }
    expect(survival({ dist: 'exponential', mean: 4 }, -1)).toBe(1);
  });

  it('is e^(−x/θ)(1 + x/θ) for the gamma with shape 2', () => {
    // cv = 1/√2 gives shape 2; mean 10 gives scale θ = 5.
    const dist: Distribution = { dist: 'gamma', mean: 10, cv: Math.SQRT1_2 };
    for (const x of [0.2, 4, 10, 33]) {
      expect(survival(dist, x)).toBeCloseTo(Math.exp(-x / 5) * (1 + x / 5), 13);
    }
  });

  it('puts half the lognormal above its median exp(μ), μ = ln m − ln(1 + cv²)/2', () => {
    const median = Math.exp(Math.log(20) - Math.log(1 + 0.25) / 2);
    expect(survival({ dist: 'lognormal', mean: 20, cv: 0.5 }, median)).toBeCloseTo(0.5, 14);
    // One σ above the median: P(Z > 1).
    const above = median * Math.exp(Math.sqrt(Math.log(1.25)));
    expect(survival({ dist: 'lognormal', mean: 20, cv: 0.5 }, above)).toBeCloseTo(
      1 - 0.8413447460685429,
      13,
    );
  });

  it('is 2(1 − Φ(x/σ)) for the half-normal and 0/1 outside a truncation', () => {
    expect(survival({ dist: 'normal', mean: 0, sd: 2 }, 2)).toBeCloseTo(
      2 * (1 - 0.8413447460685429),
      13,
    );
    const truncated: Distribution = { dist: 'normal', mean: 10, sd: 2, min: 8, max: 12 };
    expect(survival(truncated, 7.9)).toBe(1);
    expect(survival(truncated, 10)).toBeCloseTo(0.5, 13);
    expect(survival(truncated, 12)).toBe(0);
  });

  it('is e^(−(x/λ)^k) for the Weibull', () => {
    expect(survival({ dist: 'weibull', shape: 2, scale: 3 }, 3)).toBeCloseTo(Math.exp(-1), 14);
    expect(survival({ dist: 'weibull', shape: 0.5, scale: 4 }, 16)).toBeCloseTo(Math.exp(-2), 14);
  });

  it('follows the uniform, triangular, constant and empirical shapes', () => {
    const uniform: Distribution = { dist: 'uniform', min: 2, max: 6 };
    expect([1, 2, 3, 6, 7].map((x) => survival(uniform, x))).toEqual([1, 1, 0.75, 0, 0]);
    const triangle: Distribution = { dist: 'triangular', min: 0, mode: 2, max: 4 };
    expect([0, 1, 2, 3, 4].map((x) => survival(triangle, x))).toEqual([1, 0.875, 0.5, 0.125, 0]);
    const constant: Distribution = { dist: 'constant', value: 5 };
    expect([4.9, 5, 5.1].map((x) => survival(constant, x))).toEqual([1, 0, 0]);
    const empirical: Distribution = { dist: 'empirical', values: [1, 2, 4], weights: [1, 1, 2] };
    expect([0, 1, 3, 4].map((x) => survival(empirical, x))).toEqual([1, 0.75, 0.5, 0]);
  });
});

/**
 * ∫₀^∞ g(x) dx by Simpson's rule in t = ln x (smooth for these integrands), from x = 1e-9 to
 * where the survival function has fallen below 1e-18.
 */
function integrateOnLogScale(g: (x: number) => number, survivalAt: (x: number) => number) {
  let upper = 1;
  while (survivalAt(upper) > 1e-18) upper *= 2;
  const lo = Math.log(1e-9);
  const hi = Math.log(upper);
  const steps = 40_000;
  const h = (hi - lo) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const x = Math.exp(lo + i * h);
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * g(x) * x;
  }
  return (sum * h) / 3;
}

describe('moments agree with the survival function', () => {
  // E[X] = ∫ S(x) dx and E[X²] = ∫ 2x S(x) dx for X ≥ 0: an independent check of each
  // continuous distribution's mean and variance formulas against its survival function.
  const continuous: Distribution[] = [
    { dist: 'uniform', min: 2, max: 8 },
    { dist: 'exponential', mean: 4 },
    { dist: 'normal', mean: 10, sd: 4 },
    { dist: 'normal', mean: 1, sd: 3, min: 0.5, max: 6 },
    { dist: 'lognormal', mean: 20, cv: 0.5 },
    { dist: 'lognormal', mean: 5, cv: 1.5 },
    { dist: 'gamma', mean: 30, cv: 0.3 },
    { dist: 'gamma', mean: 30, cv: 1.6 },
    { dist: 'triangular', min: 1, mode: 2, max: 9 },
    { dist: 'weibull', shape: 0.7, scale: 12 },
    { dist: 'weibull', shape: 3.5, scale: 12 },
  ];

  it.each(continuous.map((dist) => [JSON.stringify(dist), dist] as const))('%s', (_, dist) => {
    const prepared = prepareDistribution(dist);
    const s = (x: number) => prepared.survival(x);
    const mean = integrateOnLogScale(s, s);
    const secondMoment = integrateOnLogScale((x) => 2 * x * s(x), s);
    expect(prepared.mean() / mean - 1).toBeCloseTo(0, 6);
    expect(prepared.variance() / (secondMoment - mean * mean) - 1).toBeCloseTo(0, 5);
  });
});

describe('parameter checks', () => {
  const bad: [string, Distribution, RegExp][] = [
    ['uniform min > max', { dist: 'uniform', min: 5, max: 3 }, /min \(5\).*max \(3\)/],
    ['triangular mode < min', { dist: 'triangular', min: 2, mode: 1, max: 3 }, /min.*mode/],
    ['triangular mode > max', { dist: 'triangular', min: 0, mode: 4, max: 3 }, /mode.*max/],
    [
      'normal max below default min',
      { dist: 'normal', mean: 5, sd: 1, max: -1 },
      /min \(0, the default\)/,
    ],
    ['normal sd 0 outside', { dist: 'normal', mean: -2, sd: 0 }, /sd 0/],
    ['normal negligible mass', { dist: 'normal', mean: 0, sd: 1, min: 7 }, /holds only/],
    ['exponential mean 0', { dist: 'exponential', mean: 0 }, /mean/],
    ['lognormal cv < 0', { dist: 'lognormal', mean: 3, cv: -1 }, /cv/],
    ['gamma mean NaN', { dist: 'gamma', mean: Number.NaN, cv: 1 }, /mean/],
    ['weibull shape 0', { dist: 'weibull', shape: 0, scale: 1 }, /shape/],
    ['constant negative', { dist: 'constant', value: -1 }, /value/],
    [
      'empirical weights count',
      { dist: 'empirical', values: [1, 2], weights: [1] },
      /1 weights for 2 values/,
    ],
    [
      'empirical zero weights',
      { dist: 'empirical', values: [1, 2], weights: [0, 0] },
      /greater than 0/,
    ],
    [
      'empirical negative weight',
      { dist: 'empirical', values: [1, 2], weights: [1, -1] },
      /weights\[1\]/,
    ],
  ];

  it.each(bad)('rejects %s', (_name, dist, message) => {
    expect(() => compileSampler(dist)).toThrow(message);
    expect(() => distributionMean(dist)).toThrow(message);
    expect(() => survival(dist, 1)).toThrow(message);
  });
});
