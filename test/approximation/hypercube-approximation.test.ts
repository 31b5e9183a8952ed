import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang.js';
import {
  busiestHour,
  hourOfRun,
  hourRates,
  nominalOccupancy,
} from '../../src/approximation/busiest-hour.js';
import { carFirstShares } from '../../src/approximation/first-responders.js';
import { simulatedHourWorkload } from '../../src/approximation/hour-workload.js';
import {
  hypercubeApproximation,
  WHY_THEY_DIFFER,
} from '../../src/approximation/hypercube-approximation.js';
import { simulateRuns } from '../../src/check/run-check.js';
import { formatAnalyticSection } from '../../src/cli/analytic-section.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import { formatHypercubeApproximation } from '../../src/output/approximation-text.js';
import { loadScenario } from '../../src/scenario/load.js';
import { hypercubeReference } from '../../src/validation/hypercube-reference.js';
import { incidentReference } from '../../src/validation/incident-reference.js';
import { editedScenario, validationScenario } from '../validation/scenario-variants.js';

describe('busiestHour', () => {
  it('agrees with the independent M_t/G/∞ reference on expected incidents by hour and on the busiest', () => {
    const scenario = validationScenario('occupancy-step.yaml');
    const model = prepareScenarioModel(scenario);
    const occupancy = nominalOccupancy(model);
    const reference = incidentReference(scenario);
    const byHour = Array.from({ length: 48 }, (_, h) => reference.expectedCount(hourOfRun(h)));
    for (const h of [3, 8, 9, 11, 12, 19, 33, 40]) {
      const modelled = hourRates(model, occupancy, hourOfRun(h)).reduce(
        (s, r) => s + r.incidents,
        0,
      );
      expect(modelled / byHour[h]!).toBeCloseTo(1, 3);
    }
    const busiest = busiestHour(model, occupancy);
    const best = Math.max(...byHour);
    expect(busiest.incidents / best).toBeCloseTo(1, 3);
    expect(byHour[busiest.hour.index]! / best).toBeCloseTo(1, 3);
  });
});

describe('carFirstShares', () => {
  const demand = { site: 0, perMinute: 1 / 60, drive: 5, busyMinutes: 30, pools: [0] };

  it('solves the busy-pool fixed point of hand-worked cases', () => {
    // One staff member always nearer, λS = 0.5: ρ = 0.5(1 − ρ), so ρ = 1/3, and the car goes
    // when the staff member is busy: 1/3.
    const one = carFirstShares([demand], [{ units: 1, nearerThanCar: () => 1 }]);
    expect(one[0]!).toBeCloseTo(1 / 3, 9);
    // Two staff: the car goes when both are busy, ρ²; ρ = 0.25(1 − ρ²), so ρ = 2(√1.25 − 1).
    const rho = 2 * (Math.sqrt(1.25) - 1);
    const two = carFirstShares([demand], [{ units: 2, nearerThanCar: () => 1 }]);
    expect(two[0]!).toBeCloseTo(rho * rho, 9);
  });

  it('leaves everything to the car when no other unit is nearer or none may go', () => {
    expect(carFirstShares([demand], [{ units: 3, nearerThanCar: () => 0 }])).toEqual([1]);
    expect(carFirstShares([{ ...demand, pools: [] }], [])).toEqual([1]);
  });
});

