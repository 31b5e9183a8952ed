/*
 * The incident table: each incident's record is written at its occurrence and its clearance, and
 * the replication keeps no Incident object after that. Three things could go wrong: a record that
 * changes after clearance (a unit still on its way to a cleared incident is diverted, which takes
 * it off the incident's responders), an incident lost or duplicated among many, and the failure
 * message naming the wrong open incident.
 *
 * Hand case (platform-first): station S, lot A, viewpoint P with a platform post (one member,
 * covering A and P). Car S–A 5 minutes; the member walks P–A in 60. Every delay is 0.
 *   t = 100  dispute at A (1 officer; officer or platform; 10 min on scene): the covering member
 *            goes first (due at 160) and the car at once (due at 105). The car arrives at 105,
 *            the work runs 105–115: cleared at 115, the member still walking.
 *   t = 120  fight at P (platform only, priority 1, preempts; 10 min): nobody is free, so the
 *            member, travelling to the lower-priority dispute, is diverted to the fight.
 * The dispute's responders are then the car alone, as if the member had never been sent.
 */
import { describe, expect, it } from 'vitest';
import { copyIncidentRecord } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { busyScenario } from './busy-scenario.js';
import {
  ALL_DAY,
  allDayCars,
  baseScenario,
  constant,
  plan,
  steadyCrowd,
} from './scenario-builder.js';

function diversionAfterClearance() {
  const scenario = baseScenario({
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
      { id: 'P', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'A'], vehicle: 5, walk: 15 },
        { between: ['A', 'P'], vehicle: 30, walk: 60 },
      ],
    },
    crowd: steadyCrowd([{ site: 'A', share: 1, stay: constant(60) }]),
    incidentTypes: [
      {
        id: 'dispute',
        name: 'dispute',
        rate: 1,
        priority: 2,
        handlers: ['officer', 'platform'],
        officers: 1,
        onScene: constant(10),
        targetMinutes: 10,
      },
      {
        id: 'fight',
        name: 'fight',
        rate: 1,
        priority: 1,
        handlers: ['platform'],
        officers: 0,
        onScene: constant(10),
        targetMinutes: 5,
        preempts: true,
      },
    ],
    plans: [
      plan({
        name: 'p',
        dispatch: 'platform-first',
        officers: { base: 'S', shifts: [{ ...ALL_DAY, cars: 1, crew: 1 }] },
        platforms: [{ site: 'P', staff: 1, coverageMinutes: 60, hours: ALL_DAY }],
      }),
    ],
    defaultPlan: 'p',
  });
  return simulateReplication(scenario, 'p', 0, {
    incidents: [
      { time: 100, site: 'A', type: 'dispute' },
      { time: 120, site: 'P', type: 'fight' },
    ],
    occupancy: false,
  });
}

/** Responders on each incident's list, added up: each dispatch adds one, each diversion removes one. */
function listedResponders(result: ReturnType<typeof simulateReplication>): number {
  return result.incidents.reduce((sum, incident) => sum + incident.responders.length, 0);
}

function dispatches(result: ReturnType<typeof simulateReplication>): number {
  return result.responders.reduce((sum, r) => sum + r.incidents - r.divertedTrips, 0);
}

