/**
 * What a sweep costs over the plain comparisons it replaces: a sweep of 8 points × 3 plans × 40
 * replications of the default scenario (visitors a day 14,000 to 28,000) against `compare` of
 * each point's scenario in turn (the same work, the same summaries written), each in a child
 * process of its own so that its peak memory is its alone. Reports wall seconds, peak resident
 * memory and the memory after each point (flat when nothing accumulates), and the ratios
 * sweep ÷ compares (target: time ≤ 1.10). Best of `rounds` (default 2), alternating, because
 * the machine is shared. Run alone: `npx tsx bench/sweep-cost.ts [--rounds N]`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runComparison } from '../src/experiment/run-comparison.js';
import { runSweep } from '../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../src/output/record-selection.js';
import { loadScenario } from '../src/scenario/load.js';
import { DEFAULT_SCENARIO } from './replications.js';

/** The work: 8 points × 3 plans × 40 replications, one worker, summaries only. */
const VARY = 'crowd.visitorsPerDay=14000:28000:2000';
const PLANS = ['current', 'extra-car', 'two-platforms'];
const REPLICATIONS = 40;

/** One measurement of one way of doing the work. */
export interface SweepCost {
  readonly mode: 'sweep' | 'compares';
  /** Wall seconds of the work. */
  readonly seconds: number;
  /** CPU seconds of the work, every thread of the process (less disturbed by other work). */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  /** Resident memory over the work (sampled at progress lines, 8 evenly spaced samples), MB. */
  readonly rssOverWorkMb: readonly number[];
}

/** Both ways, best of the rounds, and their ratios. */
export interface SweepCostReport {
  readonly sweep: SweepCost;
  readonly compares: SweepCost;
  readonly timeRatio: number;
  readonly cpuRatio: number;
  readonly memoryRatio: number;
}

/**
 * Measures both ways `rounds` times, alternating, and keeps each one's fastest round (by CPU
 * time: on a shared machine, wall time swings with the other work).
 */
export async function measureSweepCost(rounds = 2): Promise<SweepCostReport> {
  const best: Partial<Record<SweepCost['mode'], SweepCost>> = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const mode of ['sweep', 'compares'] as const) {
      const cost = await inChild(mode);
      if (best[mode] === undefined || cost.cpuSeconds < best[mode].cpuSeconds) best[mode] = cost;
    }
  }
  const sweep = best.sweep!;
  const compares = best.compares!;
  return {
    sweep,
    compares,
    timeRatio: sweep.seconds / compares.seconds,
    cpuRatio: sweep.cpuSeconds / compares.cpuSeconds,
    memoryRatio: sweep.peakRssMb / compares.peakRssMb,
  };
}

/** The report as lines of text. */
export function formatSweepCost(report: SweepCostReport): string {
  const line = (c: SweepCost) =>
    `${c.mode.padEnd(8)}  ${c.seconds.toFixed(2).padStart(7)} s wall, ${c.cpuSeconds.toFixed(2).padStart(7)} s CPU, peak RSS ${c.peakRssMb.toFixed(0)} MB; ` +
    `RSS over the work ${c.rssOverWorkMb.map((mb) => mb.toFixed(0)).join(', ')} MB`;
  return [
    `sweep of 8 points × ${PLANS.length} plans × ${REPLICATIONS} replications (${VARY}), 1 worker, summaries only, against compare of each point:`,
    line(report.sweep),
    line(report.compares),
    `sweep ÷ compares: wall time ${report.timeRatio.toFixed(3)}, CPU time ${report.cpuRatio.toFixed(3)} ` +
      `(target ≤ 1.10), peak memory ${report.memoryRatio.toFixed(3)}`,
  ].join('\n');
}

function inChild(mode: SweepCost['mode']): Promise<SweepCost> {
  const script = fileURLToPath(import.meta.url);
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsxLoader, script, '--child', mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as SweepCost);
      else reject(new Error(`sweep cost child (${mode}) exited with ${code}`));
    });
  });
}

/** The child's side: do the work one way, then print the measurement as JSON. */
async function measureInChild(mode: SweepCost['mode']): Promise<void> {
  const megabytes = (bytes: number) => bytes / 2 ** 20;
  const resultsDir = mkdtempSync(join(tmpdir(), 'pw-bench-sweep-'));
  const samples: number[] = [];
  // Plain progress writes a line per tenth of each comparison: sample memory then.
  const sampling = {
    isTTY: false,
    write: () => samples.push(megabytes(process.memoryUsage().rss)) > 0,
  };
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    // Loading every point's scenario is part of the work either way.
    const axes = [parseVary(VARY)];
    const grid = sweepGrid(axes);
    const base = loadScenario(DEFAULT_SCENARIO);
    const common = {
      workers: 1,
      seed: 1,
      replications: REPLICATIONS,
      plans: PLANS,
      records: NO_RECORDS,
      resultsDir,
      progressStream: sampling,
    };
    const scenarios = grid.map((point) =>
      loadScenario(DEFAULT_SCENARIO, pointOverrides(axes, point)),
    );
    if (mode === 'sweep') {
      await runSweep({
        ...common,
        scenario: base,
        axes,
        points: grid.map((point, i) => ({
          point,
          scenario: scenarios[i]!,
          commandLine: 'bench',
        })),
        commandLine: 'bench',
      });
    } else {
      for (const scenario of scenarios) {
        await runComparison({ ...common, scenario, commandLine: 'bench' });
      }
    }
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
  const cost: SweepCost = {
    mode,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuOf(process.cpuUsage(cpuStart)),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssOverWorkMb: Array.from(
      { length: Math.min(8, samples.length) },
      (_, i) => samples[Math.floor(((i + 1) * samples.length) / Math.min(8, samples.length)) - 1]!,
    ),
  };
  process.stdout.write(JSON.stringify(cost));
}

/** Seconds of user and system CPU time. */
function cpuOf({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1e6;
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  await measureInChild(process.argv[childAt + 1] as SweepCost['mode']);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 2;
  console.log(formatSweepCost(await measureSweepCost(rounds)));
}
