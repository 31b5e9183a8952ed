import { describe, expect, it } from 'vitest';
import {
  constantRateOccupancy,
  expectedOccupancy,
  integrateSurvival,
  type StayDistribution,
  stepRateOccupancy,
} from '../../src/analytic/occupancy.js';

/** Exponential stay with mean m: S(x) = e^{−x/m}. */
const exponential = (mean: number): StayDistribution => ({
  survival: (x) => Math.exp(-x / mean),
  mean,
});

/** Constant stay D: S(x) = 1 for x < D, else 0. */
const constant = (stay: number, breakpoints?: number[]): StayDistribution => ({
  survival: (x) => (x < stay ? 1 : 0),
  mean: stay,
  breakpoints,
});

describe('integrateSurvival', () => {
  it('integrates an exponential survival function to closed form', () => {
    const stay = exponential(45);
    expect(integrateSurvival(stay, 0, 45)).toBeCloseTo(45 * (1 - Math.exp(-1)), 10);
    expect(integrateSurvival(stay, 10, 100)).toBeCloseTo(
      45 * (Math.exp(-10 / 45) - Math.exp(-100 / 45)),
      10,
    );
  });

  it('uses the mean for an infinite upper limit', () => {
    expect(integrateSurvival(exponential(45), 30, Infinity)).toBeCloseTo(
      45 * Math.exp(-30 / 45),
      10,
    );
  });

  it('handles a kink without breakpoints: uniform stay on [0, 2c] gives t − t²/(4c)', () => {
    const c = 50;
    const uniform: StayDistribution = { survival: (x) => Math.max(0, 1 - x / (2 * c)) };
    expect(integrateSurvival(uniform, 0, 70)).toBeCloseTo(70 - 70 ** 2 / (4 * c), 9);
    expect(integrateSurvival(uniform, 0, 300)).toBeCloseTo(c, 9);
  });

  it('locates a jump without breakpoints, and exactly with them', () => {
    expect(integrateSurvival(constant(20), 0, 37)).toBeCloseTo(20, 9);
    expect(integrateSurvival(constant(20, [20]), 0, 37)).toBeCloseTo(20, 13);
  });

  it('recovers E[stay] of a Weibull(shape 2, scale s): s·√π/2', () => {
    const s = 40;
    const weibull: StayDistribution = { survival: (x) => Math.exp(-((x / s) ** 2)) };
    expect(integrateSurvival(weibull, 0, 20 * s)).toBeCloseTo((s * Math.sqrt(Math.PI)) / 2, 9);
  });

  it('fails loudly when S is not a probability (e.g. a mean passed by mistake)', () => {
    expect(() => integrateSurvival({ survival: () => 60 }, 0, 10)).toThrow(/\[0, 1\]/);
    expect(() => integrateSurvival({ survival: () => Number.NaN }, 0, 10)).toThrow(RangeError);
    expect(() => integrateSurvival(exponential(5), 10, 5)).toThrow(RangeError);
    expect(() => integrateSurvival({ survival: () => 1 }, 0, Infinity)).toThrow(/mean/);
  });
});

describe('constant rate from time 0', () => {
  it('gives λm(1 − e^{−t/m}) for an exponential stay', () => {
    const lambda = 3;
    const m = 40;
    for (const t of [0.5, 10, 40, 200, 1000]) {
      const exact = lambda * m * (1 - Math.exp(-t / m));
      expect(constantRateOccupancy(lambda, exponential(m), t)).toBeCloseTo(exact, 9);
      expect(
        expectedOccupancy([{ start: 0, end: Infinity, rate: lambda }], exponential(m), t),
      ).toBeCloseTo(exact, 9);
    }
    expect(constantRateOccupancy(lambda, exponential(m), Infinity)).toBeCloseTo(lambda * m, 12);
  });

  it('gives λ·min(t, D) for a constant stay D', () => {
    for (const t of [5, 19.5, 20, 33, 500]) {
      const exact = 2.5 * Math.min(t, 20);
      expect(constantRateOccupancy(2.5, constant(20, [20]), t)).toBeCloseTo(exact, 11);
      expect(constantRateOccupancy(2.5, constant(20), t)).toBeCloseTo(exact, 8);
    }
  });

  it('is 0 before anyone has arrived', () => {
    expect(constantRateOccupancy(3, exponential(10), 0)).toBe(0);
    expect(expectedOccupancy([{ start: 10, end: 20, rate: 3 }], exponential(10), 10)).toBe(0);
  });
});

