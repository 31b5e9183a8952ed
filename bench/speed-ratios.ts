/**
 * The speed targets of peakwatch, each measured as a ratio within one run of the bench (the
 * machines are shared and noisy, so absolute times mean little):
 * - peakwatch on the M/M/3 work of bench/mm3.yaml (`run --workers 1`) against the same work as a
 *   plain SimPy 3 program (bench/mm3_simpy.py), with the default outputs and with summaries only
 *   (skipped with a message when /usr/bin/python3 has no SimPy: `apt-get install python3-simpy3`),
 *   and the floor of that comparison: the same queue hand-written on peakwatch's event queue and
 *   random streams with SimPy's rows (bench/mm3-floor.ts, bundled and run as a process of its own);
 * - replications/s of `peakwatch run` on the default scenario (400 replications, the whole
 *   process), with rows and with summaries only, 1 and 2 workers;
 * - `peakwatch --version` against a bare `node -e 0`.
 * Times are CPU seconds of the child process (user + system, from GNU time) when /usr/bin/time
 * is there, else wall seconds; each is the best of a few rounds. Run alone:
 * `npx tsx bench/speed-ratios.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const MM3_SCENARIO = join(ROOT, 'bench', 'mm3.yaml');
const SIMPY_PROGRAM = join(ROOT, 'bench', 'mm3_simpy.py');
const FLOOR_PROGRAM = join(ROOT, 'bench', 'mm3-floor.ts');
const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const DEFAULT_SCENARIO = join(ROOT, 'scenarios', 'yuanjiajie-golden-week.yaml');

/** Seconds a command took: CPU (user + system) when GNU time is available, else wall. */
interface CommandTime {
  readonly seconds: number;
  readonly kind: 'CPU' | 'wall';
  /** The best wall-clock seconds of the same rounds. */
  readonly wall: number;
}

/**
 * Runs a command `rounds` times and returns its best time.
 *
 * @throws Error when the command fails
 */
function timeCommand(command: string, args: readonly string[], rounds: number): CommandTime {
  const useTime = existsSync(GNU_TIME);
  let best = Number.POSITIVE_INFINITY;
  let bestWall = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'pw-ratio-'));
    const timesFile = join(dir, 'time.txt');
    const started = performance.now();
    const result = useTime
      ? spawnSync(GNU_TIME, ['-o', timesFile, '-f', '%U %S', command, ...args], { stdio: 'pipe' })
      : spawnSync(command, args, { stdio: 'pipe' });
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr?.toString()}`);
    }
    const seconds = useTime
      ? readFileSync(timesFile, 'utf8')
          .trim()
          .split('\n')
          .at(-1)!
          .split(' ')
          .map(Number)
          .reduce((a, b) => a + b, 0)
      : wall;
    rmSync(dir, { recursive: true, force: true });
    best = Math.min(best, seconds);
    bestWall = Math.min(bestWall, wall);
  }
  return { seconds: best, kind: useTime ? 'CPU' : 'wall', wall: bestWall };
}

/** Builds dist/ when it is missing or stale (the way `npm start` does). */
function ensureBuilt(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--version'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('could not build dist/');
}

/** Whether the system Python has SimPy. */
function hasSimpy(): boolean {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import simpy'], { stdio: 'ignore' }).status === 0;
}

/** "met" or "NOT met" for a target. */
const verdict = (met: boolean) => (met ? 'target met' : 'target NOT met');

/**
 * Bundles bench/mm3-floor.ts into one file that plain `node` runs (no TypeScript loader in the
 * measured process). The bundle goes under node_modules/.cache so that it finds simjs.
 */
async function bundleFloor(): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'peakwatch-bench', 'mm3-floor.mjs');
  await build({
    entryPoints: [FLOOR_PROGRAM],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** One line of the SimPy comparison: a program's time and its speed against SimPy's. */
function speedLine(label: string, program: CommandTime, simpy: CommandTime): string {
  return (
    `${label}: ${program.seconds.toFixed(2)} s, SimPy ${simpy.seconds.toFixed(2)} s ` +
    `(${program.kind}): ${(simpy.seconds / program.seconds).toFixed(2)}× SimPy's speed`
  );
}

/**
 * peakwatch against SimPy on the M/M/3 work, with rows and with summaries only, and beside them
 * the floor program (bench/mm3-floor.ts): the same queue with nothing but peakwatch's event queue,
 * random streams and number text, which bounds what any program built on them can reach.
 */
