/**
 * peakwatch as a real child process (`node dist/cli.js`): what only a process shows, one process
 * per exit status: 0 with the output on stdout, 1 for a failed run with the verdict on stderr, 2
 * for bad input with the located problem on stderr and no stack trace. What the commands print
 * is tested in-process (main.test.ts and each command's tests), where it is the same text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshResultsDir, TINY } from '../experiment/helpers.js';
import { runProcess } from './helpers.js';

/** The frames of the stack traces in `text` (the lines `    at …`). */
function frames(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at /.test(line));
}

/**
 * Whether a frame names a source file (`src/….ts:line:column`), a bundled package's own file
 * (`node_modules/…`) or Node's internals: anything but the bundle in `dist/`.
 */
function fromSourcesOrPackages(frame: string): boolean {
  if (frame.includes('dist/')) return false;
  return /\/src\/[\w/.-]+\.ts:\d+:\d+\)?$|\/node_modules\/|\(node:|\(<anonymous>\)$|^\s+at node:/.test(
    frame,
  );
}

describe('peakwatch as a process', () => {
  it('prints the version and exits 0', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(runProcess('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('exits 1 when a check fails, the table on stdout and the verdict on stderr', () => {
    // Ten-hour incidents all day: the horizon cuts through far more open work than Little's
    // law's 1 % allowance covers.
    const failing = runProcess('check', 'test/fixtures/check/long-jobs.yaml');
    expect(failing.stdout).toMatch(/Little's law .*\| FAIL +\|/);
    expect(failing.stderr).toContain('check failed: 1 of 1 measures');
    expect(failing.code).toBe(1);
  });

  it('validates a good and a bad file: ok on stdout, the located problem on stderr, exit 2', () => {
    const run = runProcess(
      'validate',
      'test/fixtures/minimal.yaml',
      'test/fixtures/bad/deep-unknown-key.yaml',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^ok {2}test\/fixtures\/minimal\.yaml: /);
    expect(run.stderr).toMatch(
      /^test\/fixtures\/bad\/deep-unknown-key\.yaml:\d+:\d+ {2}plans\[0\]\.officers\.shifts\[0\]\.carz: /,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('with --debug, names the source files in every frame of the stack trace, not the bundle', () => {
    const run = runProcess('validate', '--debug', 'test/fixtures/bad/negative-rate.yaml');
    expect(run.code).toBe(2);
    // The frames of the entry's own bundle (main, the command's handler, the program's top
    // level) as well as those of the command's chunk loaded on demand.
    expect(run.stderr).toMatch(/\n\s+at validateAction \(.*src\/cli\/validate\.ts:\d+:\d+\)/);
    expect(run.stderr).toMatch(/\n\s+at async main \(.*src\/cli\/main\.ts:\d+:\d+\)/);
    expect(frames(run.stderr).filter((frame) => !fromSourcesOrPackages(frame))).toEqual([]);
    // (Without --debug, no stack: the test above.)
  });

  it('with --debug, names the source files where a replication failed in a worker thread', () => {
    // A plan whose only officers work 07:00-08:00 leaves the day's later incidents open, so its
    // replication fails, every time. It is the first plan: its replication is the first block,
    // which goes to the thread (the main thread takes the next, a plan that succeeds).
    const dir = freshResultsDir();
    const scenario = join(dir, '..', 'one-hour.yaml');
    const oneHour = [
      '  - name: one-hour',
      '    dispatch: nearest',
      '    officers:',
      '      base: station',
      '      shifts: [{ start: "07:00", end: "08:00", cars: 1, crew: 2 }]',
      '    platforms: []',
      '    patrols: []',
      '    cost: { officerHour: 1, platformStaffHour: 0.4, volunteerHour: 0.1 }',
    ].join('\n');
    writeFileSync(scenario, readFileSync(TINY, 'utf8').replace('plans:\n', `plans:\n${oneHour}\n`));
    const args = ['compare', scenario, '--workers', '2', '--replications', '1'];
    const run = runProcess(...args, '--debug', '--results-dir', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^peakwatch: replication 1 of plan "one-hour" failed: /m);
    // The thread's own frames (simulateBlock is what the thread calls), mapped to src/.
    expect(run.stderr).toMatch(/\nCaused by: Error: plan "one-hour", replication 1: /);
    expect(run.stderr).toMatch(/\n\s+at .*src\/model\/replication\.ts:\d+:\d+\)/);
    expect(run.stderr).toMatch(
      /\n\s+at simulateBlock \(.*src\/experiment\/simulate-task\.ts:\d+:\d+\)/,
    );
    expect(frames(run.stderr).filter((frame) => !fromSourcesOrPackages(frame))).toEqual([]);
    // Without --debug, the one line alone.
    const plain = runProcess(...args, '--results-dir', freshResultsDir());
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^peakwatch: replication 1 of plan "one-hour" failed: /m);
    expect(plain.stderr).not.toMatch(/\n\s+at |Caused by/);
  });
});
