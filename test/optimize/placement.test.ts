import { describe, expect, it } from 'vitest';
import { hourOfRun, hourRates, nominalOccupancy } from '../../src/check/busiest-hour.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import {
  additionGains,
  closureLosses,
  coverageOf,
  expectedIncidentsBySite,
  greedyPlacement,
  type PlacementProblem,
  placePosts,
  travelTimes,
} from '../../src/optimize/placement.js';
import { loadScenario } from '../../src/scenario/load.js';
import { uniformGenerator } from '../stats/fixtures.js';

/** A travel function from a table of (post → demand site) minutes; 99 where not listed. */
function tableTravel(table: Record<string, Record<string, number>>) {
  return (from: string, to: string) => table[from]?.[to] ?? 99;
}

/**
 * Independent brute force: every set of p posts containing the fixed ones (by bitmask over the
 * candidates), each scored straight from the travel function as Σ_j h_j (1 − q^{n_j}).
 */
function bruteForce(
  problem: PlacementProblem,
  posts: number,
  fixed: readonly string[] = [],
): { best: number; sets: string[][] } {
  const { candidates, demand, travelMinutes, standardMinutes } = problem;
  const q = problem.busyFraction ?? 0;
  let best = Number.NEGATIVE_INFINITY;
  let sets: string[][] = [];
  for (let mask = 0; mask < 2 ** candidates.length; mask++) {
    const open = candidates.filter((_, i) => (mask >> i) & 1);
    if (open.length !== posts || !fixed.every((f) => open.includes(f))) continue;
    let value = 0;
    for (const [site, h] of demand) {
      const n = open.filter((post) => travelMinutes(post, site) <= standardMinutes).length;
      value += h * (1 - q ** n);
    }
    if (value > best + 1e-9) {
      best = value;
      sets = [open];
    } else if (Math.abs(value - best) <= 1e-9) sets.push(open);
  }
  return { best, sets };
}

describe('placePosts (known answer (c) of the optimize issue)', () => {
  // Demand sites 1–6 of weight 1. Post A reaches 1–4, B reaches 1, 2, 5 and C reaches 3, 4, 6
  // within S = 5 minutes. Greedy opens A (4) and then B or C (+1): 5. The optimum is B and C: 6.
  const near = 2;
  const trap: PlacementProblem = {
    candidates: ['A', 'B', 'C'],
    demand: new Map(['s1', 's2', 's3', 's4', 's5', 's6'].map((s) => [s, 1])),
    travelMinutes: tableTravel({
      A: { s1: near, s2: near, s3: near, s4: near },
      B: { s1: near, s2: near, s5: near },
      C: { s3: near, s4: near, s6: near },
    }),
    standardMinutes: 5,
  };

  it('finds the optimum where greedy alone does not', () => {
    expect(bruteForce(trap, 2).best).toBe(6);
    const greedy = greedyPlacement(trap, { posts: 2 });
    expect(greedy.value).toBe(5);
    const exact = placePosts(trap, { posts: 2 });
    expect(exact).toMatchObject({ open: ['B', 'C'], value: 6, coveredDemand: 6, method: 'exact' });
    expect(exact.evaluated).toBe(3);
    // The interchange repairs greedy here: swapping A for C gains 1.
    const heuristic = placePosts(trap, { posts: 2, maxSubsets: 0 });
    expect(heuristic).toMatchObject({ open: ['B', 'C'], value: 6, method: 'heuristic' });
  });

  it('keeps fixed posts open and optimises the rest', () => {
    const result = placePosts(trap, { posts: 2, fixed: ['A'] });
    expect(result.open).toContain('A');
    expect(result.value).toBe(bruteForce(trap, 2, ['A']).best);
    // A fixed post outside the candidates is added to them.
    const outside = placePosts({ ...trap, candidates: ['B', 'C'] }, { posts: 2, fixed: ['A'] });
    expect(outside.open).toContain('A');
    expect(outside.value).toBe(5);
  });

  it('matches an independent brute force on seeded random instances, MCLP and MEXCLP', () => {
    const uniform = uniformGenerator(13);
    for (let instance = 0; instance < 12; instance++) {
      const candidates = Array.from({ length: 9 }, (_, i) => `c${i}`);
      const sites = Array.from({ length: 14 }, (_, j) => `d${j}`);
      const minutes: Record<string, Record<string, number>> = {};
      for (const c of candidates) {
        minutes[c] = Object.fromEntries(sites.map((s) => [s, Math.floor(uniform() * 20)]));
      }
      const problem: PlacementProblem = {
        candidates,
        demand: new Map(sites.map((s) => [s, Math.round(uniform() * 50) / 10])),
        travelMinutes: tableTravel(minutes),
        standardMinutes: 6,
        busyFraction: instance % 2 === 0 ? 0 : 0.35,
      };
      const posts = 2 + (instance % 4);
      const fixed = instance % 3 === 0 ? ['c4'] : [];
      const brute = bruteForce(problem, posts, fixed);
      const result = placePosts(problem, { posts, fixed });
      expect(result.method).toBe('exact');
      expect(result.value).toBeCloseTo(brute.best, 9);
      expect(brute.sets.map((s) => s.join())).toContain(result.open.join());
    }
  });
});

