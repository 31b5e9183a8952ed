import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MergeError, mergeShards } from '../../src/experiment/merge.js';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { type PlanRunResult, runPlan } from '../../src/experiment/run-plan.js';
import { readManifest } from '../../src/output/manifest.js';
import { loadScenario } from '../../src/scenario/load.js';
import { parseOverride } from '../../src/scenario/overrides.js';
import {
  folderFiles,
  freshResultsDir,
  plainCsvRows,
  quietProgress,
  TINY,
  tinyScenario,
} from './helpers.js';

const scenario = tinyScenario();
const base = {
  scenario,
  replications: 5,
  seed: 3,
  workers: 1,
  commandLine: 'peakwatch',
  progressStream: quietProgress,
};

describe('merging shards', () => {
  it('gives exactly the files of an unsharded run (2 shards, run)', async () => {
    const resultsDir = freshResultsDir();
    const whole = await runPlan({ ...base, plan: 'extra-car', resultsDir });
    // Shards in any order, with different worker counts.
    const second = await runPlan({
      ...base,
      plan: 'extra-car',
      resultsDir,
      shard: { index: 2, count: 2 },
      workers: 2,
    });
    const first = await runPlan({
      ...base,
      plan: 'extra-car',
      resultsDir,
      shard: { index: 1, count: 2 },
    });
    expect(first.manifest.replicationRange).toEqual([1, 3]);
    expect(second.manifest.replicationRange).toEqual([4, 5]);
    const merged = await mergeShards({
      dirs: [second.folder, first.folder],
      resultsDir,
      commandLine: 'peakwatch merge',
    });
    expect(folderFiles(merged.folder)).toEqual(folderFiles(whole.folder));
    // The merged folder carries the scenario it was made from, byte for byte.
    const copy = (folder: string) => readFileSync(join(folder, 'scenario.yaml'));
    expect(copy(merged.folder)).toEqual(readFileSync(TINY));
    expect(copy(whole.folder)).toEqual(readFileSync(TINY));
    expect(merged.summaries).toEqual(whole.summaries);
    expect(readManifest(join(merged.folder, 'manifest.json'))).toMatchObject({
      kind: 'run',
      command: 'merge',
      replicationRange: [1, 5],
      shard: null,
      mergedFrom: [first.folder, second.folder],
    });
  });

  it('gives exactly the files of an unsharded comparison, comparison.csv and standards.csv recomputed (3 shards)', async () => {
    const resultsDir = freshResultsDir();
    const compare = (shard?: { index: number; count: number }) =>
      runComparison({ ...base, resultsDir, baseline: 'no-platform', shard });
    const whole = await compare();
    const shards = [];
    for (const index of [3, 1, 2]) shards.push(await compare({ index, count: 3 }));
    const merged = await mergeShards({
      dirs: shards.map((s) => s.folder),
      resultsDir,
      commandLine: 'm',
    });
    const files = folderFiles(whole.folder);
    // Every file of the comparison, records and occupancy included, joined byte for byte.
    const plans = ['base', 'extra-car', 'no-platform'];
    expect(Object.keys(files)).toEqual(
      [
        'comparison.csv',
        'demand.csv',
        'occupancy.csv',
        'standards-by-site-hour.csv',
        'standards.csv',
        ...plans.flatMap((plan) =>
          ['incidents', 'responders', 'summary'].map((f) => `${f}-${plan}.csv`),
        ),
      ].sort(),
    );
    expect(folderFiles(merged.folder)).toEqual(files);
    expect(merged.summaries).toEqual(whole.summaries);
  });

  it("orders a breakdown's standards as the scenario does, even when the first shard lacks one", async () => {
    const scenario = loadScenario(TINY, [parseOverride('set', 'detection.radioMinutes=1')]);
    const resultsDir = freshResultsDir();
    const compare = (shard?: { index: number; count: number }) =>
      runComparison({ ...base, scenario, seed: 7, replications: 2, resultsDir, shard });
    const whole = await compare();
    const shards = [await compare({ index: 1, count: 2 }), await compare({ index: 2, count: 2 })];
    const standardsIn = (folder: string) =>
      new Set(
        plainCsvRows(readFileSync(join(folder, 'standards-by-site-hour.csv'), 'utf8'))
          .slice(1)
          .map((row) => row[1]),
      );
    // The case at hand: a standard met by no incident of shard 1 appears only in shard 2.
    const late = [...standardsIn(shards[1]!.folder)].filter(
      (id) => !standardsIn(shards[0]!.folder).has(id),
    );
    expect(late.length).toBeGreaterThan(0);
    const merged = await mergeShards({
      dirs: shards.map((s) => s.folder),
      resultsDir,
      commandLine: 'm',
    });
    expect(folderFiles(merged.folder)).toEqual(folderFiles(whole.folder));
  });

  describe('refusals', () => {
    const resultsDir = freshResultsDir();
    const shard = (index: number, count: number, overrides = {}) =>
      runPlan({ ...base, plan: 'base', resultsDir, shard: { index, count }, ...overrides });
    let one: PlanRunResult;
    let two: PlanRunResult;
    let three: PlanRunResult;
    beforeAll(async () => {
      one = await shard(1, 3);
      two = await shard(2, 3);
      three = await shard(3, 3);
    });
    const merge = (dirs: string[]) => mergeShards({ dirs, resultsDir, commandLine: 'm' });

    it('stops when its signal is aborted, leaving the merged folder unfinished with the reason', async () => {
      const mergedDir = freshResultsDir();
      const controller = new AbortController();
      controller.abort(new Error('interrupted by SIGINT'));
      await expect(
        mergeShards({
          dirs: [one.folder, two.folder, three.folder],
          resultsDir: mergedDir,
          commandLine: 'm',
          signal: controller.signal,
        }),
      ).rejects.toThrow('interrupted by SIGINT');
      const [folder] = readdirSync(mergedDir);
      expect(folder).toMatch(/\.incomplete$/);
      expect(readdirSync(join(mergedDir, folder!))).not.toContain('manifest.json');
      expect(readFileSync(join(mergedDir, folder!, 'INCOMPLETE.txt'), 'utf8')).toContain(
        'interrupted by SIGINT',
      );
    });

    it('refuses a missing shard', async () => {
      await expect(merge([one.folder, three.folder])).rejects.toThrow(/missing shard 2\/3/);
    });

    it('refuses a shard given twice', async () => {
      await expect(merge([one.folder, two.folder, two.folder, three.folder])).rejects.toThrow(
        /given twice/,
      );
    });

    it('refuses a shard of another experiment', async () => {
      const otherSeed = await shard(2, 3, { seed: 4 });
      await expect(merge([one.folder, otherSeed.folder, three.folder])).rejects.toThrow(
        /seed differs/,
      );
      const otherPlan = await runPlan({
        ...base,
        plan: 'extra-car',
        resultsDir,
        shard: { index: 2, count: 3 },
      });
      await expect(merge([one.folder, otherPlan.folder, three.folder])).rejects.toThrow(
        /plans differs/,
      );
    });

    it('refuses a folder that is not a shard, or not finished', async () => {
      const whole = await runPlan({ ...base, plan: 'base', resultsDir });
      await expect(merge([whole.folder])).rejects.toThrow(/is not a shard/);
      const unfinished = `${two.folder}-copy.incomplete`;
      cpSync(two.folder, unfinished, { recursive: true });
      await expect(merge([one.folder, unfinished, three.folder])).rejects.toThrow(/unfinished run/);
    });

    /** A copy of `folder` whose manifest `edit` has changed. */
    const edited = (
      folder: string,
      name: string,
      edit: (manifest: Record<string, unknown>) => void,
    ) => {
      const copy = `${folder}-${name}`;
      cpSync(folder, copy, { recursive: true });
      const path = join(copy, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      edit(manifest);
      writeFileSync(path, JSON.stringify(manifest));
      return copy;
    };

    it('refuses plan names and file names that would leave the folder, writing nothing outside', async () => {
      const hostile = [
        (m: Record<string, unknown>) => {
          m.plans = ['../../../../x'];
        },
        (m: Record<string, unknown>) => {
          m.files = [...(m.files as string[]), '../../y.csv'];
        },
        (m: Record<string, unknown>) => {
          m.files = ['/tmp/z.csv'];
        },
        (m: Record<string, unknown>) => {
          m.files = ['manifest.json'];
        },
      ];
      for (const [i, edit] of hostile.entries()) {
        const folders = [one, two, three].map((s) => edited(s.folder, `hostile-${i}`, edit));
        const parent = join(resultsDir, '..');
        const before = readdirSync(parent).sort();
        const error = await merge(folders).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MergeError);
        expect((error as Error).message).toMatch(/manifest\.json: .*(plans|files)/);
        expect(readdirSync(parent).sort()).toEqual(before);
      }
    });

    it('refuses a scenario changed between shards', async () => {
      const changed = `${two.folder}-changed`;
      cpSync(two.folder, changed, { recursive: true });
      const path = join(changed, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.scenario.sha256 = '0'.repeat(64);
      writeFileSync(path, JSON.stringify(manifest));
      await expect(merge([one.folder, changed, three.folder])).rejects.toThrow(MergeError);
      await expect(merge([one.folder, changed, three.folder])).rejects.toThrow(
        /scenario \(SHA-256\) differs/,
      );
    });

    it('refuses shards whose once-written occupancy.csv differs', async () => {
      const edited = `${two.folder}-edited`;
      cpSync(two.folder, edited, { recursive: true });
      const path = join(edited, 'occupancy.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n[^,]+,/, '\nsomewhere,'));
      await expect(merge([one.folder, edited, three.folder])).rejects.toThrow(
        /occupancy\.csv differs from .*occupancy\.csv/,
      );
    });
  });
});
