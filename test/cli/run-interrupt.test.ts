/**
 * Interrupting a real `peakwatch` process with a signal: it must stop promptly, leave its folder
 * `.incomplete` with the reason, and exit with 128 + the signal number.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

describe.each([
  ['SIGTERM', 143, ['run', TINY, '--workers', '1'], 'summary.csv'],
  ['SIGINT', 130, ['compare', TINY, '--workers', '2'], 'summary-base.csv'],
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
      expect(folder.endsWith('.incomplete')).toBe(true);
      expect(readdirSync(resultsDir)).toEqual([folder.split('/').at(-1)]);
      const files = readdirSync(folder);
      expect(files).toContain('INCOMPLETE.txt');
      expect(files).not.toContain('manifest.json');
      expect(readFileSync(join(folder, 'INCOMPLETE.txt'), 'utf8')).toContain(
        `interrupted by ${signal}`,
      );
      // Whole rows only: the file ends with a complete line.
      expect(readFileSync(join(folder, file), 'utf8').endsWith('\n')).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