describe('hypercubeApproximation', () => {
  it('reduces to Erlang C when every car waits at the station (the Erlang C scenario)', () => {
    const approximation = hypercubeApproximation(
      validationScenario('erlang-c.yaml'),
      'three-cars',
      30,
    );
    // 0.06 incidents a minute once the crowd has settled; service 30 minutes + 0.001 each way.
    expect(approximation.callsPerHour).toBeCloseTo(3.6, 9);
    expect(approximation.serviceMinutes).toBeCloseTo(30.002, 9);
    expect(approximation.units.map((u) => u.id)).toEqual(['car-1-1', 'car-1-2', 'car-1-3']);
    expect(approximation.identicalPreferences).toBe(true);
    const result = approximation.result!;
    expect(result.probabilityAllBusy).toBeCloseTo(erlangC(3, 0.06 * 30.002), 9);
    // Ordered hunting: the first car is busiest, and together they carry the offered load.
    expect(result.workloads[0]!).toBeGreaterThan(result.workloads[1]!);
    expect(result.workloads[1]!).toBeGreaterThan(result.workloads[2]!);
    expect(result.workloads.reduce((a, b) => a + b, 0)).toBeCloseTo(0.06 * 30.002, 9);
  });

  it('takes the units on duty in the hour: under platform-first, platform staff by day', () => {
    // test/fixtures/minimal.yaml, plan base: two cars 07–19 and one 19–07, two staff at the lot
    // 07–19, platform-first.
    const scenario = loadScenario('test/fixtures/minimal.yaml');
    const night = hypercubeApproximation(scenario, 'base', 2);
    expect(night.units.map((u) => u.id)).toEqual(['car-2-1']);
    expect(night.calls.every((c) => c.kind === 'officer')).toBe(true);
    const day = hypercubeApproximation(scenario, 'base', 10);
    expect(day.units.map((u) => u.id)).toEqual([
      'car-1-1',
      'car-1-2',
      'platform-lot-1',
      'platform-lot-2',
    ]);
    expect(day.calls.some((c) => c.kind === 'platform')).toBe(true);
    expect(day.identicalPreferences).toBe(false);
    const result = day.result!;
    expect(result.workloads.reduce((a, b) => a + b, 0)).toBeCloseTo(day.offeredLoad, 9);
    // Under `nearest` the same hour has only the cars.
    expect(hypercubeApproximation(scenario, 'no-platform', 10).units).toHaveLength(2);
  });

  it('takes platform staff as units under nearest, which dispatches them', () => {
    // Four posts of one staff member, no cars, dispatch nearest: the approximation is the
    // validation scenario's exact hypercube (travel is negligible beside the 30-minute work).
    const scenario = validationScenario('hypercube.yaml');
    const approximation = hypercubeApproximation(scenario, 'four-posts', 30);
    const reference = hypercubeReference(scenario, 'four-posts');
    expect(approximation.units.map((u) => u.id)).toEqual(reference.units.map((u) => u.id));
    const result = approximation.result!;
    for (const [n, w] of result.workloads.entries()) {
      expect(w).toBeCloseTo(reference.result.workloads[n]!, 2);
    }
    expect(result.probabilityAllBusy).toBeCloseTo(reference.result.probabilityAllBusy, 2);
  });

  it('says why it cannot be solved when no unit is on duty, and shows nothing simulated', () => {
    // The four posts staffed 08:00-20:00 only, and few incidents, so the night can wait.
    const daytime: [string, string] = [
      'hours: { start: "00:00", end: "00:00" }',
      'hours: { start: "08:00", end: "20:00" }',
    ];
    const scenario = editedScenario('hypercube.yaml', [
      daytime,
      daytime,
      daytime,
      daytime,
      ['rate: 4.8', 'rate: 0.05'],
    ]);
    // Hour 2 of the run (02:00-03:00): nobody on duty.
    const model = prepareScenarioModel(scenario);
    const approximation = hypercubeApproximation(model, 'four-posts', 2);
    expect(approximation.result).toBeNull();
    expect(approximation.unsolved).toMatch(/no officer car or platform staff/);
    const simulated = simulatedHourWorkload(
      model,
      approximation,
      simulateRuns(model, 'four-posts', 2),
    );
    const text = formatHypercubeApproximation(approximation, simulated);
    expect(text).toContain('Not solved: no officer car');
    expect(text).not.toContain('Simulated');
    expect(text).not.toContain('P(all units busy)');
    expect(text).not.toMatch(/\d\.\d{3}/);
  });

  it('places officers posted forward at their posts, on foot (the golden week)', () => {
    const scenario = loadScenario('scenarios/yuanjiajie-golden-week.yaml');
    const posted = hypercubeApproximation(scenario, 'forward-posts', 10);
    expect(posted.unsolved).toBeNull();
    const officers = posted.units.filter((u) => u.kind === 'officer');
    // The file: a car from the station, a pair on foot at the elevator and one at the lot.
    expect(officers.map((u) => [u.home, u.mode])).toEqual([
      ['station', 'vehicle'],
      ['bailong-upper', 'foot'],
      ['yuanjiajie-parking', 'foot'],
    ]);
    expect(posted.result!.workloads.reduce((a, b) => a + b, 0)).toBeCloseTo(posted.offeredLoad, 9);
  });

  it('prints the units beside the simulated workloads, with the reason they differ', () => {
    const scenario = validationScenario('erlang-c.yaml');
    const model = prepareScenarioModel(scenario);
    const approximation = hypercubeApproximation(model, 'three-cars', 30);
    const simulated = simulatedHourWorkload(
      model,
      approximation,
      simulateRuns(model, 'three-cars', 3),
    );
    const text = formatHypercubeApproximation(approximation, simulated);
    expect(text).toContain('hour 30: d2 06:00–07:00');
    expect(text).toMatch(/car-1-1 +\| officer +\| 0\.\d{3} +\| 0\.\d{3} \[/);
    expect(text).toContain('ordered hunting');
    expect(text).toContain(WHY_THEY_DIFFER);
  });
});

describe('formatAnalyticSection', () => {
  it('prints the approximation alone, or beside the runs when given', () => {
    const scenario = validationScenario('erlang-c.yaml');
    const alone = formatAnalyticSection(scenario, 'three-cars', undefined, 30);
    expect(alone).toContain('| Unit ');
    expect(alone).not.toContain('Simulated');
    const model = prepareScenarioModel(scenario);
    const withRuns = formatAnalyticSection(
      model,
      'three-cars',
      simulateRuns(model, 'three-cars', 2),
      30,
    );
    expect(withRuns).toContain('Simulated (95 % CI)');
  });
});
