import { describe, expect, it } from 'vitest';
import { buildCrowdModel, entryProfile } from '../../src/model/crowd.js';
import { buildNetwork } from '../../src/model/network.js';
import {
  dayVisitors,
  expectedOccupancy,
  type Occupancy,
  occupancyRecords,
  sampleDemandMultipliers,
} from '../../src/model/occupancy.js';
import { stayKernel } from '../../src/model/stay.js';
import { streamFor } from '../../src/rng/index.js';
import type { Distribution } from '../../src/scenario/schema.js';
import type { Crowd } from '../../src/scenario/types.js';

const DAY = 1440;
const network = buildNetwork(['gate', 'lot'], [{ between: ['gate', 'lot'], walk: 5 }]);
const LOT = network.indexOf('lot');

/** The expected occupancy of the lot for one crowd entry, over `days` days. */
function occupancyOf(
  stay: Distribution,
  visitors: number[],
  profile: Crowd['arrivalProfile'],
  lagMinutes = 0,
): Occupancy {
  const crowd: Crowd = {
    visitorsPerDay: visitors,
    demandCv: 0,
    arrivalProfile: profile,
    sites: [{ site: 'lot', share: 0.5, lagMinutes, stay }],
  };
  const gridLength = (visitors.length + 1) * DAY + 1;
  const model = buildCrowdModel(crowd, network, gridLength);
  return expectedOccupancy(model, network.size, visitors, gridLength);
}

const allDay = [{ from: '00:00', to: '24:00', weight: 1 }];

describe('M_t/G/∞ occupancy, constant arrival rate', () => {
  // 2,880 visitors a day, half of them at the lot, evenly all day: λ = 1 a minute.
  const lambda = 1;

  it('matches λ·m·(1 − e^{−t/m}) for exponential stays, then decays after the last entry', () => {
    const m = 45;
    const occupancy = occupancyOf({ dist: 'exponential', mean: m }, [2880], allDay);
    for (const t of [0, 1, 10, 45, 100, 300, 1000, 1440]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(lambda * m * (1 - Math.exp(-t / m)), 6);
    }
    const atClose = lambda * m * (1 - Math.exp(-DAY / m));
    for (const t of [1460, 1500, 1600]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(atClose * Math.exp(-(t - DAY) / m), 6);
    }
  });

  it('is close to the analytic value between grid instants (linear interpolation)', () => {
    const m = 45;
    const occupancy = occupancyOf({ dist: 'exponential', mean: m }, [2880], allDay);
    for (const t of [0.5, 12.25, 99.9]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(lambda * m * (1 - Math.exp(-t / m)), 2);
    }
  });

  it('matches λ·min(t, D) for a deterministic stay D', () => {
    const occupancy = occupancyOf({ dist: 'constant', value: 90 }, [2880], allDay);
    for (const t of [0, 1, 30.5, 89, 90, 91, 500, 1440]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(lambda * Math.min(t, 90), 9);
    }
    // After entries stop at 24:00, the last 90 minutes' visitors leave one a minute.
    expect(occupancy.at(LOT, DAY + 30)).toBeCloseTo(60, 9);
    expect(occupancy.at(LOT, DAY + 90)).toBeCloseTo(0, 9);
  });

  it('shifts by a fractional lag (exact at grid instants)', () => {
    const occupancy = occupancyOf({ dist: 'constant', value: 60 }, [2880], allDay, 30.5);
    for (const t of [0, 30, 31, 60, 90, 91, 400]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(lambda * Math.min(Math.max(0, t - 30.5), 60), 9);
    }
  });

  it('adds the tail of one day to the next day, each with its own visitors', () => {
    // Day 1: λ = 1; day 2: λ = 3. Half an hour into day 2, the last 30 minutes of day 1's
    // visitors are still there (stay 60) with day 2's first 30 minutes.
    const occupancy = occupancyOf({ dist: 'constant', value: 60 }, [2880, 8640], allDay);
    expect(occupancy.at(LOT, DAY + 30)).toBeCloseTo(1 * 30 + 3 * 30, 9);
    expect(occupancy.at(LOT, DAY + 200)).toBeCloseTo(3 * 60, 9);
  });
});

