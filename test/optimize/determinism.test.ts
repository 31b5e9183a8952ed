/**
 * The same search with one worker thread and with two evaluates the same plans in the same order
 * and writes the same evaluations.csv, frontier.csv and best-plan.yaml, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOptimize } from '../../src/optimize/run-optimize.js';
import { loadScenario } from '../../src/scenario/load.js';
import { freshResultsDir, quietProgress } from '../experiment/helpers.js';

const FILE = 'test/fixtures/optimize/two-shifts.yaml';

async function searchWith(workers: number): Promise<string> {
  const scenario = loadScenario(FILE);
  const result = await runOptimize({
    scenario,
    seed: scenario.seed,
    replications: 4,
    workers,
    resultsDir: freshResultsDir(),
    progressStream: quietProgress,
    commandLine: 'peakwatch optimize (test)',
    space: {
      base: 'base',
      dimensions: [
        { kind: 'cars', shift: 0, min: 1, max: 4 },
        { kind: 'post', site: 'view', min: 1, max: 2 },
      ],
    },
    goal: { kind: 'cheapest' },
    start: [1, 0],
    maxEvaluations: 12,
    standards: scenario.standards,
    selection: { finalists: 3, delta: 2, alpha: 0.05, maxReplications: 8 },
  });
  return result.folder;
}

describe('optimize with any number of workers', () => {
  it('writes the same files with one worker and with two', async () => {
    const one = await searchWith(1);
    const two = await searchWith(2);
    for (const file of ['evaluations.csv', 'frontier.csv', 'best-plan.yaml']) {
      expect(readFileSync(join(two, file), 'utf8')).toBe(readFileSync(join(one, file), 'utf8'));
    }
    expect(
      readFileSync(join(one, 'evaluations.csv'), 'utf8').trimEnd().split('\n').length,
    ).toBeGreaterThan(3);
  }, 120_000);
});
