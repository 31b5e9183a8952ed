import { describe, expect, it } from 'vitest';
import {
  gammaUpperRegularized,
  logGamma,
  normalCdf,
  normalDensity,
  normalQuantile,
} from '../../src/rng/special.js';

describe('logGamma', () => {
  it('matches ln((n − 1)!) for whole numbers', () => {
    let logFactorial = 0; // ln((n − 1)!)
    for (let n = 1; n <= 120; n++) {
      expect(logGamma(n)).toBeCloseTo(logFactorial, 11);
      logFactorial += Math.log(n);
    }
  });

  it('matches Γ(1/2) = √π, Γ(3/2) = √π/2 and Γ(1/3) to 1e-13 relative', () => {
    expect(Math.exp(logGamma(0.5)) / Math.sqrt(Math.PI) - 1).toBeCloseTo(0, 13);
    expect(Math.exp(logGamma(1.5)) / (Math.sqrt(Math.PI) / 2) - 1).toBeCloseTo(0, 13);
    // Γ(1/3) = 2.678938534707747633… (Abramowitz & Stegun, table 6.1 gives 2.6789385347).
    expect(Math.exp(logGamma(1 / 3)) / 2.678938534707747 - 1).toBeCloseTo(0, 13);
  });

  it('satisfies Γ(x + 1) = x Γ(x) across the recurrence threshold', () => {
    for (const x of [0.01, 0.7, 3.3, 13.9, 14.5, 15.2, 40.1]) {
      expect(logGamma(x + 1) - logGamma(x) - Math.log(x)).toBeCloseTo(0, 12);
    }
  });
});

describe('standard normal', () => {
  it('matches tabulated values of Φ and φ', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 15);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalDensity(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
    expect(normalDensity(1)).toBeCloseTo(0.24197072451914337, 15);
  });

  it('inverts Φ', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 10);
    for (const z of [-6, -2.5, -0.3, 0, 0.8, 4]) {
      expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 7);
    }
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('gammaUpperRegularized', () => {
  it('matches the Erlang survival for whole shapes', () => {
    for (const shape of [1, 2, 3, 7]) {
      for (const x of [0.1, 1, 2.5, 6, 15]) {
        let term = 1;
        let sum = 1;
        for (let i = 1; i < shape; i++) {
          term *= x / i;
          sum += term;
        }
        expect(gammaUpperRegularized(shape, x)).toBeCloseTo(Math.exp(-x) * sum, 13);
      }
    }
  });

  it('matches Q(1/2, x) = erfc(√x) at tabulated points', () => {
    expect(gammaUpperRegularized(0.5, 1)).toBeCloseTo(0.15729920705028513, 12);
    expect(gammaUpperRegularized(0.5, 4)).toBeCloseTo(0.004677734981047266, 13);
    expect(gammaUpperRegularized(0.5, 0.25)).toBeCloseTo(0.4795001221869535, 12);
  });

  it('is 1 at and below 0', () => {
    expect(gammaUpperRegularized(0.3, 0)).toBe(1);
    expect(gammaUpperRegularized(2, -1)).toBe(1);
  });
});
