/*
 * Officers walking a patrol route, by hand. Station S, lot A, viewpoint B; walk S–A 12, S–B 15,
 * A–B 5. One pair of officers (crew 2, on foot) walks the loop A, B all day, dwelling 10 minutes
 * at each stop, starting at A at 0: at A [0, 10), walking to B [10, 15), at B [15, 25), back to
 * A [25, 30), and so on every 30 minutes. A dispute needs 2 officers, 20 minutes on scene;
 * patrol reports, radio and the decision take no time.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/model/replication.js';
import type { Plan } from '../../src/scenario/types.js';
import { ALL_DAY, baseScenario, constant, plan, steadyCrowd } from './scenario-builder.js';

const walkingPair: Plan['officers'] = {
  base: 'S',
  shifts: [
    { ...ALL_DAY, cars: 1, crew: 2, mode: 'foot', patrol: { route: ['A', 'B'], dwellMinutes: 10 } },
  ],
};

function replay(phoneMinutes: number, incident: { time: number; site: string }) {
  const scenario = baseScenario({
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
      { id: 'B', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'A'], walk: 12 },
        { between: ['S', 'B'], walk: 15 },
        { between: ['A', 'B'], walk: 5 },
      ],
    },
    crowd: steadyCrowd([
      { site: 'A', share: 0.5, stay: constant(60) },
      { site: 'B', share: 0.5, stay: constant(60) },
    ]),
    incidentTypes: [
      {
        id: 'dispute',
        name: 'dispute',
        rate: 0,
        priority: 1,
        handlers: ['officer'],
        officers: 2,
        onScene: constant(20),
        targetMinutes: 3,
      },
    ],
    detection: {
      phone: constant(phoneMinutes),
      platform: constant(0),
      patrol: constant(0),
      radioMinutes: 0,
      dispatchMinutes: 0,
    },
    plans: [plan({ name: 'p', officers: walkingPair })],
    defaultPlan: 'p',
  });
  return simulateReplication(scenario, 'p', 0, {
    incidents: [{ ...incident, type: 'dispute' }],
    occupancy: false,
  });
}

describe('officers on a patrol route', () => {
  it('notice an incident at the next stop they reach and answer it there at once', () => {
    // At B at 101 the pair is walking A→B (100–105); the phone would take 30 minutes. Arriving
    // at 105 they notice it, hold for the decision (0) and are on scene: both officers at once.
    const result = replay(30, { time: 101, site: 'B' });
    const dispute = result.incidents[0]!;
    expect(dispute).toMatchObject({
      alert: 105,
      detectedBy: 'patrol',
      firstOnScene: 105,
      officersOnScene: 105,
      cleared: 125,
      travelMinutes: 0,
      responders: ['foot-1-1'],
    });
  });

  it('are sent from where they are on the route', () => {
    // Reported at 103 by phone: the pair is 3/5 of the way from A to B, so 0.6 × 5 = 3 minutes
    // from A (interpolated), on scene at 106.
    const dispute = replay(1, { time: 102, site: 'A' }).incidents[0]!;
    expect(dispute.detectedBy).toBe('phone');
    expect(dispute.firstOnScene).toBeCloseTo(106, 9);
    expect(dispute.travelMinutes).toBeCloseTo(3, 9);
  });

  it('are an officer unit of two, paid for the whole day', () => {
    const unit = replay(1, { time: 102, site: 'A' }).responders[0]!;
    expect(unit).toMatchObject({ id: 'foot-1-1', kind: 'officer', persons: 2, home: 'A' });
    expect(unit.staffMinutes).toBe(2 * 1440);
  });
});