describe('MEXCLP', () => {
  // A reaches x (10) and y (40), B reaches y, C reaches z (12); q = 0.5, p = 2.
  // {A, B}: 10·0.5 + 40·(1 − 0.25) = 35. {A, C}: 5 + 20 + 12·0.5 = 31. {B, C}: 20 + 6 = 26.
  // MCLP (q = 0) prefers {A, C} (62 against 50): backing up y is worth more when posts are busy.
  const problem: PlacementProblem = {
    candidates: ['A', 'B', 'C'],
    demand: new Map([
      ['x', 10],
      ['y', 40],
      ['z', 12],
    ]),
    travelMinutes: tableTravel({ A: { x: 1, y: 1 }, B: { y: 1 }, C: { z: 1 } }),
    standardMinutes: 3,
    busyFraction: 0.5,
  };

  it('maximises expected coverage on a hand case', () => {
    expect(placePosts(problem, { posts: 2 })).toMatchObject({
      open: ['A', 'B'],
      value: 35,
      coveredDemand: 50,
      totalDemand: 62,
    });
    expect(coverageOf(problem, ['A', 'C']).value).toBe(31);
    expect(coverageOf(problem, ['B', 'C']).value).toBe(26);
    expect(placePosts({ ...problem, busyFraction: 0 }, { posts: 2 })).toMatchObject({
      open: ['A', 'C'],
      value: 62,
    });
  });

  it('ranks posts by the harm of closing them and candidates by the gain of opening them', () => {
    // From {A, B, C}: closing A loses x (10·0.5) and y's backup (40·(0.75 − 0.5)) = 15; B loses
    // 10; C loses 6.
    expect(closureLosses(problem, ['A', 'B', 'C'], ['C'])).toEqual([
      { site: 'C', change: 6, fixed: true },
      { site: 'B', change: 10, fixed: false },
      { site: 'A', change: 15, fixed: false },
    ]);
    // From {A}: B adds 10, C adds 6.
    expect(additionGains(problem, ['A'])).toEqual([
      { site: 'B', change: 10, fixed: false },
      { site: 'C', change: 6, fixed: false },
    ]);
  });
});

