/*
 * The two dispatch policies' queue rules, by hand. Station S and lot A, 5 minutes apart by car;
 * a platform post at A (one member, covering A) and one car of one officer at S. Every delay
 * (reporting, radio, decision) is 0.
 *   t = 10  lost item at A (platform only, 30 min): the member goes, on scene 10–40.
 *   t = 11  dispute at A (1 officer, officer or platform, 60 min): the car goes, arrives 16,
 *           works 16–76 (the member is busy, so under platform-first nobody goes first).
 *   t = 12  dispute at A: nobody free, it queues.
 * At 40 the member is free. Under platform-first a covering member may go first to a queued
 * incident that needs officers: on scene at 40. Under nearest it may not: the car, released at
 * 76 at A, is first, on scene at 76 (0 minutes: it is still at A).
 */
import { describe, expect, it } from 'vitest';
import type { DispatchPolicyName } from '../../src/model/dispatch-policies.js';
import { simulateReplication } from '../../src/model/replication.js';
import { ALL_DAY, baseScenario, constant, plan, steadyCrowd } from './scenario-builder.js';

function run(dispatch: DispatchPolicyName) {
  const scenario = baseScenario({
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
    ],
    travel: { links: [{ between: ['S', 'A'], vehicle: 5, walk: 15 }] },
    crowd: steadyCrowd([{ site: 'A', share: 1, stay: constant(60) }]),
    incidentTypes: [
      {
        id: 'lost',
        name: 'lost',
        rate: 1,
        priority: 4,
        handlers: ['platform'],
        officers: 0,
        onScene: constant(30),
        targetMinutes: 10,
      },
      {
        id: 'dispute',
        name: 'dispute',
        rate: 1,
        priority: 1,
        handlers: ['officer', 'platform'],
        officers: 1,
        onScene: constant(60),
        targetMinutes: 3,
      },
    ],
    plans: [
      plan({
        name: 'p',
        dispatch,
        officers: { base: 'S', shifts: [{ ...ALL_DAY, cars: 1, crew: 1 }] },
        platforms: [{ site: 'A', staff: 1, coverageMinutes: 0, hours: ALL_DAY }],
      }),
    ],
    defaultPlan: 'p',
  });
  return simulateReplication(scenario, 'p', 0, {
    incidents: [
      { time: 10, site: 'A', type: 'lost' },
      { time: 11, site: 'A', type: 'dispute' },
      { time: 12, site: 'A', type: 'dispute' },
    ],
    occupancy: false,
  }).incidents;
}

describe('dispatch policies', () => {
  it('platform-first: a freed covering member goes first to a queued incident needing officers', () => {
    const [, first, second] = run('platform-first');
    expect([first!.firstResponder, first!.firstOnScene]).toEqual(['car-1-1', 16]);
    expect([second!.firstResponder, second!.firstOnScene]).toEqual(['platform-A-1', 40]);
  });

  it('nearest: the member does not; the queued dispute waits for the car', () => {
    const [, first, second] = run('nearest');
    expect([first!.firstResponder, first!.firstOnScene]).toEqual(['car-1-1', 16]);
    expect([second!.firstResponder, second!.firstOnScene]).toEqual(['car-1-1', 76]);
  });
});
