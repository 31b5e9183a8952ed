/**
 * Replications per second with 1 and 2 workers (and the speed-up), and the peak memory of a
 * 1,000-replication `run` with its output streamed to files, measured in a child process so the
 * figure is that run's alone. Run directly for a report:
 * `npx tsx bench/replications.ts [SCENARIO] [--memory-replications N]`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runPlan } from '../src/experiment/run-plan.js';
import { type ReplicationTiming, timeReplications } from '../src/experiment/timing.js';
import { loadScenario } from '../src/scenario/load.js';

/** The default scenario. */
export const DEFAULT_SCENARIO = 'scenarios/yuanjiajie-golden-week.yaml';

/** Replications per second for each worker count, and the speed-up of the last over the first. */
export interface WorkerScaling {
  readonly timings: readonly ReplicationTiming[];
  /** Rate with the most workers / rate with one. */
  readonly speedUp: number;
}

/** Times `replications` replications for each worker count (default 1 and 2). */
export async function measureWorkerScaling(
  scenarioPath: string,
  replications: number,
  workerCounts: readonly number[] = [1, 2],
): Promise<WorkerScaling> {
  const scenario = loadScenario(scenarioPath);
  const timings: ReplicationTiming[] = [];
  for (const workers of workerCounts) {
    timings.push(await timeReplications({ scenario, replications, workers }));
  }
  return {
    timings,
    speedUp: timings.at(-1)!.replicationsPerSecond / timings[0]!.replicationsPerSecond,
  };
}

/** Memory of a whole `run` in a child process. */
export interface RunMemory {
  readonly replications: number;
  readonly workers: number;
  /** Peak resident set of the process (all threads), MB. */
  readonly peakRssMb: number;
  /** Resident set after each tenth of the replications, MB: flat when output is streamed. */
  readonly rssByTenthMb: readonly number[];
  readonly seconds: number;
}

/**
 * Runs `peakwatch run` (the real code path: files written and streamed) for `replications`
 * replications in a child process and reports its peak memory and its memory over the run.
 */
export function measureRunMemory(
  scenarioPath: string,
  replications: number,
  workers: number,
): Promise<RunMemory> {
  const script = fileURLToPath(import.meta.url);
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, script, '--child', scenarioPath, String(replications), String(workers)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as RunMemory);
      else reject(new Error(`memory measurement child exited with ${code}`));
    });
  });
}

/** The child's side of {@link measureRunMemory}: run, then print the measurement as JSON. */
async function runAndReportMemory(scenarioPath: string, replications: number, workers: number) {
  const megabytes = (bytes: number) => bytes / 2 ** 20;
  const rssByTenthMb: number[] = [];
  const resultsDir = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  const scenario = loadScenario(scenarioPath);
  const started = performance.now();
  try {
    await runPlan({
      scenario,
      plan: scenario.defaultPlan,
      replications,
      seed: 1,
      workers,
      resultsDir,
      commandLine: 'bench',
      // Plain progress writes a line per tenth of the run: sample memory then.
      progressStream: {
        isTTY: false,
        write: () => rssByTenthMb.push(megabytes(process.memoryUsage().rss)),
      },
    });
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
  const result: RunMemory = {
    replications,
    workers,
    // resourceUsage().maxRSS is in kilobytes and covers every thread of the process.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssByTenthMb,
    seconds: (performance.now() - started) / 1000,
  };
  process.stdout.write(JSON.stringify(result));
}

/** A report of both measurements, as lines of text. */
export function formatReplicationBench(scaling: WorkerScaling, memory: RunMemory): string {
  const lines = ['workers  replications  seconds  replications/s'];
  for (const t of scaling.timings) {
    lines.push(
      `${String(t.workers).padStart(7)}  ${String(t.replications).padStart(12)}  ` +
        `${t.seconds.toFixed(2).padStart(7)}  ${t.replicationsPerSecond.toFixed(2).padStart(14)}`,
    );
  }
  lines.push(
    `speed-up with ${scaling.timings.at(-1)!.workers} workers: ${scaling.speedUp.toFixed(2)}×`,
  );
  lines.push(
    `run of ${memory.replications} replications (${memory.workers} workers, files streamed): ` +
      `${memory.seconds.toFixed(1)} s, peak RSS ${memory.peakRssMb.toFixed(0)} MB; RSS by tenth of ` +
      `the run: ${memory.rssByTenthMb.map((mb) => mb.toFixed(0)).join(', ')} MB`,
  );
  return lines.join('\n');
}

/** Command line: the report, or the child's measurement with `--child`. */
async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--child') {
    await runAndReportMemory(argv[1]!, Number(argv[2]), Number(argv[3]));
    return;
  }
  const scenarioPath =
    argv[0] !== undefined && !argv[0].startsWith('--') ? argv[0] : DEFAULT_SCENARIO;
  const at = argv.indexOf('--memory-replications');
  const memoryReplications = at >= 0 ? Number(argv[at + 1]) : 1000;
  const scaling = await measureWorkerScaling(scenarioPath, 40);
  const memory = await measureRunMemory(scenarioPath, memoryReplications, 2);
  console.log(formatReplicationBench(scaling, memory));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
