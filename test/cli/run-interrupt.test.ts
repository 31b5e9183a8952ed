/**
 * Interrupting a real `peakwatch` process with a signal: it must stop promptly, even in the
 * middle of a long replication (with one worker, the main thread gives the event loop a turn
 * every few milliseconds of simulation; with worker threads, their threads are terminated),
 * leave its folder `.incomplete` with the reason, and exit with 128 + the signal number.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { freshResultsDir, TINY } from '../experiment/helpers.js';
import { startProcess } from './helpers.js';

/** Starts the built `peakwatch ARGS` in a child process (node itself, nothing to relay signals). */
function startPeakwatch(args: string[]): { child: ChildProcess; exit: Promise<number | null> } {
  const child = startProcess(args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.resume();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit };
}

/** The path of the results folder once it exists (it is created before any replication runs). */
async function untilFolderCreated(resultsDir: string): Promise<string> {
  for (;;) {
    const folder = existsSync(resultsDir) ? readdirSync(resultsDir)[0] : undefined;
    if (folder) return join(resultsDir, folder);
    await sleep(100);
  }
}

/**
 * CPU seconds (user + system) the main thread of process `pid` has used, from Linux's
 * `/proc/PID/task/PID/stat` (in the kernel's ticks of 1/100 s), or undefined if there is none.
 */