describe('the heuristic on a larger instance', () => {
  it('returns a valid set no worse than greedy, scored as the brute-force scorer would', () => {
    const uniform = uniformGenerator(99);
    const candidates = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const sites = Array.from({ length: 60 }, (_, j) => `d${j}`);
    const points = [...candidates, ...sites].map(() => [uniform() * 30, uniform() * 30] as const);
    const where = new Map([...candidates, ...sites].map((id, n) => [id, points[n]!]));
    const travelMinutes = (a: string, b: string) => {
      const [ax, ay] = where.get(a)!;
      const [bx, by] = where.get(b)!;
      return Math.hypot(ax - bx, ay - by);
    };
    const problem: PlacementProblem = {
      candidates,
      demand: new Map(sites.map((s) => [s, 1 + Math.floor(uniform() * 9)])),
      travelMinutes,
      standardMinutes: 6,
      busyFraction: 0.2,
    };
    const options = { posts: 8, fixed: ['c0', 'c1'] };
    const result = placePosts(problem, options);
    expect(result.method).toBe('heuristic');
    expect(new Set(result.open).size).toBe(8);
    expect(result.open.every((site) => candidates.includes(site))).toBe(true);
    expect(result.open).toEqual(expect.arrayContaining(['c0', 'c1']));
    let value = 0;
    for (const [site, h] of problem.demand) {
      const n = result.open.filter((post) => travelMinutes(post, site) <= 6).length;
      value += h * (1 - 0.2 ** n);
    }
    expect(result.value).toBeCloseTo(value, 9);
    expect(result.value).toBeGreaterThanOrEqual(greedyPlacement(problem, options).value);
  });
});

describe('placement inputs from a scenario', () => {
  const model = prepareScenarioModel(loadScenario('test/fixtures/minimal.yaml'));

  it('measures travel on the network by mode', () => {
    // Walking: station–lot 10, lot–lift 8; driving: 2 and 3. The viewpoint has no road to the lift.
    expect(travelTimes(model, 'foot')('station', 'lift')).toBe(18);
    expect(travelTimes(model, 'vehicle')('station', 'lift')).toBe(5);
    expect(travelTimes(model, 'vehicle')('view', 'lift')).toBe(7);
  });

  it('sums the expected incidents of each site hour by hour, by type when asked', () => {
    const all = expectedIncidentsBySite(model, { from: 600, to: 720 });
    const occupancy = nominalOccupancy(model);
    const rates = [10, 11].flatMap((h) => hourRates(model, occupancy, hourOfRun(h)));
    for (const site of model.network.siteIds) {
      const expected = rates.filter((r) => r.site === site).reduce((s, r) => s + r.incidents, 0);
      expect(all.get(site)).toBeCloseTo(expected, 12);
    }
    expect(all.get('station')).toBe(0);
    const disputes = expectedIncidentsBySite(model, { types: ['dispute'], from: 600, to: 720 });
    const lostItems = expectedIncidentsBySite(model, { types: ['lost-item'], from: 600, to: 720 });
    for (const site of model.network.siteIds) {
      expect(disputes.get(site)! + lostItems.get(site)!).toBeCloseTo(all.get(site)!, 12);
    }
    const day = expectedIncidentsBySite(model);
    const total = [...day.values()].reduce((a, b) => a + b, 0);
    const halves = [
      expectedIncidentsBySite(model, { to: 1440 }),
      expectedIncidentsBySite(model, { from: 1440 }),
    ].map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    expect(halves[0]! + halves[1]!).toBeCloseTo(total, 9);
    expect(() => expectedIncidentsBySite(model, { from: 30 })).toThrow(/whole hours/);
  });

  it('rejects bad problems', () => {
    const problem: PlacementProblem = {
      candidates: ['lot', 'view'],
      demand: new Map([['lift', 1]]),
      travelMinutes: travelTimes(model, 'foot'),
      standardMinutes: 10,
    };
    expect(() => placePosts(problem, { posts: 3 })).toThrow(/posts must be an integer/);
    expect(() => placePosts({ ...problem, busyFraction: 1 }, { posts: 1 })).toThrow(/busyFraction/);
    expect(() => placePosts({ ...problem, candidates: ['lot', 'lot'] }, { posts: 1 })).toThrow(
      /repeat/,
    );
  });
});
