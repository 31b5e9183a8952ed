import { describe, expect, it } from 'vitest';
import { hourOfRun, hourRates, nominalOccupancy } from '../../src/check/busiest-hour.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import {
  fewestServers,
  fewestServersForWaits,
  hourlyBlocks,
  screenBlocks,
  screenHour,
  shareWithinWait,
} from '../../src/optimize/staffing.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { ResponseStandard } from '../../src/scenario/standards.js';

/**
 * Erlang C from the textbook (e.g. Gross & Harris, Fundamentals of Queueing Theory):
 * C = [A^c/c! · c/(c − A)] / [Σ_{k<c} A^k/k! + A^c/c! · c/(c − A)], A = λ/μ < c.
 */
function textbookErlangC(c: number, load: number): number {
  let term = 1; // A^k / k!
  let below = 0;
  for (let k = 0; k < c; k++) {
    below += term;
    term *= load / (k + 1);
  }
  const top = term * (c / (c - load));
  return top / (below + top);
}

/** P(Wq ≤ t) = 1 − C·e^{−(cμ − λ)t} from the textbook formula, rates per minute. */
function textbookWithin(perHour: number, serviceMinutes: number, c: number, t: number): number {
  const lambda = perHour / 60;
  const mu = 1 / serviceMinutes;
  return 1 - textbookErlangC(c, lambda / mu) * Math.exp(-(c * mu - lambda) * t);
}

/** The fewest c by enumeration from 1: stable (c > A) and within-share at least p. */
function enumerateFewest(
  perHour: number,
  serviceMinutes: number,
  waits: readonly { weight: number; waitMinutes: number }[],
  p: number,
): number {
  const load = (perHour / 60) * serviceMinutes;
  const total = waits.reduce((sum, w) => sum + w.weight, 0);
  for (let c = 1; c < 10_000; c++) {
    if (c <= load) continue;
    const met = waits.reduce(
      (sum, w) =>
        sum +
        (w.waitMinutes < 0
          ? 0
          : w.weight * textbookWithin(perHour, serviceMinutes, c, w.waitMinutes)),
      0,
    );
    if (met / total >= p) return c;
  }
  throw new Error('not found');
}

describe('fewestServers (known answer (a) of the optimize issue)', () => {
  const cases: [number, number, number, number][] = [
    // λ per hour, mean service minutes, t, p
    [12, 20, 3, 0.9],
    [12, 20, 0, 0.9], // t = 0: the call must not wait at all
    [60, 1, 0, 0.5], // A = 1: stability forces c ≥ 2, which already gives 2/3 ≥ 0.5
    [54, 5, 10, 0.1], // A = 4.5: a low share is met by the first stable c = 5
    [48, 5, 10, 0.05], // A = 4 exactly: ρ < 1 needs c = 5, not 4
    [200, 30, 1, 0.95], // A = 100
    [3, 45, 5, 0.99],
    [0.5, 60, 2, 0.9],
  ];
  it.each(cases)(
    'λ = %s/h, 1/μ = %s min, t = %s, p = %s matches enumeration of the textbook formula',
    (perHour, service, t, p) => {
      const c = fewestServers(
        { arrivalsPerHour: perHour, meanServiceMinutes: service },
        { waitMinutes: t, share: p },
      );
      expect(c).toBe(enumerateFewest(perHour, service, [{ weight: 1, waitMinutes: t }], p));
    },
  );

  it('is the first stable count when the share is tiny, and the hand case A = 1', () => {
    expect(
      fewestServers(
        { arrivalsPerHour: 54, meanServiceMinutes: 5 },
        { waitMinutes: 10, share: 0.1 },
      ),
    ).toBe(5);
    expect(
      fewestServers({ arrivalsPerHour: 48, meanServiceMinutes: 5 }, { waitMinutes: 0, share: 0 }),
    ).toBe(5);
    // λ = μ = 1/min, c = 2: C = (1/2 · 2)/(1 + 1 + 1) = 1/3, so P(no wait) = 2/3.
    expect(
      fewestServers(
        { arrivalsPerHour: 60, meanServiceMinutes: 1 },
        { waitMinutes: 0, share: 2 / 3 },
      ),
    ).toBe(2);
    expect(
      fewestServers(
        { arrivalsPerHour: 60, meanServiceMinutes: 1 },
        { waitMinutes: 0, share: 0.67 },
      ),
    ).toBe(3);
  });

  it('needs no server without calls and none suffices for a share of 1', () => {
    expect(
      fewestServers({ arrivalsPerHour: 0, meanServiceMinutes: 30 }, { waitMinutes: 3, share: 1 }),
    ).toBe(0);
    expect(
      fewestServers({ arrivalsPerHour: 1, meanServiceMinutes: 30 }, { waitMinutes: 3, share: 1 }),
    ).toBeNull();
  });

  it('rejects bad input', () => {
    const load = { arrivalsPerHour: 1, meanServiceMinutes: 30 };
    expect(() => fewestServers(load, { waitMinutes: -1, share: 0.9 })).toThrow(/waitMinutes/);
    expect(() => fewestServers(load, { waitMinutes: 1, share: 1.5 })).toThrow(/share/);
    expect(() =>
      fewestServers({ ...load, meanServiceMinutes: 0 }, { waitMinutes: 1, share: 0.5 }),
    ).toThrow(/meanServiceMinutes/);
  });
});

