/**
 * A replication that fails during a parallel run (of run, compare or a search): the user gets one
 * line naming the plan and the replication and exit code 1, the folder stays `.incomplete` with that reason, and nothing is
 * left running or arriving afterwards (the run is repeated on purpose).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
