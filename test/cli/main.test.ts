/** The CLI framework in-process: help, version, usage errors, exit codes and error output. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFailure, ExitCode, exitCodeFor, UsageError } from '../../src/cli/failure.js';
import { InterruptedError } from '../../src/experiment/interrupt.js';
import { ScenarioError } from '../../src/scenario/errors.js';
import { runCli } from './helpers.js';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('help and version', () => {
  it('--help lists the commands and explains the global options with their defaults', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/peakwatch validate <files\.\.>/);
    expect(run.stdout).toMatch(/peakwatch schema/);
    expect(run.stdout).toMatch(/--debug .*stack trace.*\[boolean\] \[default: false\]/);
    expect(run.stdout).toContain(
      'Exit codes: 0 success, 1 run failure, 2 bad usage or bad scenario file.',
    );
  });

  it('validate --help explains its argument', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/files +scenario files \(\.yaml, \.yml or \.json\)/);
  });

  it('--version prints the version in package.json', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with one message on stderr', () => {
  it('no command', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^peakwatch: no command given; the commands are: .*validate/);
    expect(run.stderr).toContain('Run "peakwatch --help" for usage.');
  });

  it('an unknown command, with a suggestion when one is near', async () => {
    const run = await runCli(['valdate', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "valdate"; did you mean validate?');
    const far = await runCli(['nope']);
    expect(far.code).toBe(2);
    expect(far.stdout).toBe('');
    expect(far.stderr).toContain('peakwatch: ');
  });

  it('an unknown option', async () => {
    const run = await runCli(['schema', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown argument: bogus');
  });

  it('a missing argument', async () => {
    const run = await runCli(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Not enough non-option arguments');
  });
});

describe('stack traces', () => {
  it('are shown for a bad scenario only with --debug', async () => {
    const plain = await runCli(['validate', 'test/fixtures/bad/negative-rate.yaml']);
    const debug = await runCli(['validate', '--debug', 'test/fixtures/bad/negative-rate.yaml']);
    expect(plain.code).toBe(2);
    expect(debug.code).toBe(2);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('failure mapping', () => {
  const scenarioError = new ScenarioError([
    { file: 'a.yaml', line: 3, col: 7, path: 'seed', message: 'expected a number' },
    { file: 'a.yaml', line: 9, col: 1, path: '', message: 'YAML syntax: oops' },
  ]);

  it('maps usage and scenario errors to 2, a signal to 128 + its number, anything else to 1', () => {
    expect(exitCodeFor(new UsageError('bad'))).toBe(ExitCode.usage);
    expect(exitCodeFor(new InterruptedError('SIGINT'))).toBe(128 + 2);
    expect(exitCodeFor(new InterruptedError('SIGTERM'))).toBe(128 + 15);
    expect(exitCodeFor(scenarioError)).toBe(ExitCode.usage);
    expect(exitCodeFor(new Error('disk full'))).toBe(ExitCode.runFailure);
    expect(exitCodeFor('a string')).toBe(ExitCode.runFailure);
    expect([ExitCode.ok, ExitCode.runFailure, ExitCode.usage]).toEqual([0, 1, 2]);
  });

  it('writes scenario problems one per line as file:line:col  path: message, with a count', () => {
    expect(describeFailure(scenarioError, false)).toBe(
      'a.yaml:3:7  seed: expected a number\na.yaml:9:1  YAML syntax: oops\n2 problems found',
    );
  });

  it('writes other errors as one line, with the stack only in debug mode', () => {
    const error = new Error('disk full');
    expect(describeFailure(error, false)).toBe('peakwatch: disk full');
    expect(describeFailure(error, true)).toContain(error.stack!);
    expect(describeFailure(new UsageError('--seed must be a whole number'), false)).toBe(
      'peakwatch: --seed must be a whole number\nRun "peakwatch --help" for usage.',
    );
  });
});
