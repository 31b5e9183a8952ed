/**
 * Hand-built scenario, incident and responder records for the statistics and table tests.
 * The values are chosen so that every measure can be worked out by hand (see the tests).
 */
import type {
  IncidentRecord,
  ReplicationResult,
  ResponderRecord,
  StateMinutes,
} from '../../src/model/records.js';
import type { IncidentType, Plan, Scenario } from '../../src/scenario/types.js';

/** An incident type with the fields the statistics read; the rest are plausible fillers. */
function incidentType(
  id: string,
  officers: number,
  targetMinutes: number,
  recovery?: IncidentType['recovery'],
): IncidentType {
  return {
    id,
    name: id,
    rate: 1,
    priority: officers > 0 ? 1 : 3,
    handlers: officers > 0 ? ['officer'] : ['platform', 'patrol', 'officer'],
    officers,
    onScene: { dist: 'constant', value: 10 },
    targetMinutes,
    ...(recovery === undefined ? {} : { recovery }),
  };
}

/** A plan with nothing but a name and, optionally, costs. */
function plan(name: string, cost?: Plan['cost']): Plan {
  return {
    name,
    description: '',
    dispatch: 'nearest',
    officers: { base: 'station', shifts: [{ start: '08:00', end: '16:00', cars: 2, crew: 2 }] },
    platforms: [],
    patrols: [],
    cost,
  };
}

/**
 * Four incident types: lost-item (no officers, target 5, recovery model), dispute (2 officers,
 * target 10), medical (1 officer, target 8) and theft (never occurs in the fixtures). Plans:
 * `current` without cost, `costed` with 100 / 50 / 10 per officer / platform / volunteer hour.
 */
export const scenario: Scenario = {
  file: 'fixture.yaml',
  hash: '0'.repeat(64),
  overrides: [],
  name: 'fixture',
  description: '',
  seed: 1,
  replications: 3,
  calendar: { start: '2024-10-01', days: 1 },
  sites: [{ id: 'station', name: 'Station', kind: 'station' }],
  travel: { links: [{ between: ['station', 'station'], vehicle: 1 }] },
  crowd: {
    visitorsPerDay: [1000],
    demandCv: 0,
    arrivalProfile: [{ from: '08:00', to: '18:00', weight: 1 }],
    sites: [{ site: 'station', share: 1, stay: { dist: 'constant', value: 60 } }],
  },
  incidentTypes: [
    incidentType('lost-item', 0, 5, { initial: 0.8, halfLifeMinutes: 30 }),
    incidentType('dispute', 2, 10),
    incidentType('medical', 1, 8),
    incidentType('theft', 1, 15),
  ],
  detection: {
    phone: { dist: 'constant', value: 2 },
    platform: { dist: 'constant', value: 1 },
    patrol: { dist: 'constant', value: 1 },
    radioMinutes: 0.5,
    dispatchMinutes: 0.5,
  },
  plans: [
    plan('current'),
    plan('costed', { officerHour: 100, platformStaffHour: 50, volunteerHour: 10 }),
  ],
  defaultPlan: 'current',
  occupancyIntervalMinutes: 15,
  standards: [],
};

/** A replication result: the fields given, and for the rest replication 0 of "current" with no records. */
export function replicationResult(fields: Partial<ReplicationResult> = {}): ReplicationResult {
  return {
    plan: 'current',
    replication: 0,
    incidents: [],
    responders: [],
    occupancy: [],
    demandMultipliers: [],
    events: 0,
    divertedTrips: 0,
    ...fields,
  };
}

/** An incident record; fields not given describe a quiet, phoned-in incident. */
export function incidentRecord(
  fields: Partial<IncidentRecord> & Pick<IncidentRecord, 'id' | 'type' | 'occurred' | 'alert'>,
): IncidentRecord {
  return {
    priority: 3,
    site: 'station',
    detectedBy: 'phone',
    dispatched: fields.alert,
    firstOnScene: null,
    firstResponder: null,
    firstResponderKind: null,
    firstOnSceneByKind: {},
    officersRequired: 0,
    officersOnScene: null,
    cleared: null,
    waited: false,
    waitMinutes: 0.5,
    travelMinutes: null,
    recovered: null,
    found: null,
    withinTarget: null,
    responders: [],
    ...fields,
  };
}