function mainThreadCpu(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * How much CPU the main thread of a run of the long scenario has used once its first replication
 * is well under way: it has loaded the scenario and opened the record files by about 0.8 s,
 * prepared the model and set up the replication by about 1.3 s (a CPU profile of a run stopped
 * at 1.28 s already held samples of the replication's events), and simulates its events from
 * there to about 14 s (measured on the shared 2-core machine, 2026-11-30).
 */
const WELL_UNDER_WAY_CPU_SECONDS = 2;

/**
 * Waits until the main thread of `child` has used {@link WELL_UNDER_WAY_CPU_SECONDS}: CPU time,
 * so that the signal lands at the same point of the run however busy the machine is (a wait by
 * the clock ends earlier in the run the busier the machine, and had to be long to be safe). Where
 * there is no /proc (not Linux), waits 3 s of the clock instead. Fails if the process exits first.
 */
async function untilWellUnderWay(child: ChildProcess): Promise<void> {
  if (mainThreadCpu(process.pid) === undefined) {
    await sleep(3000);
    return;
  }
  for (;;) {
    const cpu = mainThreadCpu(child.pid!);
    if (cpu === undefined || child.exitCode !== null) {
      throw new Error(`peakwatch exited (${child.exitCode}) before its run was well under way`);
    }
    if (cpu >= WELL_UNDER_WAY_CPU_SECONDS) return;
    await sleep(20);
  }
}

/** Waits until the `.incomplete` folder has a CSV file with at least two rows of results. */
async function untilRowsWritten(resultsDir: string, file: string): Promise<string> {
  for (;;) {
    const folder = existsSync(resultsDir) ? readdirSync(resultsDir)[0] : undefined;
    const path = folder ? join(resultsDir, folder, file) : undefined;
    if (path && existsSync(path) && readFileSync(path, 'utf8').split('\n').length > 3) {
      return join(resultsDir, folder!);
    }
    await sleep(100);
  }
}

/** Checks the folder a stopped run leaves: `.incomplete`, alone, with the signal as reason. */
function expectStoppedFolder(resultsDir: string, folder: string, signal: string): void {
  expect(folder.endsWith('.incomplete')).toBe(true);
  expect(readdirSync(resultsDir)).toEqual([folder.split('/').at(-1)]);
  const files = readdirSync(folder);
  expect(files).toContain('INCOMPLETE.txt');
  expect(files).not.toContain('manifest.json');
  expect(readFileSync(join(folder, 'INCOMPLETE.txt'), 'utf8')).toContain(
    `interrupted by ${signal}`,
  );
}

describe.each([
  ['SIGTERM', 143, ['run', TINY, '--workers', '1'], 'summary.csv'],
  ['SIGINT', 130, ['compare', TINY, '--workers', '2'], 'summary-base.csv'],
  [
    'SIGINT',
    130,
    ['sweep', TINY, '--vary', 'crowd.visitorsPerDay=6000,9000', '--workers', '2'],
    'point-1.incomplete/summary-base.csv',
  ],
] as const)('a %s', (signal, exitCode, command, file) => {
  it(`stops ${command[0]}, leaves the folder marked incomplete and exits ${exitCode}`, async () => {
    const resultsDir = freshResultsDir();
    const { child, exit } = startPeakwatch([
      ...command,
      '--replications',
      '100000',
      '--results-dir',
      resultsDir,
    ]);
    try {
      const folder = await untilRowsWritten(resultsDir, file);
      child.kill(signal);
      expect(await exit).toBe(exitCode);
      expectStoppedFolder(resultsDir, folder, signal);
      // Whole rows only: the file ends with a complete line.
      expect(readFileSync(join(folder, file), 'utf8').endsWith('\n')).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

/**
 * The tiny scenario grown until one replication takes many seconds within the scenario bounds
 * (docs/scenario.md#bounds): twenty days of a million visitors a day (about 80,000 incidents,
 * under the 100,000 a replication may be expected to bring) and forty all-day shifts of a
 * hundred cars, so that the plan keeps up. About 14 s of CPU on an idle 2-core machine.
 */
function longReplicationScenario(dir: string): string {
  const allDayShifts = '        - { start: "00:00", end: "24:00", cars: 100, crew: 2 }\n'.repeat(
    40,
  );
  const text = readFileSync(TINY, 'utf8')
    .replace('days: 1\n', 'days: 20\n')
    .replace('visitorsPerDay: 6000', 'visitorsPerDay: 1000000')
    .replace(/capacity: (\d+)/g, 'capacity: $100')
    .replace(/ *crowding: \{ threshold: 0\.8, exponent: 2 \}\n/, '')
    .replace(
      '        - { start: "07:00", end: "19:00", cars: 2, crew: 2 }\n        - { start: "19:00", end: "07:00", cars: 1, crew: 2 }\n',
      allDayShifts,
    )
    .replace('staff: 1,', 'staff: 30,');
  const file = join(dir, 'long.yaml');
  writeFileSync(file, text);
  return file;
}

describe.each([
  ['SIGTERM', 143, '1'],
  ['SIGINT', 130, '1'],
  ['SIGTERM', 143, '2'],
] as const)(
  'a %s in the middle of a long replication, %s worker(s)',
  (signal, exitCode, workers) => {
    it('stops the run within seconds, not when the replication ends', async () => {
      const resultsDir = freshResultsDir();
      const scenario = longReplicationScenario(join(resultsDir, '..'));
      const { child, exit } = startPeakwatch([
        'run',
        scenario,
        '--workers',
        workers,
        '--replications',
        '2',
        '--results-dir',
        resultsDir,
      ]);
      try {
        const folder = await Promise.race([
          untilFolderCreated(resultsDir),
          exit.then((code) => {
            throw new Error(`peakwatch exited (${code}) before it created its folder`);
          }),
        ]);
        // Then the first replication is being simulated (by the main thread with one worker, by
        // the main thread and the thread with two); it alone takes far longer than the whole wait
        // and the bound below.
        await untilWellUnderWay(child);
        const signalled = performance.now();
        child.kill(signal);
        expect(await exit).toBe(exitCode);
        // Generous for a loaded machine; the replication running is dropped in the middle (its
        // thread terminated, or the main thread's simulation left at its next turn).
        expect(performance.now() - signalled).toBeLessThan(5000);
        expectStoppedFolder(resultsDir, folder, signal);
        expect(existsSync(join(folder, 'summary.csv'))).toBe(true);
        expect(readFileSync(join(folder, 'summary.csv'), 'utf8').split('\n').length).toBeLessThan(
          3,
        );
      } finally {
        child.kill('SIGKILL');
      }
    });
  },
);
