/**
 * peakwatch as a real child process (`node dist/cli.js`): what only a process shows, one process
 * per exit status: 0 with the output on stdout, 1 for a failed run with the verdict on stderr, 2
 * for bad input with the located problem on stderr and no stack trace. What the commands print
 * is tested in-process (main.test.ts and each command's tests), where it is the same text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess } from './helpers.js';

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

  it('with --debug, names the source files in the stack trace, not the bundle', () => {
    const run = runProcess('validate', '--debug', 'test/fixtures/bad/negative-rate.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at .*src\/cli\/validate\.ts:\d+:\d+\)/);
    expect(run.stderr).not.toMatch(/dist\/experiment\/validate-\w+\.js/);
  });
});
