/**
 * Whether a response standard can be met at a site at all: the fastest possible arrival from
 * where a plan's responders are based, worked out by hand on the test network (station and lot
 * 5 minutes apart by vehicle, 10 on foot).
 */
import { describe, expect, it } from 'vitest';
import { fastestArrival, isUnreachable } from '../../src/analytic/standard-reach.js';
import { scenarioNetwork } from '../../src/model/network.js';
import type { ResponseStandard } from '../../src/scenario/standards.js';
import { baseScenario, plan } from '../model/scenario-builder.js';

const scenario = baseScenario();
const network = scenarioNetwork(scenario);
const DAY_POST = {
  site: 'lot',
  staff: 1,
  coverageMinutes: 5,
  hours: { start: '07:00', end: '19:00' },
};

function standard(
  arrive: ResponseStandard['arrive'],
  from: ResponseStandard['from'],
): ResponseStandard {
  return {
    id: 's',
    name: 's',
    measure: 'response',
    share: 0.9,
    scope: { types: null, sites: null, siteKinds: null, detectedBy: null, days: null, hours: null },
    arrive,
    from,
    minutes: 3,
    siteMinutes: {},
  };
}

describe('fastestArrival', () => {
  const carsOnly = scenario.plans[0]!;
  const withPost = plan({ ...carsOnly, name: 'post', platforms: [DAY_POST] });
  const anyone = standard({ who: 'first', kinds: null }, 'alert');

  it('flags a site beyond reach: officers drive 5 minutes, plus the 0.5 decision, against 3', () => {
    const fastest = fastestArrival(network, carsOnly, anyone, 'lot', null, 0.5);
    expect(fastest).toBe(5.5);
    expect(isUnreachable(anyone, 'lot', fastest)).toBe(true);
    // From the decision the decision time does not count: 5 > 3 still.
    const fromDecision = standard({ who: 'first', kinds: null }, 'decision');
    expect(fastestArrival(network, carsOnly, fromDecision, 'lot', null, 0.5)).toBe(5);
  });

  it('does not flag the same site with a forward post there, while the post is open', () => {
    const fastest = fastestArrival(network, withPost, anyone, 'lot', 10, 0.5);
    expect(fastest).toBe(0.5);
    expect(isUnreachable(anyone, 'lot', fastest)).toBe(false);
    // At 03:00 the post is closed: only the cars, 5.5 minutes away.
    expect(fastestArrival(network, withPost, anyone, 'lot', 3, 0.5)).toBe(5.5);
  });

  it('counts only responders that can satisfy the standard: officers are not helped by a post', () => {
    const officers = standard({ who: 'officers' }, 'alert');
    expect(fastestArrival(network, withPost, officers, 'lot', 10, 0)).toBe(5);
    const platformOnly = standard({ who: 'first', kinds: ['platform'] }, 'alert');
    expect(fastestArrival(network, carsOnly, platformOnly, 'lot', null, 0)).toBe(Infinity);
  });
});

describe('fastestArrival from posted and walking officers', () => {
  const anyone = standard({ who: 'first', kinds: null }, 'alert');
  const officers = standard({ who: 'officers' }, 'alert');
  const day = { start: '07:00', end: '19:00', cars: 1, crew: 2 } as const;
  const onFoot = (base?: string) =>
    plan({
      name: 'foot',
      officers: {
        base: 'station',
        shifts: [{ ...day, mode: 'foot', ...(base === undefined ? {} : { base }) }],
      },
    });

  it('counts a pair posted at the site: on scene at once, plus the decision', () => {
    const fastest = fastestArrival(network, onFoot('lot'), officers, 'lot', 10, 0.5);
    expect(fastest).toBe(0.5);
    expect(isUnreachable(officers, 'lot', fastest)).toBe(false);
  });

  it('counts officers on a patrol route from its nearest stop', () => {
    const walking = plan({
      name: 'walking',
      officers: {
        base: 'station',
        shifts: [{ ...day, mode: 'foot', patrol: { route: ['station', 'lot'], dwellMinutes: 5 } }],
      },
    });
    expect(fastestArrival(network, walking, officers, 'lot', 10, 0.5)).toBe(0.5);
  });

  it('times officers by their mode: a pair on foot from the station walks 10 minutes', () => {
    expect(fastestArrival(network, onFoot(), anyone, 'lot', 10, 0)).toBe(10);
    // Off duty at 03:00: nobody can come.
    expect(fastestArrival(network, onFoot('lot'), anyone, 'lot', 3, 0)).toBe(Infinity);
  });
});
