/**
 * Helpers for CLI tests: run `main` in-process or the built program as a child process, spell an
 * experiment command on the tiny scenario and find where text sits in a file.
 */
import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TINY } from '../experiment/helpers.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `peakwatch ARGS` in-process, collecting stdout and stderr. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** What one run of the built CLI as a child process printed, and its exit status. */
export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js ARGS` (the build the global setup made) as a child process and waits
 * for it: for what only a real process shows (the exit status, the two streams, signals).
 */
export function runProcess(...args: string[]): ProcessRun {
  const result = spawnSync(process.execPath, [inject('peakwatchCli'), ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `node dist/cli.js ARGS` as a child process without waiting for it. */
export function startProcess(args: readonly string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [inject('peakwatchCli'), ...args], options);
}

/**
 * The arguments of `peakwatch COMMAND tiny.yaml --workers 1 --results-dir DIR OPTIONS...`: an
 * experiment command on the tiny scenario, on one worker thread.
 *
 * @example runCli(tinyArgs('run', freshResultsDir(), '--replications', '3'))
 */
export function tinyArgs(
  command: 'run' | 'compare' | 'sweep' | 'sensitivity',
  resultsDir: string,
  ...options: string[]
) {
  return [command, TINY, '--workers', '1', '--results-dir', resultsDir, ...options];
}

/**
 * The 1-based `line:col` of the character `at` places into the first occurrence of `needle`
 * in a file: the test's own account of where a deliberate mistake was written, independent of
 * the loader (e.g. `whereIs(f, 'priority: 0', 10)` is where the 0 is).
 */
export function whereIs(file: string, needle: string, at = 0): string {
  const text = readFileSync(file, 'utf8');
  const found = text.indexOf(needle);
  const offset = found + at;
  if (found < 0) throw new Error(`"${needle}" is not in ${file}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}
