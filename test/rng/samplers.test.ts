import { describe, expect, it } from 'vitest';
import {
  compileSampler,
  distributionMean,
  distributionVariance,
  streamFor,
  survival,
} from '../../src/rng/index.js';
import type { Distribution } from '../../src/scenario/schema.js';
import { draws, ksCritical001, ksStatistic, sampleMoments } from './sample-statistics.js';

/** Draws `n` values of `dist` from a stream named after the distribution (fixed seed). */
function sampleOf(dist: Distribution, n: number): number[] {
  const sampler = compileSampler(dist);
  const stream = streamFor(2024, 0, `test/${JSON.stringify(dist)}`);
  return draws(n, () => sampler(stream));
}

const label = (dist: Distribution) => [JSON.stringify(dist), dist] as const;

describe('sample mean and variance match theory within 5 standard errors', () => {
  const N = 100_000;
  const cases: Distribution[] = [
    { dist: 'uniform', min: 2, max: 8 },
    { dist: 'exponential', mean: 4 },
    { dist: 'normal', mean: 10, sd: 4 },
    { dist: 'normal', mean: 1, sd: 3, min: 0.5, max: 6 },
    { dist: 'normal', mean: 0, sd: 1, min: 2.5 },
    { dist: 'lognormal', mean: 20, cv: 0.5 },
    { dist: 'lognormal', mean: 5, cv: 1 },
    { dist: 'gamma', mean: 30, cv: 0.3 },
    { dist: 'gamma', mean: 30, cv: 1 },
    { dist: 'gamma', mean: 30, cv: 2 },
    { dist: 'triangular', min: 1, mode: 2, max: 9 },
    { dist: 'weibull', shape: 0.8, scale: 12 },
    { dist: 'weibull', shape: 3.5, scale: 12 },
    { dist: 'empirical', values: [1, 2, 4, 9], weights: [4, 3, 2, 1] },
  ];

  it.each(cases.map(label))('%s', (_, dist) => {
    const xs = sampleOf(dist, N);
    const { mean, variance, fourthCentral } = sampleMoments(xs);
    const trueMean = distributionMean(dist);
    const trueVariance = distributionVariance(dist);
    // SE of the mean from the true variance; SE of the sample variance ≈ √((μ₄ − σ⁴)/n),
    // with μ₄ estimated from the sample.
    expect(Math.abs(mean - trueMean)).toBeLessThan(5 * Math.sqrt(trueVariance / N));
    const varianceSe = Math.sqrt(Math.max(fourthCentral - variance * variance, 0) / N);
    expect(Math.abs(variance - trueVariance)).toBeLessThan(5 * varianceSe);
  });
});

describe('samples follow the survival function (Kolmogorov–Smirnov, level 0.001)', () => {
  const N = 20_000;
  const cases: Distribution[] = [
    { dist: 'lognormal', mean: 20, cv: 0.5 },
    { dist: 'lognormal', mean: 5, cv: 2 },
    { dist: 'gamma', mean: 30, cv: 0.2 },
    { dist: 'gamma', mean: 30, cv: 0.9 },
    { dist: 'gamma', mean: 30, cv: 2.5 },
    { dist: 'normal', mean: 1, sd: 3, min: 0.5, max: 6 },
    { dist: 'normal', mean: 0, sd: 1, min: 4 },
    { dist: 'uniform', min: 2, max: 8 },
    { dist: 'exponential', mean: 4 },
    { dist: 'triangular', min: 1, mode: 2, max: 9 },
    { dist: 'weibull', shape: 0.6, scale: 12 },
  ];

  it.each(cases.map(label))('%s', (_, dist) => {
    const d = ksStatistic(sampleOf(dist, N), (x) => 1 - survival(dist, x));
    expect(d).toBeLessThan(ksCritical001(N));
  });

  it('catches a wrong sampler (the test has power)', () => {
    // A gamma with the right mean but the wrong cv must fail the same check.
    const xs = sampleOf({ dist: 'gamma', mean: 30, cv: 0.95 }, N);
    const d = ksStatistic(xs, (x) => 1 - survival({ dist: 'gamma', mean: 30, cv: 0.9 }, x));
    expect(d).toBeGreaterThan(ksCritical001(N));
  });
});

describe('sampler details', () => {
  it('keeps truncated normals inside [min, max] and defaults min to 0', () => {
    const bounded = sampleOf({ dist: 'normal', mean: 1, sd: 3, min: 0.5, max: 6 }, 20_000);
    expect(Math.min(...bounded)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...bounded)).toBeLessThanOrEqual(6);
    const defaulted = sampleOf({ dist: 'normal', mean: 0.5, sd: 2 }, 20_000);
    expect(Math.min(...defaulted)).toBeGreaterThanOrEqual(0);
  });

  it('draws empirical values with their weights and never a zero-weight value', () => {
    const n = 40_000;
    const weights = [0, 5, 0, 3, 2, 0];
    const values = [10, 20, 30, 40, 50, 60];
    const xs = sampleOf({ dist: 'empirical', values, weights }, n);
    values.forEach((value, i) => {
      const p = weights[i]! / 10;
      const share = xs.filter((x) => x === value).length / n;
      if (p === 0) expect(share).toBe(0);
      else expect(Math.abs(share - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    });
  });

  it('returns a constant without consuming a draw', () => {
    const stream = streamFor(1, 0, 'constant');
    const twin = streamFor(1, 0, 'constant');
    expect(compileSampler({ dist: 'constant', value: 3 })(stream)).toBe(3);
    expect(stream.uniform()).toBe(twin.uniform());
  });

  it('gives the same draws for the same stream key', () => {
    const dist: Distribution = { dist: 'gamma', mean: 12, cv: 1.4 };
    expect(sampleOf(dist, 100)).toEqual(sampleOf(dist, 100));
  });
});
