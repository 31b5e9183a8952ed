/** `peakwatch check` as a real process: its exit codes and where it writes. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function peakwatch(...args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('peakwatch check', () => {
  it('exits 0 when every measure passes, 1 when one fails, 2 on bad usage', () => {
    const passing = peakwatch(
      'check',
      'scenarios/validation/erlang-c.yaml',
      '--replications',
      '10',
    );
    expect(passing.stdout).toMatch(
      /\| P\(wait\) +\| 0\.\d{4} \[0\.\d{4}, 0\.\d{4}\] +\| 0\.3548 +\|/,
    );
    expect(passing.stdout).toMatch(/check: all \d+ measures pass in 1 scenario\(s\)\./);
    expect(passing.stderr).toContain(
      'checking scenarios/validation/erlang-c.yaml (10 replications)',
    );
    expect(passing.code).toBe(0);

    // Ten-hour incidents all day: the horizon cuts through far more open work than Little's
    // law's 1 % allowance covers.
    const failing = peakwatch('check', 'test/check/fixtures/long-jobs.yaml');
    expect(failing.stdout).toMatch(/Little's law .*\| FAIL +\|/);
    expect(failing.stderr).toContain('check failed: 1 of 1 measures');
    expect(failing.code).toBe(1);

    const usage = peakwatch('check', 'scenarios/validation/erlang-c.yaml', '--replications', '1');
    expect(usage.stderr).toContain(
      '--replications must be a whole number from 2 to 100000 (got 1)',
    );
    expect(usage.code).toBe(2);
  });
});
