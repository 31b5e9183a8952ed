/**
 * The screens before the simulation: a response standard no plan of the space can reach in
 * time is reported (hand-computed on the two-shift area's network), and the placement screen
 * starts the search where an enumeration of every choice of posts covers the most expected
 * incidents (the MCLP optimum, computed here by brute force).
 */
import { describe, expect, it } from 'vitest';
import { expectedIncidentsBySite, travelTimes } from '../../src/optimize/placement.js';
import { placementStart, screenShifts, unreachableStandards } from '../../src/optimize/screen.js';
import type { Dimension } from '../../src/optimize/search-space.js';
import { loadScenario } from '../../src/scenario/load.js';

const FILE = 'test/fixtures/optimize/two-shifts.yaml';
const cars: Dimension[] = [
  { kind: 'cars', shift: 0, min: 1, max: 4 },
  { kind: 'cars', shift: 1, min: 1, max: 4 },
];

describe('unreachableStandards', () => {
  it('reports a standard whose target no car from the station can make, and only it', () => {
    // From the alert: 0.5 min decision + the drive. The lot is 2 min away, the viewpoint 6 and
    // the lift 8 (by the lot): with a 1-minute target no site is reachable; with 30 every site is.
    const scenario = loadScenario(FILE, [
      { kind: 'set', path: 'standards[police-fast].minutes', value: '1' },
    ]);
    const base = scenario.plans[0]!;
    expect(unreachableStandards(scenario, base, cars, scenario.standards)).toEqual([
      { standard: 'police-fast', reachableShare: 0, required: 50 },
    ]);
    const easy = loadScenario(FILE, [
      { kind: 'set', path: 'standards[police-fast].minutes', value: '30' },
    ]);
    expect(unreachableStandards(easy, easy.plans[0]!, cars, easy.standards)).toEqual([]);
  });
});

describe('placementStart', () => {
  it('opens the posts that cover the most expected incidents within the walking radius', () => {
    const scenario = loadScenario(FILE);
    const base = scenario.plans[0]!;
    const sites = ['lot', 'view', 'lift', 'station'];
    const dimensions: Dimension[] = sites.map((site) => ({ kind: 'post', site, min: 1, max: 1 }));
    const space = { base: base.name, dimensions, platforms: 2 };
    const baseChoice = sites.map((site) => (site === 'lot' ? 1 : 0));
    const start = placementStart(scenario, base, space, baseChoice)!;
    // Brute force: every pair of sites, covered demand within the platform's 12 walking minutes.
    const demand = expectedIncidentsBySite(scenario);
    const walk = travelTimes(scenario, 'foot');
    const radius = base.platforms[0]!.coverageMinutes;
    let best = { pair: [] as string[], covered: -1 };
    for (let i = 0; i < sites.length; i++) {
      for (let j = i + 1; j < sites.length; j++) {
        const pair = [sites[i]!, sites[j]!];
        const covered = [...demand].reduce(
          (sum, [site, h]) => sum + (pair.some((p) => walk(p, site) <= radius) ? h : 0),
          0,
        );
        if (covered > best.covered + 1e-9) best = { pair, covered };
      }
    }
    const opened = sites.filter((_, i) => start.choice[i]! > 0);
    expect(opened.sort()).toEqual([...best.pair].sort());
    expect(start.placement.coveredDemand).toBeCloseTo(best.covered, 9);
  });
});

describe('screenShifts', () => {
  it('asks a shift for the M/M/c count less the cars of the other shifts on duty with it', () => {
    const withOverlap = (cars: number) =>
      loadScenario(FILE, [
        {
          kind: 'set',
          path: 'plans[base].officers.shifts',
          value: `[{start: "07:00", end: "11:00", cars: 2, crew: 2}, {start: "11:00", end: "07:00", cars: 1, crew: 2}, {start: "07:00", end: "11:00", cars: ${cars}, crew: 2}]`,
        },
      ]);
    const need = (cars: number) => {
      const scenario = withOverlap(cars);
      const base = scenario.plans[0]!;
      return screenShifts(scenario, base, [cars0], scenario.standards)[0]!.cars;
    };
    const alone = need(0);
    expect(alone).toBeGreaterThanOrEqual(2);
    expect(need(1)).toBe(alone - 1);
    expect(need(alone + 3)).toBe(0);
  });
});

const cars0: Dimension = { kind: 'cars', shift: 0, min: 0, max: 10 };
