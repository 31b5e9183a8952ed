/**
 * A replication that fails during a parallel run (of run, compare or a search): the user gets one
 * line naming the plan and the replication and exit code 1, the folder stays `.incomplete` with that reason, and nothing is
 * left running or arriving afterwards (the run is repeated on purpose). The same for a thread that
 * runs out of memory, in a real process whose threads have a small heap.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { freshResultsDir, TINY } from '../experiment/helpers.js';
import { runCli } from './helpers.js';

/**
 * The tiny scenario with fifty times the visitors and the same staff: about a thousand incidents
 * a day, many times what the plans can clear, so every replication of every plan fails with
 * incidents still open long after the horizon.
 */
function overloadedScenario(dir: string): string {
  const file = join(dir, 'overloaded.yaml');
  writeFileSync(
    file,
    readFileSync(TINY, 'utf8')
      .replace('visitorsPerDay: 6000', 'visitorsPerDay: 300000')
      .replace(/capacity: (\d+)/g, 'capacity: $100'),
  );
  return file;
}

describe('a replication failing in a parallel run', () => {
  it.each([
    ['compare', '2'],
    ['run', '2'],
    ['compare', '1'],
    ['optimize', '2'],
  ])('ends %s with --workers %s in one line and exit 1, every time', async (command, workers) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const resultsDir = freshResultsDir();
      const scenario = overloadedScenario(join(resultsDir, '..'));
      const run = await runCli([
        command,
        scenario,
        '--workers',
        workers,
        '--replications',
        '6',
        '--results-dir',
        resultsDir,
      ]);
      expect(run.code).toBe(1);
      // optimize tells on stdout which standards no plan of its space can meet; nothing else.
      expect(run.stdout.replace(/^Left out of the search: .*\n/gm, '')).toBe('');
      const failure =
        /^peakwatch: replication (\d) of plan "([\w-]+)" failed: plan "\2", replication \1: \d+ incident\(s\) still open .* the plan cannot keep up with the incidents .*\n$/m;
      expect(run.stderr).toMatch(failure);
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.split('\n').filter((line) => line.startsWith('peakwatch:'))).toHaveLength(
        1,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const [folder] = readdirSync(resultsDir);
      expect(folder).toMatch(/\.incomplete$/);
      const note = readFileSync(join(resultsDir, folder!, 'INCOMPLETE.txt'), 'utf8');
      expect(note).toContain(run.stderr.match(failure)![0].slice('peakwatch: '.length).trim());
    }
  });
});

/**
 * A replication thread that runs out of memory: it starts as the built worker `worker`
 * (dist/experiment/worker.js) does, telling its pool its heap limit, but answers its first block
 * by keeping everything it allocates until Node stops it.
 */
function leakingWorker(dir: string, worker: string): string {
  const file = join(dir, 'leaking-worker.mjs');
  writeFileSync(
    file,
    [
      "import { parentPort } from 'node:worker_threads';",
      `await import(${JSON.stringify(pathToFileURL(worker).href)});`,
      // The worker's module ran at once (no top-level await), so no job has reached it yet.
      "parentPort.removeAllListeners('message');",
      "parentPort.on('message', () => {",
      '  const kept = [];',
      '  for (;;) kept.push(new Array(100_000).fill(0.5));',
      '});',
    ].join('\n'),
  );
  return file;
}

/** The old generation's limit given to the test's process and threads, in MB (Node's default is gigabytes). */
const OLD_SPACE_MB = 48;

describe('a replication thread running out of memory', () => {
  it('ends the run in one line naming the heap limit and the remedy, exit 1, the reason in INCOMPLETE.txt', () => {
    const resultsDir = freshResultsDir();
    const cli = inject('peakwatchCli');
    const worker = leakingWorker(
      join(resultsDir, '..'),
      join(dirname(cli), 'experiment', 'worker.js'),
    );
    // Two workers, one replication each: the first block goes to the thread, the second to the
    // main thread, which has room for a replication of the tiny scenario.
    const args = [
      'run',
      TINY,
      '--workers',
      '2',
      '--replications',
      '2',
      '--results-dir',
      resultsDir,
    ];
    const run = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      // The limit as the message tells the user to set it.
      env: {
        ...process.env,
        NODE_OPTIONS: `--max-old-space-size=${OLD_SPACE_MB}`,
        PEAKWATCH_WORKER_FILE: worker,
      },
    });
    expect(run.status).toBe(1);
    expect(run.signal).toBeNull();
    expect(run.stdout).toBe('');
    const line =
      /^peakwatch: replication 1 of plan "base" failed: a worker thread ran out of memory \(heap limit (\d+) MB\); if the machine has more memory, raise the limit of every thread with NODE_OPTIONS=--max-old-space-size=MB\n$/m;
    expect(run.stderr).toMatch(line);
    // One line, no stack trace, no uncaught error (the progress line is all else on stderr).
    expect(run.stderr.split('\n').filter((text) => text.startsWith('peakwatch:'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at |Error|Uncaught/);
    // The thread's own limit, as set: the old generation asked for plus the young generation
    // (a few hundred MB at most), not Node's default of gigabytes.
    const limit = Number(run.stderr.match(line)![1]);
    expect(limit).toBeGreaterThan(OLD_SPACE_MB);
    expect(limit).toBeLessThan(OLD_SPACE_MB + 512);
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/\.incomplete$/);
    const note = readFileSync(join(resultsDir, folder!, 'INCOMPLETE.txt'), 'utf8');
    expect(note).toContain(run.stderr.match(line)![0].slice('peakwatch: '.length).trim());
  });
});
