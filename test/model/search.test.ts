/*
 * The search for a lost item or person, by hand. Station `station`, lot `lot`: 5 vehicle
 * minutes apart. Reporting and the decision take no time. A lost item at the lot at t = 100,
 * 20 minutes of on-scene work after the search, which takes 30 minutes (constant):
 *   one car at the station: on scene at 105, search 105–135 (found at 135), work 135–155,
 *     back at the station at 160;
 *   a platform post at the lot (staff may handle it; it always escalates to one officer): staff
 *     on scene at 100 (0 travel, so the chance is `initial` itself), search 100–130; the car is
 *     sent at 100 and arrives at 105, when the staff member hands over and the car carries on
 *     the search; found at 130, work 130–150.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentRecord, ReplicationResult } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import type { IncidentType } from '../../src/scenario/schema.js';
import type { Plan } from '../../src/scenario/types.js';
import { ALL_DAY, allDayCars, baseScenario, constant, plan } from './scenario-builder.js';

const SEARCH = 30;
const ON_SCENE = 20;

function lostItem(overrides: Partial<IncidentType> = {}): IncidentType {
  return {
    id: 'lost',
    name: 'Lost item',
    rate: 0,
    priority: 4,
    handlers: ['officer'],
    officers: 0,
    onScene: constant(ON_SCENE),
    targetMinutes: 10,
    // A week's half-life: the chance after 5 minutes is 0.9997 (the seed's draw is below it).
    recovery: { initial: 1, halfLifeMinutes: 10080, searchMinutes: constant(SEARCH) },
    ...overrides,
  };
}

function replay(type: IncidentType, plans: Plan[]): ReplicationResult {
  const scenario = baseScenario({ incidentTypes: [type], plans, defaultPlan: plans[0]!.name });
  return simulateReplication(scenario, plans[0]!.name, 0, {
    incidents: [{ time: 100, site: 'lot', type: 'lost' }],
    occupancy: false,
  });
}

const oneCar = plan({ name: 'car', officers: allDayCars('station', { cars: 1, crew: 1 }) });

describe('a timed search', () => {
  it('finds the item at the end of its drawn search, and the work follows it', () => {
    const result = replay(lostItem(), [oneCar]);
    const lost = result.incidents[0]!;
    expect(lost.firstOnScene).toBe(105);
    expect(lost.recovered).toBe(true);
    expect(lost.found).toBe(135);
    expect(lost.cleared).toBe(155);
    // The car is busy throughout: 5 out, 30 searching + 20 working on scene, 5 back.
    const car = result.responders[0]!;
    expect(car.minutes.travelling).toBe(5);
    expect(car.minutes.onScene).toBe(SEARCH + ON_SCENE);
    expect(car.minutes.returning).toBe(5);
  });

  it('takes its time also when nothing is found', () => {
    const lost = replay(lostItem({ recovery: { ...lostItem().recovery!, initial: 0 } }), [oneCar])
      .incidents[0]!;
    expect(lost.recovered).toBe(false);
    expect(lost.found).toBeNull();
    expect(lost.cleared).toBe(155);
  });

  it('is carried on by the officers who take over from the first responder', () => {
    const joint = plan({
      name: 'joint',
      officers: allDayCars('station', { cars: 1, crew: 1 }),
      platforms: [{ site: 'lot', staff: 1, coverageMinutes: 0, hours: ALL_DAY }],
    });
    const type = lostItem({
      handlers: ['platform'],
      escalation: { probability: 1, officers: 1 },
    });
    const result = replay(type, [joint]);
    const lost = result.incidents[0]!;
    expect(lost.firstOnScene).toBe(100);
    expect(lost.officersOnScene).toBe(105);
    expect(lost.found).toBe(130);
    expect(lost.cleared).toBe(150);
    const staff = result.responders.find((r) => r.kind === 'platform')!;
    const car = result.responders.find((r) => r.kind === 'officer')!;
    expect(staff.minutes.onScene).toBe(5);
    expect(car.minutes.onScene).toBe(45);
  });

  it('sends away a staff member who arrives after the officers took over, search or not', () => {
    // Platform-first: the post at the station (10 walking minutes away) and the car both go at
    // 100; the car arrives at 105 and starts the search, the staff member at 110 and leaves.
    const station = plan({
      name: 'station-post',
      dispatch: 'platform-first',
      officers: allDayCars('station', { cars: 1, crew: 1 }),
      platforms: [{ site: 'station', staff: 1, coverageMinutes: 10, hours: ALL_DAY }],
    });
    const result = replay(lostItem({ handlers: ['platform'], officers: 1 }), [station]);
    const lost = result.incidents[0]!;
    expect(lost.responders).toEqual(['platform-station-1', 'car-1-1']);
    expect(lost.found).toBe(135);
    const staff = result.responders.find((r) => r.kind === 'platform')!;
    expect(staff.minutes.onScene).toBe(0);
    expect(staff.minutes.travelling).toBe(10);
  });

  it('without a search duration, finds on arrival and works at once, as before', () => {
    const type = lostItem({ recovery: { initial: 1, halfLifeMinutes: 10080 } });
    const lost = replay(type, [oneCar]).incidents[0]!;
    expect(lost.found).toBe(105);
    expect(lost.cleared).toBe(125);
  });
});

describe('search minutes as a draw of the incident', () => {
  // Random incidents all day; the search minutes are uniform on [10, 50]. The two plans reach
  // each incident at different times, but every incident's search lasts the same in both.
  const type = lostItem({
    rate: 20,
    recovery: {
      initial: 1,
      halfLifeMinutes: 60,
      searchMinutes: { dist: 'uniform', min: 10, max: 50 },
    },
  });
  const posted = plan({ name: 'posted', officers: allDayCars('lot', { cars: 2, crew: 1 }) });
  const far = plan({ name: 'far', officers: allDayCars('station', { cars: 2, crew: 1 }) });
  const model = prepareScenarioModel(
    baseScenario({ incidentTypes: [type], plans: [posted, far], defaultPlan: 'posted' }),
  );
  const searches = (name: string) =>
    simulateReplication(model, name, 0, { occupancy: false }).incidents.filter(
      (i): i is IncidentRecord & { found: number } => i.found !== null,
    );

  it('is the same for every plan, within the distribution, whoever searches', () => {
    const a = new Map(searches('posted').map((i) => [i.id, i.found - i.firstOnScene!]));
    const b = searches('far');
    const both = b.filter((i) => a.has(i.id));
    expect(both.length).toBeGreaterThan(15);
    for (const incident of both) {
      const minutes = incident.found - incident.firstOnScene!;
      expect(minutes).toBeCloseTo(a.get(incident.id)!, 9);
      expect(minutes).toBeGreaterThanOrEqual(10);
      expect(minutes).toBeLessThanOrEqual(50);
    }
  });
});