describe('the incident table', () => {
  it('drops a unit diverted after the incident it was going to was cleared', () => {
    const result = diversionAfterClearance();
    const [dispute, fight] = result.incidents;
    expect(result.divertedTrips).toBe(1);
    // Every field, through a plain copy (the records themselves are views onto the table).
    expect(copyIncidentRecord(dispute!)).toEqual({
      id: 1,
      type: 'dispute',
      priority: 2,
      site: 'A',
      occurred: 100,
      alert: 100,
      detectedBy: 'phone',
      dispatched: 100,
      firstOnScene: 105,
      firstResponder: 'car-1-1',
      firstResponderKind: 'officer',
      // The member never reached the dispute: only the car's arrival counts.
      firstOnSceneByKind: { officer: 105 },
      officersRequired: 1,
      officersOnScene: 105,
      cleared: 115,
      waited: false,
      waitMinutes: 0,
      travelMinutes: 5,
      recovered: null,
      found: null,
      withinTarget: true,
      responders: ['car-1-1'],
    });
    expect(fight).toMatchObject({
      id: 2,
      type: 'fight',
      priority: 1,
      firstResponder: 'platform-P-1',
      firstResponderKind: 'platform',
      officersRequired: 0,
      officersOnScene: null,
      responders: ['platform-P-1'],
    });
    expect(listedResponders(result)).toBe(dispatches(result));
  });

  it('keeps every incident of a large run once, in order of occurrence', () => {
    // 6,000 visitors present at the lot, 10 disputes per 1,000 visitor-hours: about 1,440 a day,
    // rows of three of the table's blocks; 30 cars keep up with 20 minutes each.
    const scenario = baseScenario({
      crowd: {
        visitorsPerDay: [144_000],
        demandCv: 0,
        arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
        sites: [{ site: 'lot', share: 1, stay: constant(60) }],
      },
      plans: [plan({ name: 'base', officers: allDayCars('station', { cars: 30, crew: 1 }) })],
    });
    const result = simulateReplication(scenario, 'base', 0, { occupancy: false });
    expect(result.incidents.length).toBeGreaterThan(1000);
    result.incidents.forEach((incident, index) => {
      expect(incident.id).toBe(index + 1);
      if (index > 0) {
        expect(incident.occurred).toBeGreaterThanOrEqual(result.incidents[index - 1]!.occurred);
      }
      expect(incident.cleared).not.toBeNull();
      expect(incident.cleared!).toBeCloseTo(incident.officersOnScene! + 20, 9);
    });
    expect(listedResponders(result)).toBe(dispatches(result));
  });

  it('accounts for every dispatch and diversion on a busy scenario with every mechanism', () => {
    // The busy scenario, its priority-1 types allowed to take units from lower-priority ones.
    const busy = busyScenario();
    const model = prepareScenarioModel({
      ...busy,
      incidentTypes: busy.incidentTypes.map((t) => ({ ...t, preempts: t.priority === 1 })),
    });
    let diverted = 0;
    for (const planName of ['cars-only', 'full', 'full-nearest']) {
      for (const replication of [0, 1, 2]) {
        const result = simulateReplication(model, planName, replication, { occupancy: false });
        diverted += result.divertedTrips;
        expect(listedResponders(result)).toBe(dispatches(result));
        for (const incident of result.incidents) {
          const times = Object.values(incident.firstOnSceneByKind);
          expect(Math.min(...times)).toBe(incident.firstOnScene);
          expect(times.every((t) => t <= incident.cleared!)).toBe(true);
        }
      }
    }
    expect(diverted).toBeGreaterThan(0);
  });

  it('names the first incident still open, after the cleared ones', () => {
    const scenario = baseScenario({
      sites: [
        { id: 'station', name: 'Station', kind: 'station' },
        { id: 'lot', name: 'Lot', kind: 'parking' },
        { id: 'far', name: 'Far', kind: 'other' },
      ],
      travel: {
        links: [
          { between: ['station', 'lot'], vehicle: 5, walk: 10 },
          { between: ['station', 'far'], vehicle: 9000, walk: 9000 },
        ],
      },
    });
    expect(() =>
      simulateReplication(scenario, 'base', 0, {
        incidents: [
          { time: 100, site: 'lot', type: 'dispute' },
          { time: 300, site: 'far', type: 'dispute' },
          { time: 400, site: 'far', type: 'dispute' },
        ],
      }),
    ).toThrow(
      /: 2 incident\(s\) still open .*\(the first: incident 2, type "dispute" at "far", occurred at minute 300\.0\)/,
    );
  });
});
