/** A few runs as a real child process (`npx tsx src/cli.ts`): exit codes and the two streams. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function peakwatch(...args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('peakwatch as a process', () => {
  it('prints the version and exits 0', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(peakwatch('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('validates a good and a bad file: ok on stdout, the located problem on stderr, exit 2', () => {
    const run = peakwatch(
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

  it('exits 2 on an unknown command', () => {
    const run = peakwatch('nope');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('peakwatch: ');
  });
});
