/**
 * The minute-valued parameters of each distribution are its scale: multiplying them by f must
 * multiply every time it gives by f, so P(fX > f·x) = P(X > x) and E[fX] = f·E[X] (a scale
 * family), while leaving its shape alone.
 */
import { describe, expect, it } from 'vitest';
import { distributionMean, survival } from '../../src/rng/distribution.js';
import { timeParameters } from '../../src/scenario/time-parameters.js';
import type { Distribution } from '../../src/scenario/types.js';

const EXAMPLES: Distribution[] = [
  { dist: 'constant', value: 4 },
  { dist: 'uniform', min: 2, max: 9 },
  { dist: 'exponential', mean: 7 },
  { dist: 'normal', mean: 10, sd: 3 },
  { dist: 'normal', mean: 10, sd: 3, min: 2, max: 15 },
  { dist: 'lognormal', mean: 15, cv: 0.8 },
  { dist: 'gamma', mean: 12, cv: 0.5 },
  { dist: 'triangular', min: 1, mode: 3, max: 8 },
  { dist: 'weibull', shape: 1.5, scale: 20 },
  { dist: 'empirical', values: [2, 5, 9], weights: [1, 2, 1] },
];

/** The distribution with its time parameters multiplied by `factor` (lists item by item). */
function scaled(dist: Distribution, factor: number): Distribution {
  const copy: Record<string, unknown> = { ...dist };
  for (const key of timeParameters(dist)) {
    const value = copy[key];
    copy[key] = Array.isArray(value)
      ? value.map((v: number) => v * factor)
      : (value as number) * factor;
  }
  return copy as unknown as Distribution;
}

describe('timeParameters', () => {
  it.each(EXAMPLES.map((d) => [d.dist, d] as const))('scales %s as a whole', (_, dist) => {
    for (const factor of [0.8, 1.25]) {
      const moved = scaled(dist, factor);
      expect(distributionMean(moved)).toBeCloseTo(factor * distributionMean(dist), 9);
      for (const x of [0.5, 3, 6, 11, 25]) {
        expect(survival(moved, factor * x), `${dist.dist} at ${x}`).toBeCloseTo(
          survival(dist, x),
          9,
        );
      }
    }
  });

  it('names only parameters the distribution holds', () => {
    expect(timeParameters({ dist: 'normal', mean: 10, sd: 3 })).toEqual(['mean', 'sd']);
    expect(timeParameters({ dist: 'lognormal', mean: 15, cv: 0.8 })).toEqual(['mean']);
  });
});
