/*
 * Preemption, by hand. Station S, lot A, viewpoint B; vehicle S–A 10, S–B 4, A–B 12. One car of
 * one officer at S. Every reporting and decision delay is 0.
 *   lost   priority 4, 1 officer, 30 minutes on scene
 *   fight  priority 1, 1 officer, 20 minutes on scene, may preempt
 * A lost item at A at t = 100: the car leaves S, due at A at 110.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/model/replication.js';
import type { IncidentType } from '../../src/scenario/schema.js';
import { ALL_DAY, baseScenario, constant, plan, steadyCrowd } from './scenario-builder.js';

const type = (id: string, priority: number, minutes: number, preempts: boolean): IncidentType => ({
  id,
  name: id,
  rate: 1,
  priority,
  handlers: ['officer'],
  officers: 1,
  onScene: constant(minutes),
  targetMinutes: 5,
  preempts,
});

function run(fightPreempts: boolean, fightAt: number) {
  const scenario = baseScenario({
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
      { id: 'B', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'A'], vehicle: 10 },
        { between: ['S', 'B'], vehicle: 4 },
        { between: ['A', 'B'], vehicle: 12 },
      ],
    },
    crowd: steadyCrowd([
      { site: 'A', share: 0.5, stay: constant(60) },
      { site: 'B', share: 0.5, stay: constant(60) },
    ]),
    incidentTypes: [type('lost', 4, 30, false), type('fight', 1, 20, fightPreempts)],
    plans: [
      plan({ name: 'p', officers: { base: 'S', shifts: [{ ...ALL_DAY, cars: 1, crew: 1 }] } }),
    ],
    defaultPlan: 'p',
  });
  const result = simulateReplication(scenario, 'p', 0, {
    incidents: [
      { time: 100, site: 'A', type: 'lost' },
      { time: fightAt, site: 'B', type: 'fight' },
    ],
    occupancy: false,
  });
  const [lost, fight] = result.incidents;
  return {
    lost: lost!,
    fight: fight!,
    diverted: result.divertedTrips,
    carDiverted: result.responders[0]!.divertedTrips,
  };
}

describe('preemption', () => {
  it('diverts exactly the car travelling to the lower-priority incident, which goes back to the queue', () => {
    // At 102 the car is 2/10 of the way from S to A: to B it needs 0.8 × 4 + 0.2 × 12 = 5.6
    // (interpolated), on scene at 107.6, clear at 127.6; then B→A takes 12: at A at 139.6.
    const { lost, fight, diverted, carDiverted } = run(true, 102);
    expect(fight.firstOnScene).toBeCloseTo(107.6, 9);
    expect(fight.travelMinutes).toBeCloseTo(5.6, 9);
    expect(diverted).toBe(1);
    // The car's record counts the diversion (responders.csv `diverted_trips`); sent from the
    // queue afterwards, from heading back, is no diversion.
    expect(carDiverted).toBe(1);
    expect(lost.firstOnScene).toBeCloseTo(139.6, 9);
    expect(lost.responders).toEqual(['car-1-1']);
  });

  it('without the option the fight waits: the car finishes at A (110–140), then drives 12', () => {
    const { lost, fight, diverted, carDiverted } = run(false, 102);
    expect(diverted).toBe(0);
    expect(carDiverted).toBe(0);
    expect(lost.firstOnScene).toBe(110);
    expect(fight.firstOnScene).toBe(152);
  });

  it('never takes a unit already on scene', () => {
    // At 115 the car is working at A: the fight waits as above.
    const { fight, diverted } = run(true, 115);
    expect(diverted).toBe(0);
    expect(fight.firstOnScene).toBe(152);
  });
});