describe('fewestServersForWaits', () => {
  it('weights the allowances and matches enumeration', () => {
    const waits = [
      { weight: 2, waitMinutes: 1 },
      { weight: 1, waitMinutes: 6 },
      { weight: 1, waitMinutes: -2 },
    ];
    for (const p of [0.3, 0.6, 0.7]) {
      expect(fewestServersForWaits({ arrivalsPerHour: 20, meanServiceMinutes: 25 }, waits, p)).toBe(
        enumerateFewest(20, 25, waits, p),
      );
    }
  });

  it('is null when the calls too far away for any number of servers leave less than the share', () => {
    const waits = [
      { weight: 0.3, waitMinutes: -1 },
      { weight: 0.7, waitMinutes: 2 },
    ];
    const load = { arrivalsPerHour: 6, meanServiceMinutes: 30 };
    expect(fewestServersForWaits(load, waits, 0.7)).toBeNull();
    expect(fewestServersForWaits(load, waits, 0.69)).toBe(enumerateFewest(6, 30, waits, 0.69));
  });

  it('computes the share the textbook formula gives', () => {
    const waits = [
      { weight: 3, waitMinutes: 2 },
      { weight: 1, waitMinutes: -1 },
    ];
    expect(shareWithinWait({ arrivalsPerHour: 6, meanServiceMinutes: 30 }, 5, waits)).toBeCloseTo(
      (3 * textbookWithin(6, 30, 5, 2)) / 4,
      12,
    );
  });
});

describe('screenHour', () => {
  it('pools the calls and weighs each site, on a hand case', () => {
    // Lot: 4 calls/h, 25 min each, allowance 2 min. View: 2 calls/h, 40 min, allowance −1 (too
    // far). λ = 6/h, 1/μ = (4·25 + 2·40)/6 = 30 min, A = 3. A third of the covered incidents are
    // at the view, so the share is (2/3)·P(Wq ≤ 2), and 0.6 needs P(Wq ≤ 2) ≥ 0.9.
    // c = 4: B = 3.375/16.375 = 0.20611, C = B/(1 − 0.75(1 − B)) = 0.50943, cμ − λ = 1/30,
    //   P(Wq ≤ 2) = 1 − 0.50943·e^(−1/15) = 0.523.
    // c = 5: B = 0.11006, C = 0.23616, cμ − λ = 1/15, P = 1 − 0.23616·e^(−2/15) = 0.793.
    // c = 6: B = 0.05216, C = 0.09915, cμ − λ = 0.1, P = 1 − 0.09915·e^(−0.2) = 0.9188 ≥ 0.9.
    const screen = screenHour(
      hourOfRun(10),
      [
        { site: 'lot', carCalls: 4, serviceMinutes: 25, covered: 4, waitMinutes: 2 },
        { site: 'view', carCalls: 2, serviceMinutes: 40, covered: 2, waitMinutes: -1 },
      ],
      0.6,
    );
    expect(screen.callsPerHour).toBe(6);
    expect(screen.meanServiceMinutes).toBeCloseTo(30, 12);
    expect(screen.unreachableShare).toBeCloseTo(1 / 3, 12);
    expect(screen.cars).toBe(6);
  });

  it('needs no car without calls, unless the covered incidents are out of reach', () => {
    expect(screenHour(hourOfRun(0), [], 0.9).cars).toBe(0);
  });
});

