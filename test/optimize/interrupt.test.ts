/**
 * An interrupted search (Ctrl-C aborts its signal) leaves its folder `.incomplete` with the
 * reason, evaluations.csv of the plans judged so far, and best-plan.yaml holding the best of
 * them by the goal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InterruptedError } from '../../src/experiment/interrupt.js';
import { runOptimize } from '../../src/optimize/run-optimize.js';
import { loadScenario } from '../../src/scenario/load.js';
import { freshResultsDir, quietProgress } from '../experiment/helpers.js';

const FILE = 'test/fixtures/optimize/two-shifts.yaml';

/** Waits until the folder's evaluations.csv has `rows` rows besides the header. */
async function untilEvaluated(resultsDir: string, rows: number): Promise<string> {
  for (;;) {
    const folder = existsSync(resultsDir) ? readdirSync(resultsDir)[0] : undefined;
    const path = folder ? join(resultsDir, folder, 'evaluations.csv') : undefined;
    if (
      path &&
      existsSync(path) &&
      readFileSync(path, 'utf8').trimEnd().split('\n').length > rows
    ) {
      return join(resultsDir, folder!);
    }
    await sleep(50);
  }
}

describe('an interrupted optimize', () => {
  it.each([1, 2])(
    'leaves the folder incomplete with the best plan so far (--workers %i)',
    async (workers) => {
      const scenario = loadScenario(FILE);
      const resultsDir = freshResultsDir();
      const controller = new AbortController();
      const run = runOptimize({
        scenario,
        seed: scenario.seed,
        replications: 40,
        workers,
        resultsDir,
        progressStream: quietProgress,
        commandLine: 'peakwatch optimize (test)',
        signal: controller.signal,
        space: {
          base: 'base',
          dimensions: [
            { kind: 'cars', shift: 0, min: 0, max: 40 },
            { kind: 'cars', shift: 1, min: 0, max: 40 },
          ],
        },
        goal: { kind: 'cheapest' },
        start: [1, 1],
        maxEvaluations: 500,
        standards: scenario.standards,
      });
      const outcome = run.then(
        () => 'finished',
        (error: unknown) => error,
      );
      const folder = await untilEvaluated(resultsDir, 3);
      controller.abort(new InterruptedError('SIGINT'));
      expect(await outcome).toBeInstanceOf(InterruptedError);
      expect(folder.endsWith('.incomplete')).toBe(true);
      expect(readFileSync(join(folder, 'INCOMPLETE.txt'), 'utf8')).toContain(
        'interrupted by SIGINT',
      );
      const rows = readFileSync(join(folder, 'evaluations.csv'), 'utf8').trimEnd().split('\n');
      const header = rows[0]!.split(',');
      const judged = rows.slice(1).map((line) => {
        const cells = line.split(',');
        const cell = (name: string) => cells[header.indexOf(name)]!;
        return {
          choice: [2, 3].map((i) => Number(cells[i])),
          meetsAll: cell('meets_all') === 'true',
          shortfall: Number(cell('shortfall')),
          cost: Number(cell('cost')),
        };
      });
      expect(judged.length).toBeGreaterThanOrEqual(3);
      // The best so far by the goal: meeting every standard and cheapest, else the least short.
      const best = [...judged].sort((a, b) =>
        a.meetsAll !== b.meetsAll
          ? Number(b.meetsAll) - Number(a.meetsAll)
          : a.meetsAll
            ? a.cost - b.cost
            : a.shortfall - b.shortfall,
      )[0]!;
      const text = readFileSync(join(folder, 'best-plan.yaml'), 'utf8');
      expect(text).toContain('did not finish');
      const [block] = parse(text) as { officers: { shifts: { cars: number }[] } }[];
      expect(block!.officers.shifts.map((s) => s.cars)).toEqual(best.choice);
    },
    120_000,
  );
});
