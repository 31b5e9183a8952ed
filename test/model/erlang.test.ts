/*
 * With incidents arriving at a constant rate at the officers' own base (no travel), one officer
 * each, exponential on-scene times and immediate reporting and dispatch, the model is an M/M/c
 * queue, so the share of incidents that wait is Erlang C and the mean wait C/(cμ − λ). The same
 * holds when the exponential time is a search for a lost item and the on-scene work after it
 * takes no time: the officer is busy while searching.
 */
import { describe, expect, it } from 'vitest';
import { solveMMc } from '../../src/analytic/erlang.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import type { IncidentType } from '../../src/scenario/types.js';
import { studentInterval99 } from '../rng/sample-statistics.js';
import { allDayCars, baseScenario, constant, plan } from './scenario-builder.js';

const CARS = 3;
const MEAN_ON_SCENE = 30;
// 24,000 visitors a day entering evenly and staying 60 minutes: 1,000 always at the post once
// the first hour has passed. 4.2 incidents per 1,000 visitor-hours: λ = 4.2/60 = 0.07 a minute.
const LAMBDA = 0.07;
const DAYS = 10;
const REPLICATIONS = 20;
const WARM_UP = 120;

const EXPONENTIAL = { dist: 'exponential', mean: MEAN_ON_SCENE } as const;

/** The time at the scene as on-scene work, or as a search followed by no work. */
const SERVICE: Record<string, Pick<IncidentType, 'onScene' | 'recovery'>> = {
  'on-scene work': { onScene: EXPONENTIAL },
  search: {
    onScene: constant(0),
    recovery: { initial: 1, halfLifeMinutes: 60, searchMinutes: EXPONENTIAL },
  },
};

const scenario = (service: Pick<IncidentType, 'onScene' | 'recovery'>) =>
  baseScenario({
    seed: 99,
    calendar: { start: '2024-10-01', days: DAYS },
    sites: [
      { id: 'post', name: 'Post', kind: 'station' },
      { id: 'elsewhere', name: 'Elsewhere', kind: 'other' },
    ],
    travel: { links: [{ between: ['post', 'elsewhere'], vehicle: 5 }] },
    crowd: {
      visitorsPerDay: new Array(DAYS).fill(24000),
      demandCv: 0,
      arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
      sites: [{ site: 'post', share: 1, stay: { dist: 'constant', value: 60 } }],
    },
    incidentTypes: [
      {
        id: 'call',
        name: 'Call',
        rate: 4.2,
        priority: 1,
        handlers: ['officer'],
        officers: 1,
        targetMinutes: 10,
        ...service,
      },
    ],
    plans: [
      plan({
        name: 'c',
        officers: allDayCars('post', { cars: CARS, crew: 1 }),
      }),
    ],
  });

describe.each(Object.keys(SERVICE))('Erlang C sanity check (M/M/c, zero travel), %s', (name) => {
  const model = prepareScenarioModel(scenario(SERVICE[name]!));
  const shares: number[] = [];
  const waits: number[] = [];
  const rates: number[] = [];
  for (let r = 0; r < REPLICATIONS; r++) {
    const incidents = simulateReplication(model, 'c', r).incidents.filter(
      (i) => i.occurred >= WARM_UP,
    );
    shares.push(incidents.filter((i) => i.waited).length / incidents.length);
    waits.push(incidents.reduce((s, i) => s + i.waitMinutes!, 0) / incidents.length);
    rates.push(incidents.length / (DAYS * 1440 - WARM_UP));
  }
  const theory = solveMMc({ arrivalRate: LAMBDA, serviceRate: 1 / MEAN_ON_SCENE, servers: CARS });

  it('has the intended arrival rate', () => {
    const { mean, halfWidth } = studentInterval99(rates);
    expect(Math.abs(mean - LAMBDA)).toBeLessThan(halfWidth);
  });

  it('makes the share of incidents that wait match Erlang C', () => {
    const { mean, halfWidth } = studentInterval99(shares);
    expect(theory.probabilityWait).toBeGreaterThan(0.3); // a load where waiting is common
    expect(Math.abs(mean - theory.probabilityWait)).toBeLessThan(halfWidth);
    expect(halfWidth).toBeLessThan(0.05);
  });

  it('makes the mean wait match C/(cμ − λ)', () => {
    const { mean, halfWidth } = studentInterval99(waits);
    expect(Math.abs(mean - theory.meanWaitInQueue)).toBeLessThan(halfWidth);
  });
});