async function compareWithSimpy(out: (line?: string) => void, rounds: number): Promise<void> {
  out('## peakwatch against SimPy on M/M/3 (λ 2.4/h, mean service 60 min, ~242,000 calls)');
  out(`load average at the start: ${loadAverage()} (${availableParallelism()} cores)`);
  if (!hasSimpy()) {
    out(
      `skipped: ${PYTHON} with SimPy not found (Debian: apt-get install -y python3-simpy3); ` +
        'the other ratios follow',
    );
    return;
  }
  const floor = await bundleFloor();
  const results = mkdtempSync(join(tmpdir(), 'pw-ratio-results-'));
  const peakwatch = (outputs: readonly string[]) =>
    timeCommand(
      process.execPath,
      [CLI, 'run', MM3_SCENARIO, '--workers', '1', '--results-dir', results, ...outputs],
      rounds,
    );
  const rowsFile = join(results, 'calls.csv');
  try {
    const cases = [
      {
        label: 'default outputs (every record file)',
        peakwatch: peakwatch([]),
        floor: timeCommand(process.execPath, [floor, '--rows', rowsFile], rounds),
        simpy: timeCommand(PYTHON, [SIMPY_PROGRAM, '--rows', rowsFile], rounds),
      },
      {
        label: 'summaries only (--outputs summary)',
        peakwatch: peakwatch(['--outputs', 'summary']),
        floor: timeCommand(process.execPath, [floor], rounds),
        simpy: timeCommand(PYTHON, [SIMPY_PROGRAM], rounds),
      },
    ];
    for (const c of cases) {
      out(`${c.label}:`);
      out(`  ${speedLine('peakwatch', c.peakwatch, c.simpy)}`);
      out(`  ${speedLine("floor (bench/mm3-floor.ts, SimPy's rows)", c.floor, c.simpy)}`);
    }
    const speed = cases[0]!.simpy.seconds / cases[0]!.peakwatch.seconds;
    out(`target: ≥ 3× SimPy's speed with the default outputs: ${verdict(speed >= 3)}`);
  } finally {
    rmSync(results, { recursive: true, force: true });
  }
}

/** The load average over the last minute, as `uptime` shows it. */
const loadAverage = () => loadavg()[0]!.toFixed(1);

/**
 * Replications/s on the default scenario: `peakwatch run` with rows (its default outputs) or
 * summaries only, with 1 and 2 workers, each the whole process a user runs (start-up, files and
 * all). Besides the wall-clock rate, the CPU seconds of the process: on a shared machine the wall
 * ratio of 2 workers to 1 shows the load more than peakwatch, while the CPU ratio shows what the
 * second worker costs in extra work (on an idle 2-core machine, 2 workers can reach at most
 * 2 × CPU(1 worker) ÷ CPU(2 workers) times the speed of one).
 */
function compareOutputsAndWorkers(
  out: (line?: string) => void,
  replications: number,
  rounds: number,
): void {
  out(`\n## Replications/s on the default scenario (run, ${replications} replications each)`);
  out(`load average at the start: ${loadAverage()} (${availableParallelism()} cores)`);
  const results = mkdtempSync(join(tmpdir(), 'pw-ratio-results-'));
  const time: Record<string, CommandTime> = {};
  try {
    for (const workers of [1, 2]) {
      for (const rows of [true, false]) {
        const args = [CLI, 'run', DEFAULT_SCENARIO, '--replications', String(replications)];
        args.push('--workers', String(workers), '--results-dir', results);
        if (!rows) args.push('--outputs', 'summary');
        const t = timeCommand(process.execPath, args, rounds);
        time[`${workers}${rows}`] = t;
        out(
          `${workers} worker${workers > 1 ? 's' : ''}, ${rows ? 'rows written    ' : 'summaries only'}: ` +
            `${(replications / t.wall).toFixed(1)} replications/s wall ` +
            `(${((1000 * t.seconds) / replications).toFixed(2)} ms ${t.kind} a replication)`,
        );
      }
    }
  } finally {
    rmSync(results, { recursive: true, force: true });
  }
  out(`load average at the end: ${loadAverage()}`);
  for (const workers of [1, 2]) {
    const cost = time[`${workers}true`]!.seconds / time[`${workers}false`]!.seconds;
    out(
      `rows cost with ${workers} worker${workers > 1 ? 's' : ''}: a run with rows takes ` +
        `${cost.toFixed(2)}× the ${time[`${workers}true`]!.kind} time of summaries only ` +
        `(target ≤ 2: ${verdict(cost <= 2)})`,
    );
  }
  for (const rows of [true, false]) {
    const speedUp = time[`1${rows}`]!.wall / time[`2${rows}`]!.wall;
    const bound = (2 * time[`1${rows}`]!.seconds) / time[`2${rows}`]!.seconds;
    out(
      `2 workers against 1, ${rows ? 'rows' : 'summaries only'}: ${speedUp.toFixed(2)}× wall ` +
        `(target ≥ 1.7 on 2 cores: ${verdict(speedUp >= 1.7)}); CPU-time bound on an idle ` +
        `2-core machine ${bound.toFixed(2)}×`,
    );
  }
}

/** `peakwatch --version` against `node -e 0` (wall time: start-up is what a user waits for). */
function compareStartUp(out: (line?: string) => void, rounds: number): void {
  out('\n## Start-up');
  const wall = (args: readonly string[]) => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
      best = Math.min(best, (performance.now() - started) / 1000);
    }
    return best;
  };
  const bare = wall(['-e', '0']);
  const version = wall([CLI, '--version']);
  const ratio = version / bare;
  out(
    `peakwatch --version ${version.toFixed(3)} s, node -e 0 ${bare.toFixed(3)} s (wall, best of ` +
      `${rounds}): ${ratio.toFixed(2)}× (target < 3: ${verdict(ratio < 3)})`,
  );
}

/** Every ratio, printed as it is measured. */
export async function measureSpeedRatios(out: (line?: string) => void): Promise<void> {
  ensureBuilt();
  await compareWithSimpy(out, 2);
  compareOutputsAndWorkers(out, 400, 2);
  compareStartUp(out, 7);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await measureSpeedRatios((line = '') => process.stdout.write(`${line}\n`));
}
