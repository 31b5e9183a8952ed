/**
 * Sensitivity shards cut the analysis's points × replications into contiguous blocks, as sweep
 * shards cut a grid; merging them gives the unsharded analysis byte for byte: every file of
 * every point folder, sensitivity.csv, the scenario copies, and manifests that differ only where
 * a merged comparison's manifest does. Shards that do not make one analysis are refused before
 * anything is written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MergeError } from '../../src/experiment/merge.js';
import { runSensitivity, type SensitivityResult } from '../../src/experiment/sensitivity.js';
import {
  chooseInputs,
  inputOverrides,
  uncertainInputs,
} from '../../src/experiment/sensitivity-inputs.js';
import { mergeSensitivityShards } from '../../src/experiment/sensitivity-merge.js';
import type { Shard } from '../../src/experiment/shard.js';
import { ALL_RECORDS } from '../../src/output/record-selection.js';
import { loadScenario } from '../../src/scenario/load.js';
import {
  folderTree,
  freshResultsDir,
  manifestsBesidesMerge,
  quietProgress,
  TINY,
} from './helpers.js';

const scenario = loadScenario(TINY);
const inputs = chooseInputs(uncertainInputs(scenario), ['visitors', 'travel']);

/**
 * The analysis of two inputs (five points) × three replications of plan base, whole or one
 * shard of it, every record file written.
 */
function sensitivity(resultsDir: string, out: string, shard?: Shard, change = 0.3) {
  return runSensitivity({
    scenario,
    seed: 8,
    workers: 1,
    replications: 3,
    resultsDir,
    out,
    progressStream: quietProgress,
    records: ALL_RECORDS,
    plan: 'base',
    change,
    points: [
      { input: null, factor: 1, scenario, commandLine: 'peakwatch compare' },
      ...inputs.flatMap((input) =>
        [1 - change, 1 + change].map((factor) => ({
          input,
          factor,
          scenario: loadScenario(TINY, inputOverrides(input, factor)),
          commandLine: 'peakwatch compare',
        })),
      ),
    ],
    commandLine: 'peakwatch sensitivity',
    shard,
  });
}

describe('sensitivity shards and merge', () => {
  const resultsDir = freshResultsDir();
  let whole: SensitivityResult;
  const shards: SensitivityResult[] = [];
  beforeAll(async () => {
    whole = await sensitivity(resultsDir, 'whole');
    // 5 points × 3 replications = 15 units in 4 shards of 4, 4, 4, 3: points 2, 3 and 4 are cut.
    for (const index of [1, 2, 3, 4]) {
      shards.push(await sensitivity(resultsDir, `shard-${index}`, { index, count: 4 }));
    }
  });
  const dirs = () => shards.map((s) => s.folder);

  it('runs each shard on its block of the points, with no sensitivity.csv until merged', () => {
    expect(shards.map((s) => s.blocks)).toEqual([
      [
        { point: 1, replications: [1, 2, 3] },
        { point: 2, replications: [1] },
      ],
      [
        { point: 2, replications: [2, 3] },
        { point: 3, replications: [1, 2] },
      ],
      [
        { point: 3, replications: [3] },
        { point: 4, replications: [1, 2, 3] },
      ],
      [{ point: 5, replications: [1, 2, 3] }],
    ]);
    expect(shards.every((s) => s.rows.length === 0)).toBe(true);
    expect(readdirSync(shards[1]!.folder).sort()).toEqual([
      'manifest.json',
      'point-2',
      'point-3',
      'scenario.yaml',
    ]);
  });

  it('gives the unsharded analysis byte for byte, shards in any order', async () => {
    const [a, b, c, d] = dirs();
    const merged = await mergeSensitivityShards({
      dirs: [d!, b!, a!, c!],
      resultsDir,
      out: 'merged',
      commandLine: 'peakwatch merge',
    });
    const files = folderTree(whole.folder);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'sensitivity.csv',
        'scenario.yaml',
        'point-1/summary-base.csv',
        'point-2/comparison.csv',
        'point-3/incidents-base.csv',
        'point-4/standards-by-site-hour.csv',
        'point-5/occupancy.csv',
      ]),
    );
    expect(folderTree(merged.folder)).toEqual(files);
    expect(manifestsBesidesMerge(merged.folder)).toEqual(manifestsBesidesMerge(whole.folder));
    const top = JSON.parse(readFileSync(join(merged.folder, 'manifest.json'), 'utf8'));
    expect(top).toMatchObject({ command: 'merge', shard: null, mergedFrom: dirs() });
    expect(merged.rows).toEqual(whole.rows);
  });

  describe('refusals', () => {
    const merge = (folders: string[], out = freshResultsDir()) =>
      mergeSensitivityShards({ dirs: folders, resultsDir: out, commandLine: 'm' });

    it('refuses a missing shard, writing nothing', async () => {
      const [a, b, , d] = dirs();
      const out = freshResultsDir();
      await expect(merge([a!, b!, d!], out)).rejects.toThrow(/missing shard 3\/4/);
      expect(existsSync(out)).toBe(false);
    });

    it('refuses the unsharded analysis', async () => {
      await expect(merge([whole.folder])).rejects.toThrow(/is not a shard/);
    });

    it('refuses a shard of an analysis with another change', async () => {
      const other = await sensitivity(freshResultsDir(), 'other', { index: 3, count: 4 }, 0.2);
      const [a, b, , d] = dirs();
      await expect(merge([a!, b!, other.folder, d!])).rejects.toThrow(
        new MergeError(`${other.folder} does not belong with ${a}: change differs (0.2 vs 0.3)`),
      );
    });

    it('refuses a point folder made with other overrides than its point', async () => {
      const copy = join(freshResultsDir(), 'shard-2');
      cpSync(shards[1]!.folder, copy, { recursive: true });
      const path = join(copy, 'point-3', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.scenario.overrides[0].value = '1.2';
      writeFileSync(path, JSON.stringify(manifest));
      const [a, , c, d] = dirs();
      await expect(merge([a!, copy, c!, d!])).rejects.toThrow(
        `${join(copy, 'point-3')}: overrides is [{"kind":"scale","path":"crowd.visitorsPerDay","value":"1.2"}], ` +
          `expected [{"kind":"scale","path":"crowd.visitorsPerDay","value":"1.3"}] for point 3 of the sensitivity analysis`,
      );
    });

    it('refuses a manifest whose base point moves an input', async () => {
      const copy = join(freshResultsDir(), 'shard-1');
      cpSync(shards[0]!.folder, copy, { recursive: true });
      const path = join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.points[0].input = 'visitors';
      writeFileSync(path, JSON.stringify(manifest));
      const [, b, c, d] = dirs();
      await expect(merge([copy, b!, c!, d!])).rejects.toThrow(
        `${path}: not a peakwatch sensitivity manifest: points.0.input: expected null (the base point)`,
      );
    });
  });
});
