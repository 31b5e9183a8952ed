/**
 * What common random numbers gain across the points of a sweep (docs/statistics.md, "Sweeps:
 * what stays paired"): a sweep over visitors per day (`peakwatch sweep`'s own machinery, every
 * point on the same seed) against the same points each compared on its own seed (independent
 * streams), with the same replications. For each plan, measure and pair of neighbouring points,
 * the factor Var_indep(d) / Var_CRN(d) of the difference d_j = X_{k+1,j} − X_{k,j} between the
 * points' replication j: how many times more replications independent runs would need to
 * estimate the change between the two points as precisely.
 *
 * `npx tsx bench/sweep-crn.ts [--replications N] [--seed S] [--vary PATH=...]` (default 100
 * replications, seed 1, `--vary crowd.visitorsPerDay=16000:28000:4000`: the same visitors on
 * every day, every plan of the default scenario).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runComparison } from '../src/experiment/run-comparison.js';
import { runSweep } from '../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../src/output/record-selection.js';
import { parseSummaryCsv } from '../src/output/summary-csv.js';
import { loadScenario } from '../src/scenario/load.js';
import { HEADLINE_MEASURE_IDS } from '../src/stats/compare.js';
import { DEFAULT_SCENARIO } from './replications.js';

/** Sample variance (divisor n − 1) of the defined values. */
function variance(values: readonly number[]): number {
  const defined = values.filter((v) => Number.isFinite(v));
  const mean = defined.reduce((s, v) => s + v, 0) / defined.length;
  return defined.reduce((s, v) => s + (v - mean) ** 2, 0) / (defined.length - 1);
}

/** A plan's values of one measure by replication, from a point folder's summary file. */
function valuesOf(folder: string, plan: string, key: string): number[] {
  const path = join(folder, `summary-${plan}.csv`);
  return parseSummaryCsv(readFileSync(path, 'utf8'), path).summaries.map(
    (s) => s.values[key] ?? Number.NaN,
  );
}

const { values: args } = parseArgs({
  options: {
    replications: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    vary: { type: 'string', default: 'crowd.visitorsPerDay=16000:28000:4000' },
  },
});
const replications = Number(args.replications);
const seed = Number(args.seed);
const scenario = loadScenario(DEFAULT_SCENARIO);
const axes = [parseVary(args.vary)];
const grid = sweepGrid(axes);
const pointScenario = (i: number) => loadScenario(DEFAULT_SCENARIO, pointOverrides(axes, grid[i]!));
const resultsDir = join(mkdtempSync(join(tmpdir(), 'pw-sweep-crn-')), 'results');
const quiet = { write: () => true, isTTY: false };
const common = { workers: 1, resultsDir, progressStream: quiet, replications, records: NO_RECORDS };

const sweep = await runSweep({
  ...common,
  scenario,
  seed,
  axes,
  points: grid.map((point, i) => ({ point, scenario: pointScenario(i), commandLine: 'bench' })),
  commandLine: 'bench',
});
const independent: string[] = [];
for (const [i] of grid.entries()) {
  // A seed of its own for each point: no random number shared between points.
  const result = await runComparison({
    ...common,
    scenario: pointScenario(i),
    seed: seed + (i + 1) * 7_919_993,
    commandLine: 'bench',
  });
  independent.push(result.folder);
}

const keys = [...HEADLINE_MEASURE_IDS, ...scenario.standards.map((s) => `standard@${s.id}`)];
console.log(
  `Var_indep / Var_CRN of the change between neighbouring points (${axes[0]!.path} = ${axes[0]!.values.join(', ')}), ${replications} replications, seed ${seed}`,
);
console.log(
  ['plan', 'measure', ...grid.slice(1).map((p, i) => `${grid[i]!.values[0]}→${p.values[0]}`)].join(
    '\t',
  ),
);
for (const plan of sweep.plans) {
  for (const key of keys) {
    const factors = grid.slice(1).map((_, i) => {
      const crnA = valuesOf(sweep.points[i]!.folder, plan, key);
      const crnB = valuesOf(sweep.points[i + 1]!.folder, plan, key);
      const indA = valuesOf(independent[i]!, plan, key);
      const indB = valuesOf(independent[i + 1]!, plan, key);
      const crn = variance(crnB.map((v, j) => v - crnA[j]!));
      const ind = variance(indB.map((v, j) => v - indA[j]!));
      return crn === 0 ? 'inf' : (ind / crn).toFixed(1);
    });
    console.log([plan, key, ...factors].join('\t'));
  }
}