describe('screenBlocks', () => {
  const scenario = loadScenario('test/fixtures/minimal.yaml');
  const model = prepareScenarioModel(scenario);
  const standard: ResponseStandard = {
    id: 'dispute-officers',
    name: 'dispute-officers',
    measure: 'response',
    scope: {
      types: ['dispute'],
      sites: null,
      siteKinds: null,
      detectedBy: null,
      days: null,
      hours: null,
    },
    share: 0.6,
    arrive: { who: 'officers' },
    from: 'decision',
    minutes: 8,
    siteMinutes: { lot: 4 },
  };

  it('builds each hour from the expected incidents, drives and targets, as read by hand', () => {
    // The minimal scenario has no congestion: drives from the station are its link minutes,
    // lot 2, view 2 + 4 = 6, lift 2 + 3 = 5. Disputes need 2 officers (one car of crew 2) and
    // stay 20 min on average ((10 + 2·20 + 30)/4); lost items need none but escalate with
    // probability 0.1 to one officer (one car) and stay 30 min on average (exponential).
    const drive: Record<string, number> = { station: 0, lot: 2, view: 6, lift: 5 };
    const onScene: Record<string, number> = { dispute: 20, 'lost-item': 30 };
    const callsPer: Record<string, number> = { dispute: 1, 'lost-item': 0.1 };
    const [block] = screenBlocks(model, {
      plan: 'base',
      standard,
      blocks: [{ from: 600, to: 720 }],
    });
    expect(block!.hours.map((h) => h.hour.index)).toEqual([10, 11]);
    for (const hour of block!.hours) {
      const sites = hourRates(model, nominalOccupancy(model), hour.hour)
        .filter((r) => r.incidents > 0)
        .map((r) => ({
          site: r.site,
          carCalls: r.incidents * callsPer[r.type]!,
          serviceMinutes: onScene[r.type]! + 2 * drive[r.site]!,
          covered: r.type === 'dispute' ? r.incidents : 0,
          waitMinutes: (r.site === 'lot' ? 4 : 8) - drive[r.site]!,
        }));
      const byHand = screenHour(hour.hour, sites, 0.6);
      expect(hour.callsPerHour).toBeCloseTo(byHand.callsPerHour, 10);
      expect(hour.meanServiceMinutes).toBeCloseTo(byHand.meanServiceMinutes, 10);
      expect(hour.coveredPerHour).toBeCloseTo(byHand.coveredPerHour, 10);
      expect(hour.unreachableShare).toBeCloseTo(byHand.unreachableShare, 10);
      expect(hour.cars).toBe(byHand.cars);
    }
    const counts = block!.hours.map((h) => h.cars);
    expect(counts.every((c) => c !== null && c > 0)).toBe(true);
    expect(block!.cars).toBe(Math.max(...(counts as number[])));
  });

  it('screens units posted elsewhere that travel on foot', () => {
    // Posted at the lot on foot: lot 0, view 12, lift 8 minutes' walk (station 10).
    const walk: Record<string, number> = { station: 10, lot: 0, view: 12, lift: 8 };
    const [block] = screenBlocks(model, {
      plan: 'base',
      standard,
      blocks: [{ from: 600, to: 660 }],
      base: 'lot',
      mode: 'foot',
    });
    const sites = hourRates(model, nominalOccupancy(model), hourOfRun(10))
      .filter((r) => r.incidents > 0)
      .map((r) => ({
        site: r.site,
        carCalls: r.incidents * (r.type === 'dispute' ? 1 : 0.1),
        serviceMinutes: (r.type === 'dispute' ? 20 : 30) + 2 * walk[r.site]!,
        covered: r.type === 'dispute' ? r.incidents : 0,
        waitMinutes: (r.site === 'lot' ? 4 : 8) - walk[r.site]!,
      }));
    const byHand = screenHour(hourOfRun(10), sites, 0.6);
    expect(block!.meanServiceMinutes).toBeCloseTo(byHand.meanServiceMinutes, 10);
    expect(block!.unreachableShare).toBeCloseTo(byHand.unreachableShare, 10);
    expect(block!.unreachableShare).toBeGreaterThan(0);
    expect(block!.cars).toBe(byHand.cars);
  });

  it('weighs an escalating type by its escalation probability when the standard covers it', () => {
    const everyType = { ...standard, scope: { ...standard.scope, types: null } };
    const [block] = screenBlocks(model, {
      plan: 'base',
      standard: everyType,
      blocks: [{ from: 600, to: 660 }],
    });
    const rates = hourRates(model, nominalOccupancy(model), hourOfRun(10));
    const sum = (type: string) =>
      rates.filter((r) => r.type === type).reduce((s, r) => s + r.incidents, 0);
    expect(block!.coveredPerHour).toBeCloseTo(sum('dispute') + 0.1 * sum('lost-item'), 10);
  });

  it('counts a car per officer with a crew of one, and shifts the allowance by the clock start', () => {
    const [pairs] = screenBlocks(model, {
      plan: 'base',
      standard,
      blocks: [{ from: 600, to: 660 }],
    });
    const [singles] = screenBlocks(model, {
      plan: 'base',
      standard,
      blocks: [{ from: 600, to: 660 }],
      crew: 1,
    });
    const rates = hourRates(model, nominalOccupancy(model), hourOfRun(10));
    const disputes = rates.filter((r) => r.type === 'dispute').reduce((s, r) => s + r.incidents, 0);
    expect(singles!.callsPerHour - pairs!.callsPerHour).toBeCloseTo(disputes, 10);
    // From the occurrence the phone delay (mean 15 min) and the decision time come first: with a
    // target of 8 minutes (4 at the lot) nothing is reachable, and no number of cars helps.
    const [late] = screenBlocks(model, {
      plan: 'base',
      standard: { ...standard, from: 'occurrence' },
      blocks: [{ from: 600, to: 660 }],
    });
    expect(late!.unreachableShare).toBe(1);
    expect(late!.cars).toBeNull();
    // Reported by a platform (constant 3 minutes) or in a given 1 minute, the 8-minute target
    // leaves 8 − 3 − 0 (decision time) − drive, as with the decision clock minus 3.
    const viaPlatform = {
      ...standard,
      from: 'occurrence' as const,
      minutes: 11,
      siteMinutes: { lot: 7 },
    };
    const [platform] = screenBlocks(model, {
      plan: 'base',
      standard: { ...viaPlatform, scope: { ...standard.scope, detectedBy: ['platform'] } },
      blocks: [{ from: 600, to: 660 }],
    });
    const [given] = screenBlocks(model, {
      plan: 'base',
      standard: { ...viaPlatform, minutes: 9, siteMinutes: { lot: 5 } },
      blocks: [{ from: 600, to: 660 }],
      detectionMinutes: 1,
    });
    expect(platform).toEqual(pairs);
    expect(given).toEqual(pairs);
  });

  it('rejects an unknown plan and a block outside the horizon', () => {
    expect(() => screenBlocks(model, { plan: 'nope', standard, blocks: [] })).toThrow(
      /unknown plan/,
    );
    expect(() =>
      screenBlocks(model, { plan: 'base', standard, blocks: [{ from: 0, to: 3000 }] }),
    ).toThrow(/horizon/);
  });

  it('cuts a span into hourly blocks', () => {
    expect(hourlyBlocks(600, 780)).toEqual([
      { from: 600, to: 660 },
      { from: 660, to: 720 },
      { from: 720, to: 780 },
    ]);
    expect(hourlyBlocks(0, 90)).toEqual([
      { from: 0, to: 60 },
      { from: 60, to: 90 },
    ]);
  });
});
