/**
 * Builds resolved Scenario objects directly for model tests: a small valid scenario with every
 * field filled, which a test overrides piece by piece. (The model consumes the resolved type, so
 * tests do not depend on the YAML loader.)
 */
import type { Distribution } from '../../src/scenario/schema.js';
import type { Plan, Scenario } from '../../src/scenario/types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A constant distribution. */
export function constant(value: number): Distribution {
  return { dist: 'constant', value };
}

/** Daily hours that run all day (start = end): for shifts, platform posts and patrols. */
export const ALL_DAY = { start: '00:00', end: '00:00' } as const;

/**
 * Officers at `base` in one shift of cars on duty all day.
 *
 * @example plan({ name: 'two-cars', officers: allDayCars('station', { cars: 2, crew: 1 }) })
 */
export function allDayCars(base: string, cars: { cars: number; crew: number }): Plan['officers'] {
  return { base, shifts: [{ ...ALL_DAY, ...cars }] };
}

/**
 * A steady crowd: 1,000 visitors a day, no demand uncertainty, arriving evenly all day, shared
 * among `sites` (each with its share and stay).
 *
 * @example steadyCrowd([{ site: 'A', share: 1, stay: constant(60) }])
 */
export function steadyCrowd(sites: Scenario['crowd']['sites']): Scenario['crowd'] {
  return {
    visitorsPerDay: [1000],
    demandCv: 0,
    arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
    sites,
  };
}

/** A plan with every field present; override what the test needs. */
export function plan(overrides: Partial<Plan> & { name: string }): Plan {
  return {
    description: '',
    dispatch: 'nearest',
    officers: { base: 'station', shifts: [] },
    platforms: [],
    patrols: [],
    cost: undefined,
    ...overrides,
  };
}

/**
 * A one-day scenario: a station and a lot 5 vehicle / 10 walking minutes apart, visitors all day
 * at the lot, one incident type needing one officer, phone reporting at once, one car all day.
 */
export function baseScenario(overrides: Partial<Mutable<Scenario>> = {}): Scenario {
  return {
    file: 'test.yaml',
    hash: '0',
    overrides: [],
    name: 'test',
    description: '',
    seed: 1,
    replications: 1,
    calendar: { start: '2024-10-01', days: 1 },
    sites: [
      { id: 'station', name: 'Station', kind: 'station' },
      { id: 'lot', name: 'Lot', kind: 'parking' },
    ],
    travel: { links: [{ between: ['station', 'lot'], vehicle: 5, walk: 10 }] },
    crowd: {
      visitorsPerDay: [1440],
      demandCv: 0,
      arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
      sites: [{ site: 'lot', share: 1, stay: constant(60) }],
    },
    incidentTypes: [
      {
        id: 'dispute',
        name: 'Dispute',
        rate: 10,
        priority: 2,
        handlers: ['officer'],
        officers: 1,
        onScene: constant(20),
        targetMinutes: 10,
      },
    ],
    detection: {
      phone: constant(0),
      platform: constant(0),
      patrol: constant(0),
      radioMinutes: 0,
      dispatchMinutes: 0,
    },
    plans: [
      plan({
        name: 'base',
        officers: allDayCars('station', { cars: 1, crew: 1 }),
      }),
    ],
    defaultPlan: 'base',
    occupancyIntervalMinutes: 60,
    standards: [],
    ...overrides,
  };
}