describe('piecewise rates: a step up and a step down', () => {
  // λ = 1 on [0, 30), 4 on [30, 90), 0 after; exponential stay with mean 20.
  const pieces = [
    { start: 0, end: 30, rate: 1 },
    { start: 30, end: 90, rate: 4 },
  ];
  const m = 20;

  it('matches the solution of dO/dt = λ(t) − O/m for an exponential stay', () => {
    // Between changes O relaxes towards λ·m: O(t) = O(t0)·e^{−(t−t0)/m} + λm(1 − e^{−(t−t0)/m}).
    const relax = (start: number, rate: number, dt: number) =>
      start * Math.exp(-dt / m) + rate * m * (1 - Math.exp(-dt / m));
    const at30 = relax(0, 1, 30);
    const at90 = relax(at30, 4, 60);
    const cases: [number, number][] = [
      [12, relax(0, 1, 12)],
      [30, at30],
      [45, relax(at30, 4, 15)],
      [90, at90],
      [130, relax(at90, 0, 40)],
    ];
    for (const [t, exact] of cases) {
      expect(expectedOccupancy(pieces, exponential(m), t)).toBeCloseTo(exact, 9);
    }
  });

  it('counts the arrivals of the last D minutes for a constant stay D', () => {
    // Stay 20: O(t) = ∫_{t−20}^{t} λ(u) du.
    const stay = constant(20, [20]);
    const cases: [number, number][] = [
      [10, 10], // 1·10
      [25, 20], // 1·20
      [40, 1 * 10 + 4 * 10], // [20, 30) at 1, [30, 40) at 4
      [60, 80], // 4·20
      [100, 4 * 10 + 0], // [80, 90) at 4
      [115, 0],
    ];
    for (const [t, exact] of cases) {
      expect(expectedOccupancy(pieces, stay, t)).toBeCloseTo(exact, 11);
    }
  });

  it('adds overlapping pieces (superposed streams)', () => {
    const split = [
      { start: 0, end: 90, rate: 1 },
      { start: 30, end: 90, rate: 3 },
    ];
    for (const t of [20, 50, 120]) {
      expect(expectedOccupancy(split, exponential(m), t)).toBeCloseTo(
        expectedOccupancy(pieces, exponential(m), t),
        10,
      );
    }
  });

  it('rejects a piece that ends before it starts or has a negative rate', () => {
    expect(() => expectedOccupancy([{ start: 5, end: 5, rate: 1 }], exponential(m), 10)).toThrow(
      RangeError,
    );
    expect(() => expectedOccupancy([{ start: 0, end: 5, rate: -1 }], exponential(m), 10)).toThrow(
      RangeError,
    );
    expect(() => expectedOccupancy(pieces, exponential(m), Infinity)).toThrow(RangeError);
  });
});

describe('step from steady state', () => {
  const m = 30;

  it('relaxes exponentially from λ1·m towards λ2·m for an exponential stay', () => {
    for (const [before, after] of [
      [1, 3],
      [3, 0.5],
    ] as const) {
      const step = { before, after, at: 100 };
      expect(stepRateOccupancy(step, exponential(m), 50)).toBeCloseTo(before * m, 12);
      for (const dt of [1, 30, 90]) {
        // The ODE dO/dt = λ2 − O/m from O(at) = λ1·m.
        const exact = before * m * Math.exp(-dt / m) + after * m * (1 - Math.exp(-dt / m));
        expect(stepRateOccupancy(step, exponential(m), 100 + dt)).toBeCloseTo(exact, 9);
        const pieces = [
          { start: -Infinity, end: 100, rate: before },
          { start: 100, end: Infinity, rate: after },
        ];
        expect(expectedOccupancy(pieces, exponential(m), 100 + dt)).toBeCloseTo(exact, 9);
      }
    }
  });

  it('moves linearly for a constant stay D: λ1·D + (λ2 − λ1)·min(t − at, D)', () => {
    const stay = constant(15, [15]);
    const step = { before: 4, after: 1, at: 0 };
    expect(stepRateOccupancy(step, stay, 6)).toBeCloseTo(60 - 3 * 6, 11);
    expect(stepRateOccupancy(step, stay, 40)).toBeCloseTo(15, 11);
  });

  it('needs the stay mean', () => {
    const noMean = { survival: (x: number) => Math.exp(-x) };
    expect(() => stepRateOccupancy({ before: 1, after: 2, at: 0 }, noMean, 1)).toThrow(/mean/);
  });
});
