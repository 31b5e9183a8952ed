/**
 * A what-if by override is the run of a hand-edited file: a comparison of the overridden
 * scenario writes, byte for byte, the files of a comparison of the edited copy — in the main
 * thread and on worker threads (which must apply the same overrides) — and its manifest records
 * the overrides.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { loadScenario } from '../../src/scenario/load.js';
import { parseOverride } from '../../src/scenario/overrides.js';
import { folderFiles, quietExperiment, TINY } from './helpers.js';

const overrides = [
  parseOverride('set', 'plans[base].officers.shifts[0].cars=1'),
  parseOverride('scale', 'crowd.visitorsPerDay=1.5'),
];

/** The tiny scenario with the same two changes made by hand, in a file of its own. */
function handEditedCopy(): string {
  const text = readFileSync(TINY, 'utf8')
    .replace('visitorsPerDay: 6000', 'visitorsPerDay: 9000')
    .replace(
      '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }',
      '{ start: "07:00", end: "19:00", cars: 1, crew: 2 }',
    );
  const path = join(mkdtempSync(join(tmpdir(), 'pw-override-')), 'tiny-edited.yaml');
  writeFileSync(path, text);
  return path;
}

/** The folder's result files: all but the manifest and the copy of the scenario file. */
const records = (folder: string) => folderFiles(folder, ['manifest.json', 'scenario.yaml']);

const compare = (scenario: ReturnType<typeof loadScenario>, workers: number) =>
  runComparison({
    ...quietExperiment(scenario),
    workers,
    replications: 3,
    seed: 11,
    plans: ['base', 'no-platform'],
    commandLine: 'peakwatch compare tiny.yaml',
  });

describe('a comparison with overrides', () => {
  it('writes the files of the hand-edited scenario, with one worker and with two', async () => {
    const expected = records((await compare(loadScenario(handEditedCopy()), 1)).folder);
    const untouched = records((await compare(loadScenario(TINY), 1)).folder);
    expect(untouched).not.toEqual(expected); // the overrides matter
    for (const workers of [1, 2]) {
      const result = await compare(loadScenario(TINY, overrides), workers);
      expect(records(result.folder)).toEqual(expected);
      expect(result.manifest.scenario.overrides).toEqual(overrides);
    }
  });
});
