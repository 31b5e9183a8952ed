import { describe, expect, it } from 'vitest';
import { constantRateOccupancy } from '../../src/analytic/occupancy.js';
import {
  averageBySimpson,
  closedFormStay,
  StayNotSupportedError,
  siteEntryPieces,
  siteOccupancyReference,
} from '../../src/validation/occupancy-reference.js';
import { validationScenario } from './scenario-variants.js';

describe('closedFormStay', () => {
  it('gives hand-computed survival values and means', () => {
    const uniform = closedFormStay({ dist: 'uniform', min: 20, max: 100 });
    expect([uniform.survival(10), uniform.survival(60), uniform.survival(100)]).toEqual([
      1, 0.5, 0,
    ]);
    expect(uniform.mean).toBe(60);
    // Triangular 0–10–40: P(X ≤ 10) = 10² / (40 × 10) = 0.25, so S(10) = 0.75 from both sides.
    const triangle = closedFormStay({ dist: 'triangular', min: 0, mode: 10, max: 40 });
    expect(triangle.survival(10)).toBeCloseTo(0.75, 12);
    expect(triangle.survival(10 - 1e-9)).toBeCloseTo(0.75, 6);
    expect(triangle.survival(25)).toBeCloseTo(15 ** 2 / (40 * 30), 12);
    expect(triangle.mean).toBeCloseTo(50 / 3, 12);
    // Weibull shape 2: mean = scale·Γ(1.5) = scale·√π/2.
    const weibull = closedFormStay({ dist: 'weibull', shape: 2, scale: 60 });
    expect(weibull.mean).toBeCloseTo((60 * Math.sqrt(Math.PI)) / 2, 8);
    expect(weibull.survival(60)).toBeCloseTo(Math.exp(-1), 12);
    const empirical = closedFormStay({
      dist: 'empirical',
      values: [10, 20, 30],
      weights: [1, 2, 1],
    });
    expect(empirical.survival(15)).toBe(0.75);
    expect(empirical.mean).toBe(20);
    expect(closedFormStay({ dist: 'constant', value: 100 }).survival(99.9)).toBe(1);
  });

  it('refuses stays without a closed-form survival function', () => {
    expect(() => closedFormStay({ dist: 'lognormal', mean: 20, cv: 0.5 })).toThrow(
      StayNotSupportedError,
    );
  });
});

describe('siteOccupancyReference', () => {
  it('matches a hand computation for the constant scenario’s viewpoint (uniform 20–100 stay)', () => {
    // 28,800 visitors a day, half of them to the viewpoint: 10 a minute from 00:00, no lag.
    // O(t) = 10 × ∫₀ᵗ S: 200 at t = 20; at t = 60, 10 × (20 + ∫₂₀⁶⁰ (100 − x)/80 dx) = 500;
    // 10 × E[stay] = 600 from t = 100 on.
    const view = siteOccupancyReference(validationScenario('occupancy-constant.yaml'), 'view');
    expect(view.at(20)).toBeCloseTo(200, 6);
    expect(view.at(60)).toBeCloseTo(500, 6);
    expect(view.at(1440 + 600)).toBeCloseTo(600, 6);
  });

  it('follows the lag and matches the analytic constant-rate result for the lot', () => {
    const scenario = validationScenario('occupancy-constant.yaml');
    const lot = siteOccupancyReference(scenario, 'lot');
    const stay = { survival: (x: number) => Math.exp(-((x / 50) ** 1.5)) };
    expect(lot.at(30)).toBe(0);
    for (const t of [45, 90, 300]) {
      expect(lot.at(t)).toBeCloseTo(constantRateOccupancy(20, stay, t - 30), 5);
    }
  });

  it('turns the stepped profile into hand-computed entry rates, shifted by the lag', () => {
    const scenario = validationScenario('occupancy-step.yaml');
    const lift = scenario.crowd.sites.find((entry) => entry.site === 'lift')!;
    const pieces = siteEntryPieces(scenario, lift);
    expect(pieces).toHaveLength(8);
    expect(pieces.slice(0, 4)).toEqual([
      { start: 15, end: 495, rate: 5 },
      { start: 495, end: 735, rate: 40 },
      { start: 735, end: 1095, rate: 20 },
      { start: 1095, end: 1455, rate: 5 },
    ]);
    expect(pieces[4]!.start).toBe(1440 + 15);
    // The lot (share 0.6, uniform 10–50 stay) fills to 0.6 × 40 × 30 = 720 within the peak.
    expect(siteOccupancyReference(scenario, 'lot').at(540)).toBeCloseTo(720, 6);
  });
});

describe('averageBySimpson', () => {
  it('is exact for a cubic', () => {
    expect(averageBySimpson((t) => t ** 3, 0, 2)).toBeCloseTo(2, 12);
  });
});