describe('M_t/G/∞ occupancy, step arrival rate', () => {
  it('matches the piecewise exponential solution', () => {
    // A quarter of the day's entries from 08:00 to 12:00, three quarters from 12:00 to 16:00.
    const profile = [
      { from: '08:00', to: '12:00', weight: 1 },
      { from: '12:00', to: '16:00', weight: 3 },
    ];
    const visitors = 9600;
    const lambda1 = (0.5 * visitors * 0.25) / 240; // 5 a minute at the lot
    const lambda2 = (0.5 * visitors * 0.75) / 240; // 15 a minute
    const m = 60;
    const occupancy = occupancyOf({ dist: 'exponential', mean: m }, [visitors], profile);
    const decay = (x: number) => Math.exp(-x / m);
    const at720 = lambda1 * m * (1 - decay(240));
    const at960 = at720 * decay(240) + lambda2 * m * (1 - decay(240));
    const expected = (t: number): number => {
      if (t <= 480) return 0;
      if (t <= 720) return lambda1 * m * (1 - decay(t - 480));
      if (t <= 960) return at720 * decay(t - 720) + lambda2 * m * (1 - decay(t - 720));
      return at960 * decay(t - 960);
    };
    for (const t of [0, 480, 500, 600, 720, 721, 800, 960, 1000, 1300]) {
      expect(occupancy.at(LOT, t)).toBeCloseTo(expected(t), 5);
    }
  });

  it('reads profile weights as shares of the day spread over each piece', () => {
    const profile = entryProfile([
      { from: '08:00', to: '10:00', weight: 1 },
      { from: '10:00', to: '11:00', weight: 1 },
    ]);
    expect(profile[8 * 60]).toBeCloseTo(0.5 / 120, 15);
    expect(profile[10 * 60]).toBeCloseTo(0.5 / 60, 15);
    expect(profile[11 * 60]).toBe(0);
    expect(profile.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('stay kernel', () => {
  it('integrates the survival function minute by minute', () => {
    expect(Array.from(stayKernel({ dist: 'constant', value: 2.5 }, 100))).toEqual([1, 1, 0.5]);
    const empirical = stayKernel({ dist: 'empirical', values: [1, 3], weights: [3, 1] }, 100);
    expect(Array.from(empirical)).toEqual([1, 0.25, 0.25]);
    const uniform = stayKernel({ dist: 'uniform', min: 0, max: 2 }, 100);
    expect(uniform[0]).toBeCloseTo(0.75, 12); // ∫_0^1 (1 − x/2) dx
    expect(uniform[1]).toBeCloseTo(0.25, 12);
  });

  it('adds up to the mean stay', () => {
    const cases: [Distribution, number][] = [
      [{ dist: 'gamma', mean: 40, cv: 0.7 }, 40],
      [{ dist: 'lognormal', mean: 30, cv: 1.2 }, 30],
      [{ dist: 'weibull', shape: 1.5, scale: 20 }, 20 * 0.9027452929509336], // 20·Γ(5/3)
    ];
    for (const [stay, expected] of cases) {
      const kernel = stayKernel(stay, 100_000);
      const mean = kernel.reduce((a, b) => a + b, 0);
      expect(mean / expected).toBeCloseTo(1, 6);
    }
  });
});

describe('day-level demand', () => {
  const crowd = { sites: [], visitorsPerDay: [10_000, 20_000], demandCv: 0.3 };

  it('keeps the scenario numbers when demandCv is 0', () => {
    const stream = streamFor(1, 0, 'demand');
    expect(
      dayVisitors(
        { ...crowd, demandCv: 0 },
        sampleDemandMultipliers({ ...crowd, demandCv: 0 }, stream),
      ),
    ).toEqual([10_000, 20_000]);
  });

  it('multiplies each day by a factor of mean 1 and the given cv', () => {
    const factors: number[] = [];
    for (let r = 0; r < 4000; r++) {
      const [first] = dayVisitors(crowd, sampleDemandMultipliers(crowd, streamFor(1, r, 'demand')));
      factors.push(first! / 10_000);
    }
    const mean = factors.reduce((a, b) => a + b, 0) / factors.length;
    const sd = Math.sqrt(factors.reduce((s, x) => s + (x - mean) ** 2, 0) / (factors.length - 1));
    const se = 0.3 / Math.sqrt(factors.length);
    expect(Math.abs(mean - 1)).toBeLessThan(4 * se);
    expect(sd).toBeGreaterThan(0.27);
    expect(sd).toBeLessThan(0.33);
  });
});

describe('occupancy records', () => {
  it('give the mean over each interval up to the horizon, for used sites only', () => {
    const occupancy = occupancyOf({ dist: 'constant', value: 60 }, [2880], allDay);
    const records = occupancyRecords(occupancy, network.siteIds, 45, 150);
    expect(records.map((r) => r.site)).toEqual(['lot', 'lot', 'lot', 'lot']);
    expect(records.map((r) => r.start)).toEqual([0, 45, 90, 135]);
    // λ = 1: occupancy t up to 60, then 60. Means: 22.5; (15·52.5 + 30·60)/45 = 57.5; 60; 60.
    const means = records.map((r) => r.occupancy);
    expect(means[0]).toBeCloseTo(22.5, 9);
    expect(means[1]).toBeCloseTo(57.5, 9);
    expect(means[2]).toBeCloseTo(60, 9);
    expect(means[3]).toBeCloseTo(60, 9);
  });
});