/**
 * The four incidents of the hand-worked example (times in minutes):
 *
 * | # | type      | occurred | alert | first | officers on scene | waited (min) | channel  |
 * |---|-----------|----------|-------|-------|-------------------|--------------|----------|
 * | 1 | lost-item | 0        | 2     | 6     | –                 | no           | platform |
 * | 2 | medical   | 9.5      | 10.1  | 13.1  | 10.1 + 8 (= 18.1) | yes, 1       | phone    |
 * | 3 | lost-item | 10       | 15    | 23    | –                 | yes, 3       | phone    |
 * | 4 | dispute   | 20       | 21    | 24    | 32                | no           | patrol   |
 *
 * #1 is recovered, #3 is not. #2's officers arrive exactly at its 8-minute target, which in
 * floating point is 8.000000000000002 minutes after the alert.
 */
export const incidents: readonly IncidentRecord[] = [
  incidentRecord({
    id: 1,
    type: 'lost-item',
    occurred: 0,
    alert: 2,
    detectedBy: 'platform',
    firstOnScene: 6,
    recovered: true,
  }),
  incidentRecord({
    id: 2,
    type: 'medical',
    occurred: 9.5,
    alert: 10.1,
    firstOnScene: 13.1,
    officersRequired: 1,
    officersOnScene: 10.1 + 8,
    waited: true,
    waitMinutes: 1,
  }),
  incidentRecord({
    id: 3,
    type: 'lost-item',
    occurred: 10,
    alert: 15,
    firstOnScene: 23,
    waited: true,
    waitMinutes: 3,
    recovered: false,
  }),
  incidentRecord({
    id: 4,
    type: 'dispute',
    occurred: 20,
    alert: 21,
    detectedBy: 'patrol',
    firstOnScene: 24,
    officersRequired: 2,
    officersOnScene: 32,
  }),
];

/** A responder record from its kind, persons, state minutes and overtime. */
export function responderRecord(
  id: string,
  kind: ResponderRecord['kind'],
  persons: number,
  minutes: StateMinutes,
  overtimeMinutes = 0,
): ResponderRecord {
  const busy = minutes.travelling + minutes.onScene + minutes.returning;
  const onDuty = minutes.idle + busy;
  // Spread evenly over the fixture's one day: only the totals matter to the statistics.
  const byHour = (total: number) => Array.from({ length: 24 }, () => total / 24);
  return {
    id,
    kind,
    home: 'station',
    persons,
    minutes,
    incidents: 0,
    travelMinutes: minutes.travelling + minutes.returning,
    staffMinutes: onDuty * persons,
    overtimeMinutes,
    breakMinutes: 0,
    divertedTrips: 0,
    busyMinutesByHour: byHour(busy),
    onDutyMinutesByHour: byHour(onDuty),
  };
}

/**
 * Responders of the hand-worked example (on-duty minutes = idle + travelling + onScene +
 * returning):
 * - car-1-1: officer car, crew 2, busy 60 + 90 + 30 = 180 of 480 on duty, 20 min overtime;
 * - car-1-2: officer car, crew 1, busy 20 + 40 + 20 = 80 of 480;
 * - platform-p-1: busy 30 + 60 + 10 = 100 of 600;
 * - patrol-a-1: idle all its 360 minutes on duty.
 */
export const responders: readonly ResponderRecord[] = [
  responderRecord(
    'car-1-1',
    'officer',
    2,
    { idle: 300, travelling: 60, onScene: 90, returning: 30, offShift: 960 },
    20,
  ),
  responderRecord('car-1-2', 'officer', 1, {
    idle: 400,
    travelling: 20,
    onScene: 40,
    returning: 20,
    offShift: 960,
  }),
  responderRecord('platform-p-1', 'platform', 1, {
    idle: 500,
    travelling: 30,
    onScene: 60,
    returning: 10,
    offShift: 840,
  }),
  responderRecord('patrol-a-1', 'patrol', 1, {
    idle: 360,
    travelling: 0,
    onScene: 0,
    returning: 0,
    offShift: 1080,
  }),
];

/**
 * A deterministic uniform generator on [0, 1) (mulberry32), so sampling tests are repeatable
 * without touching the project's RNG layer.
 */
export function uniformGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by the Box–Muller transform from a uniform generator. */
export function normalGenerator(seed: number): () => number {
  const uniform = uniformGenerator(seed);
  return () => {
    const u = 1 - uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}
