/**
 * `peakwatch check` in-process: what it prints where, and its exit codes. A failing check (exit
 * 1, the verdict on stderr) is run as a real process in test/cli/process.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('peakwatch check', () => {
  it('exits 0 when every measure passes and 2 on bad usage', async () => {
    const passing = await runCli([
      'check',
      'scenarios/validation/erlang-c.yaml',
      '--replications',
      '10',
    ]);
    expect(passing.stdout).toMatch(
      /\| P\(wait\) +\| 0\.\d{4} \[0\.\d{4}, 0\.\d{4}\] +\| 0\.3548 +\|/,
    );
    expect(passing.stdout).toMatch(/check: all \d+ measures pass in 1 scenario\(s\)\./);
    expect(passing.stderr).toContain(
      'checking scenarios/validation/erlang-c.yaml (10 replications)',
    );
    expect(passing.code).toBe(0);

    const usage = await runCli([
      'check',
      'scenarios/validation/erlang-c.yaml',
      '--replications',
      '1',
    ]);
    expect(usage.stderr).toContain(
      '--replications must be a whole number from 2 to 100000 (got 1)',
    );
    expect(usage.code).toBe(2);
  });
});
