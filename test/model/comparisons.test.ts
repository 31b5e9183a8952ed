/*
 * Plan comparisons under common random numbers: the same replication gives every plan the same
 * incidents, so differences between plans come from the plans alone. Each property here follows
 * from the model's rules (or from queueing theory) and would break if the streams were not
 * common or a mechanism were wrong.
 */
import { describe, expect, it } from 'vitest';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { studentInterval99 } from '../rng/sample-statistics.js';
import { ALL_DAY, allDayCars, baseScenario, constant, plan } from './scenario-builder.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('adding an officer car (zero travel, one priority: first come, first served)', () => {
  // Incidents at the officers' own base: the model is a c-server FCFS queue. With the same
  // arrival times and on-scene times, an extra server never delays anyone (Kiefer–Wolfowitz:
  // the sorted times at which servers come free can only move earlier).
  const scenario = baseScenario({
    seed: 5,
    calendar: { start: '2024-10-01', days: 3 },
    sites: [
      { id: 'post', name: 'Post', kind: 'station' },
      { id: 'other', name: 'Other', kind: 'other' },
    ],
    travel: { links: [{ between: ['post', 'other'], vehicle: 3 }] },
    crowd: {
      visitorsPerDay: [24000, 24000, 24000],
      demandCv: 0.2,
      arrivalProfile: [{ from: '06:00', to: '18:00', weight: 1 }],
      sites: [{ site: 'post', share: 1, stay: { dist: 'exponential', mean: 90 } }],
    },
    incidentTypes: [
      {
        id: 'call',
        name: 'Call',
        rate: 1.5,
        priority: 1,
        handlers: ['officer'],
        officers: 1,
        onScene: { dist: 'gamma', mean: 25, cv: 1.2 },
        targetMinutes: 5,
      },
    ],
    plans: [2, 3].map((cars) =>
      plan({
        name: `cars-${cars}`,
        officers: allDayCars('post', { cars, crew: 1 }),
      }),
    ),
  });
  const model = prepareScenarioModel(scenario);

  it('never makes any incident wait longer', () => {
    let waitedLess = 0;
    for (let r = 0; r < 10; r++) {
      const two = simulateReplication(model, 'cars-2', r).incidents;
      const three = simulateReplication(model, 'cars-3', r).incidents;
      expect(three.length).toBe(two.length);
      three.forEach((incident, i) => {
        expect(incident.waitMinutes!).toBeLessThanOrEqual(two[i]!.waitMinutes! + 1e-9);
        if (incident.waitMinutes! < two[i]!.waitMinutes! - 1e-9) waitedLess++;
      });
    }
    expect(waitedLess).toBeGreaterThan(50); // the load is high enough for the car to matter
  });
});

describe('a second car at the station, star network', () => {
  // X and Y are 10 minutes from the station on opposite sides (20 apart). With one car, an
  // incident often finds it away or heading back from the other side; a second car at the
  // station is then nearer. Long on-scene times keep the single car away often.
  const scenario = baseScenario({
    seed: 8,
    calendar: { start: '2024-10-01', days: 2 },
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'X', name: 'X', kind: 'viewpoint' },
      { id: 'Y', name: 'Y', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'X'], vehicle: 10 },
        { between: ['S', 'Y'], vehicle: 10 },
      ],
    },
    crowd: {
      visitorsPerDay: [4000, 4000],
      demandCv: 0,
      arrivalProfile: [{ from: '08:00', to: '18:00', weight: 1 }],
      sites: [
        { site: 'X', share: 0.5, stay: constant(120) },
        { site: 'Y', share: 0.5, stay: constant(120) },
      ],
    },
    incidentTypes: [
      {
        id: 'call',
        name: 'Call',
        rate: 1,
        priority: 1,
        handlers: ['officer'],
        officers: 1,
        onScene: constant(15),
        targetMinutes: 10,
      },
    ],
    plans: [1, 2].map((cars) =>
      plan({
        name: `cars-${cars}`,
        officers: allDayCars('S', { cars, crew: 1 }),
      }),
    ),
  });
  const model = prepareScenarioModel(scenario);

  it('shortens the mean time from alert to the first officer on scene, paired over replications', () => {
    const differences: number[] = [];
    for (let r = 0; r < 20; r++) {
      const response = (planName: string) =>
        mean(
          simulateReplication(model, planName, r).incidents.map((i) => i.firstOnScene! - i.alert),
        );
      differences.push(response('cars-2') - response('cars-1'));
    }
    const paired = studentInterval99(differences);
    expect(paired.mean + paired.halfWidth).toBeLessThan(0); // the 99 % interval lies below zero
  });
});

describe('a platform post covering the site', () => {
  const scenario = baseScenario({
    seed: 13,
    sites: [
      { id: 'station', name: 'Station', kind: 'station' },
      { id: 'lot', name: 'Lot', kind: 'parking' },
      { id: 'view', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['station', 'lot'], vehicle: 5, walk: 15 },
        { between: ['lot', 'view'], vehicle: 4, walk: 20 },
      ],
    },
    crowd: {
      visitorsPerDay: [20000],
      demandCv: 0,
      arrivalProfile: [{ from: '07:00', to: '17:00', weight: 1 }],
      sites: [
        { site: 'lot', share: 0.5, stay: { dist: 'exponential', mean: 45 } },
        { site: 'view', share: 0.5, stay: { dist: 'exponential', mean: 45 } },
      ],
    },
    incidentTypes: [
      {
        id: 'lost',
        name: 'Lost item',
        rate: 3,
        priority: 3,
        handlers: ['officer', 'platform'],
        officers: 0,
        onScene: { dist: 'exponential', mean: 15 },
        targetMinutes: 15,
      },
    ],
    detection: {
      phone: { dist: 'lognormal', mean: 12, cv: 0.8 },
      platform: { dist: 'exponential', mean: 2 },
      patrol: constant(1),
      radioMinutes: 0.5,
      dispatchMinutes: 0,
    },
    plans: [
      plan({
        name: 'no-post',
        officers: allDayCars('station', { cars: 2, crew: 1 }),
      }),
      plan({
        name: 'post',
        officers: allDayCars('station', { cars: 2, crew: 1 }),
        platforms: [{ site: 'lot', staff: 3, coverageMinutes: 10, hours: ALL_DAY }],
      }),
    ],
  });
  const model = prepareScenarioModel(scenario);
  const pairs = [0, 1, 2, 3, 4, 5].map((r) => ({
    without: simulateReplication(model, 'no-post', r).incidents,
    withPost: simulateReplication(model, 'post', r).incidents,
  }));

  it('shortens occurrence → alert at the covered site, and never lengthens it anywhere', () => {
    const covered: number[] = [];
    const uncovered: number[] = [];
    for (const { without, withPost } of pairs) {
      withPost.forEach((incident, i) => {
        const before = without[i]!;
        expect(incident.alert).toBeLessThanOrEqual(before.alert);
        const gain = before.alert - incident.alert;
        (incident.site === 'lot' ? covered : uncovered).push(gain);
      });
    }
    // The view is 20 walking minutes away, beyond the 10-minute coverage: no change there.
    expect(uncovered.every((gain) => gain === 0)).toBe(true);
    expect(covered.length).toBeGreaterThan(100);
    expect(mean(covered)).toBeGreaterThan(5); // phone mean 12 vs post 2 + 0.5: a big gain
  });
});
