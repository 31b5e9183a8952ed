/*
 * The hypercube approximation places each officer unit at its shift's base, travelling by its
 * shift's mode. Hand case: station S, lot A, viewpoint B.
 *   vehicle: S–A 4, S–B 6 (no congestion, no crowding);  walk: A–B 8, S–A 12, S–B 15
 * One car (crew 1) drives from S; one officer on foot is posted at A. Disputes need one officer,
 * handled by officers only, at A and B at equal rates (half the visitors at each, same stay).
 * Worked out here:
 * - at A the posted officer is 0 minutes away, the car 4: preference [posted, car];
 *   at B the car is 6 minutes away, the walker 8: preference [car, posted];
 * - service: on scene 20 plus the nearest unit's round trip, weighted by calls:
 *   (20 + 0 + 20 + 2·6) / 2 = 26 minutes;
 * - two units, two atoms of equal rate with mirrored preferences: by symmetry both units carry
 *   the same workload, and together the offered load.
 * Placing both at the station (the old construction) would give ordered hunting (the car first
 * everywhere, a busier car) and service 20 + (2·4 + 2·6) / 2 = 30.
 */
import { describe, expect, it } from 'vitest';
import { hypercubeApproximation } from '../../src/approximation/hypercube-approximation.js';
import { ALL_DAY, baseScenario, constant, plan } from '../model/scenario-builder.js';

function postedScenario() {
  return baseScenario({
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
      { id: 'B', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'A'], vehicle: 4, walk: 12 },
        { between: ['S', 'B'], vehicle: 6, walk: 15 },
        { between: ['A', 'B'], walk: 8 },
      ],
    },
    crowd: {
      visitorsPerDay: [1440],
      demandCv: 0,
      arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
      sites: [
        { site: 'A', share: 0.5, stay: constant(60) },
        { site: 'B', share: 0.5, stay: constant(60) },
      ],
    },
    incidentTypes: [
      {
        id: 'dispute',
        name: 'Dispute',
        rate: 10,
        priority: 1,
        handlers: ['officer'],
        officers: 1,
        onScene: constant(20),
        targetMinutes: 10,
      },
    ],
    plans: [
      plan({
        name: 'posted',
        officers: {
          base: 'S',
          shifts: [
            { ...ALL_DAY, cars: 1, crew: 1 },
            { ...ALL_DAY, cars: 1, crew: 1, base: 'A', mode: 'foot' },
          ],
        },
      }),
    ],
    defaultPlan: 'posted',
  } as Parameters<typeof baseScenario>[0]);
}

describe('hypercubeApproximation with officers posted away from the station', () => {
  const approximation = hypercubeApproximation(postedScenario(), 'posted', 12);

  it('places each unit at its shift’s base with its mode', () => {
    expect(approximation.units.map((u) => [u.home, u.mode])).toEqual([
      ['S', 'vehicle'],
      ['A', 'foot'],
    ]);
    expect(approximation.unsolved).toBeNull();
  });

  it('takes the nearest unit’s round trip by its mode for the service time', () => {
    expect(approximation.calls.map((c) => c.site).sort()).toEqual(['A', 'B']);
    expect(approximation.calls[0]!.callsPerHour).toBeCloseTo(
      approximation.calls[1]!.callsPerHour,
      12,
    );
    expect(approximation.serviceMinutes).toBeCloseTo(26, 9);
  });

  it('gives each site its own preference order: mirrored here, so equal workloads', () => {
    expect(approximation.identicalPreferences).toBe(false);
    const [car, posted] = approximation.result!.workloads;
    expect(car!).toBeCloseTo(posted!, 9);
    expect(car! + posted!).toBeCloseTo(approximation.offeredLoad, 9);
  });
});

describe('hypercubeApproximation with officers walking a patrol route', () => {
  it('declines the plan: a walking unit has no base to place it at', () => {
    const scenario = postedScenario();
    const walking = plan({
      name: 'walking',
      officers: {
        base: 'S',
        shifts: [
          { ...ALL_DAY, cars: 1, crew: 1 },
          {
            ...ALL_DAY,
            cars: 1,
            crew: 1,
            mode: 'foot',
            patrol: { route: ['A', 'B'], dwellMinutes: 10 },
          },
        ],
      },
    });
    const approximation = hypercubeApproximation(
      { ...scenario, plans: [...scenario.plans, walking] },
      'walking',
      12,
    );
    expect(approximation.result).toBeNull();
    expect(approximation.unsolved).toMatch(/walk a patrol route/);
  });
});
