/**
 * Sweep shards cut the grid's points × replications into contiguous blocks; merging them gives
 * the unsharded sweep byte for byte: every file of every point folder, sweep.csv, the scenario
 * copies, and manifests that differ only where a merged comparison's manifest does (who wrote
 * it, when, on how many workers, from which shards). Shards that do not make one sweep are
 * refused before anything is written.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MergeError } from '../../src/experiment/merge.js';
import type { Shard } from '../../src/experiment/shard.js';
import { runSweep, type SweepResult } from '../../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../../src/experiment/sweep-grid.js';
import { mergeSweepShards } from '../../src/experiment/sweep-merge.js';
import { ALL_RECORDS } from '../../src/output/record-selection.js';
import { loadScenario } from '../../src/scenario/load.js';
import {
  folderTree,
  freshResultsDir,
  manifestsBesidesMerge,
  quietProgress,
  TINY,
} from './helpers.js';

const axes = [parseVary('crowd.visitorsPerDay=5000,8000')];
const grid = sweepGrid(axes);

/**
 * The sweep of two points × three replications of two plans, whole or one shard of it, every
 * record file and the type × day breakdown written.
 */
function sweep(resultsDir: string, out: string, shard?: Shard, seed = 5) {
  return runSweep({
    scenario: loadScenario(TINY),
    seed,
    workers: 1,
    replications: 3,
    resultsDir,
    out,
    progressStream: quietProgress,
    // Every record file, so that each way merge joins a file (concatenated, copied, recomputed,
    // added up) is checked.
    records: ALL_RECORDS,
    // A breakdown besides the site × hour one the incident records bring: summed up by merge.
    by: [['type', 'day']],
    plans: ['base', 'extra-car'],
    axes,
    points: grid.map((point) => ({
      point,
      scenario: loadScenario(TINY, pointOverrides(axes, point)),
      commandLine: 'peakwatch compare',
    })),
    commandLine: 'peakwatch sweep',
    shard,
  });
}

describe('sweep shards and merge', () => {
  const resultsDir = freshResultsDir();
  let whole: SweepResult;
  const shards: SweepResult[] = [];
  beforeAll(async () => {
    whole = await sweep(resultsDir, 'whole');
    // 2 points × 3 replications = 6 units in 4 shards of 2, 2, 1, 1: point 1 is cut in two.
    for (const index of [1, 2, 3, 4]) {
      shards.push(await sweep(resultsDir, `shard-${index}`, { index, count: 4 }));
    }
  });
  const dirs = () => shards.map((s) => s.folder);

  it('runs each shard on its block of the grid, with no sweep.csv until merged', () => {
    expect(shards.map((s) => s.blocks)).toEqual([
      [{ point: 1, replications: [1, 2] }],
      [
        { point: 1, replications: [3] },
        { point: 2, replications: [1] },
      ],
      [{ point: 2, replications: [2] }],
      [{ point: 2, replications: [3] }],
    ]);
    expect(readdirSync(shards[1]!.folder).sort()).toEqual([
      'manifest.json',
      'point-1',
      'point-2',
      'scenario.yaml',
    ]);
  });

  it('gives the unsharded sweep byte for byte, shards in any order', async () => {
    const [a, b, c, d] = dirs();
    const merged = await mergeSweepShards({
      dirs: [c!, a!, d!, b!],
      resultsDir,
      out: 'merged',
      commandLine: 'peakwatch merge',
    });
    const files = folderTree(whole.folder);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'sweep.csv',
        'scenario.yaml',
        'point-1/comparison.csv',
        'point-2/summary-extra-car.csv',
        'point-2/standards.csv',
        'point-1/incidents-base.csv',
        'point-1/occupancy.csv',
        'point-2/standards-by-site-hour.csv',
        'point-1/standards-by-type-day.csv',
        'point-2/standards-by-type-day.csv',
      ]),
    );
    expect(folderTree(merged.folder)).toEqual(files);
    expect(manifestsBesidesMerge(merged.folder)).toEqual(manifestsBesidesMerge(whole.folder));
    const top = JSON.parse(readFileSync(join(merged.folder, 'manifest.json'), 'utf8'));
    expect(top).toMatchObject({ command: 'merge', shard: null, mergedFrom: dirs() });
    expect(merged.points.map((p) => p.comparisons)).toEqual(whole.points.map((p) => p.comparisons));
    expect(merged.points.map((p) => p.judgements)).toEqual(whole.points.map((p) => p.judgements));
  });

  describe('refusals', () => {
    const merge = (folders: string[]) =>
      mergeSweepShards({ dirs: folders, resultsDir: freshResultsDir(), commandLine: 'm' });

    it('refuses a missing shard', async () => {
      const [a, b, , d] = dirs();
      await expect(merge([a!, b!, d!])).rejects.toThrow(/missing shard 3\/4/);
    });

    it('refuses the unsharded sweep', async () => {
      await expect(merge([whole.folder])).rejects.toThrow(/is not a shard/);
    });

    it('refuses a shard of a sweep on another seed', async () => {
      const other = await sweep(freshResultsDir(), 'other', { index: 3, count: 4 }, 6);
      const [a, b, , d] = dirs();
      await expect(merge([a!, b!, other.folder, d!])).rejects.toThrow(
        new MergeError(`${other.folder} does not belong with ${a}: seed differs (6 vs 5)`),
      );
    });

    it('refuses a manifest whose grid would lead outside the shard folder', async () => {
      const copy = join(freshResultsDir(), 'shard-1');
      cpSync(shards[0]!.folder, copy, { recursive: true });
      const path = join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.grid.points[0].folder = '../shard-2/point-1';
      writeFileSync(path, JSON.stringify(manifest));
      const [, b, c, d] = dirs();
      await expect(merge([copy, b!, c!, d!])).rejects.toThrow(
        `${path}: not a peakwatch sweep manifest: grid.points.0.folder: expected "point-1"`,
      );
    });

    it('refuses a point folder holding other replications than its shard should', async () => {
      const copy = join(freshResultsDir(), 'shard-2');
      cpSync(shards[1]!.folder, copy, { recursive: true });
      const path = join(copy, 'point-1', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      writeFileSync(path, JSON.stringify({ ...manifest, replicationRange: [2, 3] }));
      const [a, , c, d] = dirs();
      await expect(merge([a!, copy, c!, d!])).rejects.toThrow(
        `${join(copy, 'point-1')}: replications held is 2-3, expected 3-3 for point 1 of the sweep`,
      );
    });
  });
});
