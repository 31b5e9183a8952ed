import { describe, expect, it } from 'vitest';
import { crowdFactor } from '../../src/model/rates.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { allDayCars, baseScenario, constant, plan } from './scenario-builder.js';

/*
 * 2,000 visitors enter between 08:00 and 12:00 (8⅓ a minute), all go to the lot and stay exactly
 * 120 minutes, so the lot holds 8⅓ × (the overlap of [t − 120, t] with [480, 720]) visitors:
 * rising to 1,000 at 10:00, flat until 12:00, falling to 0 at 14:00. The lot's capacity is 500.
 */
const ENTRY_RATE = 2000 / 240;
const CAPACITY = 500;

function occupancy(t: number): number {
  const overlap = Math.min(t, 720) - Math.max(480, t - 120);
  return ENTRY_RATE * Math.max(0, overlap);
}

function scenarioWith(crowding: { threshold: number; exponent: number } | undefined) {
  return baseScenario({
    seed: 7,
    sites: [
      { id: 'station', name: 'Station', kind: 'station' },
      { id: 'lot', name: 'Lot', kind: 'parking', capacity: CAPACITY },
    ],
    crowd: {
      visitorsPerDay: [2000],
      demandCv: 0,
      arrivalProfile: [{ from: '08:00', to: '12:00', weight: 1 }],
      sites: [{ site: 'lot', share: 1, stay: constant(120) }],
    },
    incidentTypes: [
      {
        id: 'theft',
        name: 'Theft',
        rate: 5,
        siteKinds: { parking: 2 },
        crowding,
        priority: 2,
        handlers: ['officer'],
        officers: 1,
        onScene: constant(1),
        targetMinutes: 10,
      },
    ],
    plans: [
      plan({
        name: 'base',
        officers: allDayCars('station', { cars: 8, crew: 1 }),
      }),
    ],
  });
}

/** ∫ λ over each hour of the day, by the midpoint rule on a fine grid. */
function expectedPerHour(rate: (t: number) => number): number[] {
  const step = 0.01;
  return Array.from({ length: 24 }, (_, h) => {
    let sum = 0;
    for (let t = h * 60 + step / 2; t < (h + 1) * 60; t += step) sum += rate(t) * step;
    return sum;
  });
}

function observedPerHour(scenario: ReturnType<typeof scenarioWith>, replications: number) {
  const model = prepareScenarioModel(scenario);
  const counts = new Array<number>(24).fill(0);
  for (let r = 0; r < replications; r++) {
    for (const incident of simulateReplication(model, 'base', r).incidents) {
      counts[Math.floor(incident.occurred / 60)]! += 1;
    }
  }
  return counts;
}

/** Each hour's count is within 4 Poisson standard errors of its expectation. */
function expectCountsMatch(observed: number[], expected: number[]) {
  observed.forEach((count, hour) => {
    const mean = expected[hour]!;
    expect(
      Math.abs(count - mean),
      `hour ${hour}: ${count} vs ${mean.toFixed(1)}`,
    ).toBeLessThanOrEqual(4 * Math.sqrt(mean) + 1e-9);
  });
  const total = expected.reduce((a, b) => a + b, 0);
  const seen = observed.reduce((a, b) => a + b, 0);
  expect(Math.abs(seen - total)).toBeLessThan(4 * Math.sqrt(total));
}

describe('incident arrivals (non-homogeneous Poisson by thinning)', () => {
  const replications = 150;

  it('match the integrated rate per hour: rate/1000 per visitor-hour × site-kind multiplier', () => {
    const perMinute = (t: number) => (5 * 2 * occupancy(t)) / 1000 / 60;
    const expected = expectedPerHour(perMinute).map((x) => x * replications);
    expectCountsMatch(observedPerHour(scenarioWith(undefined), replications), expected);
  });

  it('match the integrated rate with a crowding effect above the threshold', () => {
    const crowding = { threshold: 1.2, exponent: 2 };
    const perMinute = (t: number) => {
      const load = occupancy(t) / CAPACITY;
      const factor =
        load > crowding.threshold ? (load / crowding.threshold) ** crowding.exponent : 1;
      return ((5 * 2 * occupancy(t)) / 1000 / 60) * factor;
    };
    const expected = expectedPerHour(perMinute).map((x) => x * replications);
    // The effect matters: at 10:00–12:00 the load is 2, so the rate is (2/1.2)² ≈ 2.8 times higher.
    expect(
      expected[10]! / expectedPerHour((t) => (10 * occupancy(t)) / 60000)[10]! / replications,
    ).toBeCloseTo((2 / 1.2) ** 2, 6);
    expectCountsMatch(observedPerHour(scenarioWith(crowding), replications), expected);
  });

  it('compute the crowding factor as (load/threshold)^exponent above the threshold only', () => {
    expect(crowdFactor(0.9, 1, 2)).toBe(1);
    expect(crowdFactor(1, 1, 2)).toBe(1);
    expect(crowdFactor(1.5, 1, 2)).toBeCloseTo(2.25, 12);
    expect(crowdFactor(2, 0.8, 1)).toBeCloseTo(2.5, 12);
  });

  it('produce no incidents at a site visitors do not use, nor after the horizon', () => {
    const result = simulateReplication(scenarioWith(undefined), 'base', 0);
    expect(result.incidents.every((i) => i.site === 'lot')).toBe(true);
    expect(result.incidents.every((i) => i.occurred < 1440)).toBe(true);
  });
});
