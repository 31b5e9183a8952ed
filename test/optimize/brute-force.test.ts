/**
 * Known answer (b): on a scenario whose plans can all be enumerated (cars 1–4 on each of two
 * shifts: 16 plans), `optimize` returns the plan a brute force finds — every plan simulated here,
 * in this thread, on the same seed and replications, and judged by the rule written out again in
 * this test (the cheapest plan whose every standard's 95 % Student t lower bound reaches its
 * required share). Also: the search's own evaluation of each plan it tried equals the brute
 * force's, and best-plan.yaml pasted under `plans:` of a copy of the scenario validates.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jStat from 'jstat';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { type OptimizeResult, runOptimize } from '../../src/optimize/run-optimize.js';
import { loadScenario } from '../../src/scenario/load.js';
import { summarizeReplication } from '../../src/stats/measures.js';
import { freshResultsDir, quietProgress } from '../experiment/helpers.js';

const FILE = 'test/fixtures/optimize/two-shifts.yaml';
const REPLICATIONS = 8;
const CARS = [1, 2, 3, 4];

interface Judged {
  readonly choice: [number, number];
  readonly cost: number;
  readonly lows: Record<string, number>;
  readonly feasible: boolean;
}

/** One plan of the grid simulated and judged by the rule, independently of optimize/. */
function bruteForce(day: number, night: number): Judged {
  const scenario = loadScenario(FILE, [
    { kind: 'set', path: 'plans[base].officers.shifts[0].cars', value: String(day) },
    { kind: 'set', path: 'plans[base].officers.shifts[1].cars', value: String(night) },
  ]);
  const model = prepareScenarioModel(scenario);
  const runs = Array.from({ length: REPLICATIONS }, (_, i) =>
    summarizeReplication(
      simulateReplication(model, 'base', i + 1, { seed: scenario.seed }),
      scenario,
    ),
  );
  const lows: Record<string, number> = {};
  let feasible = true;
  for (const standard of scenario.standards) {
    const values = runs.map((r) => r.values[`standard@${standard.id}`]!);
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    const low = mean - jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
    lows[standard.id] = low;
    if (low < 100 * standard.share) feasible = false;
  }
  const cost = runs.reduce((a, r) => a + r.values.cost!, 0) / runs.length;
  return { choice: [day, night], cost, lows, feasible };
}

describe('optimize on an enumerable scenario', () => {
  let grid: Judged[];
  let result: OptimizeResult;

  beforeAll(async () => {
    grid = CARS.flatMap((day) => CARS.map((night) => bruteForce(day, night)));
    const scenario = loadScenario(FILE);
    result = await runOptimize({
      scenario,
      seed: scenario.seed,
      replications: REPLICATIONS,
      workers: 1,
      resultsDir: freshResultsDir(),
      progressStream: quietProgress,
      commandLine: 'peakwatch optimize (test)',
      space: {
        base: 'base',
        dimensions: [
          { kind: 'cars', shift: 0, min: 1, max: 4 },
          { kind: 'cars', shift: 1, min: 1, max: 4 },
        ],
      },
      goal: { kind: 'cheapest' },
      start: [2, 1],
      maxEvaluations: 16,
      standards: scenario.standards,
    });
  }, 120_000);

  it('has a brute-force optimum that is neither the start nor the most expensive plan', () => {
    const optimum = cheapestFeasible(grid);
    expect(optimum).toBeDefined();
    expect(optimum!.choice).not.toEqual([2, 1]);
    expect(optimum!.choice).not.toEqual([4, 4]);
    // Some plans miss a standard: the rule is not trivially met.
    expect(grid.some((g) => !g.feasible)).toBe(true);
  });

  it('returns the brute-force optimum', () => {
    const optimum = cheapestFeasible(grid)!;
    expect(result.search.best?.choice).toEqual(optimum.choice);
    expect(result.search.best?.meetsAll).toBe(true);
  });

  it('judges every plan it evaluates as the brute force does, on the same replications', () => {
    for (const e of result.search.inSpace) {
      const g = grid.find((x) => x.choice.join() === e.choice.join())!;
      expect(e.meetsAll).toBe(g.feasible);
      expect(e.cost).toBeCloseTo(g.cost, 9);
      for (const s of e.shares) expect(s.share.low).toBeCloseTo(g.lows[s.standard]!, 9);
    }
  });

  it('writes a best-plan.yaml that validates when pasted under plans: of the scenario', () => {
    const block = readFileSync(join(result.folder, 'best-plan.yaml'), 'utf8');
    const text = readFileSync(FILE, 'utf8');
    const indented = block
      .split('\n')
      .map((line) => (line === '' ? line : `  ${line}`))
      .join('\n');
    const pasted = text.replace(/^plans:\n/m, `plans:\n${indented}\n`);
    const copy = join(mkdtempSync(join(tmpdir(), 'pw-opt-')), 'pasted.yaml');
    writeFileSync(copy, pasted);
    const scenario = loadScenario(copy);
    const plan = scenario.plans.find((p) => p.name === 'optimized')!;
    expect(plan.officers.shifts.map((s) => s.cars)).toEqual(result.search.best!.choice);
    expect(plan.dispatch).toBe(scenario.plans.find((p) => p.name === 'base')!.dispatch);
  });
});

function cheapestFeasible(grid: readonly Judged[]): Judged | undefined {
  return [...grid].filter((g) => g.feasible).sort((a, b) => a.cost - b.cost)[0];
}
