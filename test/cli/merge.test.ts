import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFiles, freshResultsDir, TINY } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

/** The folder path printed on the last line. */
const folderOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .at(-1)!
    .replace(/^Results: /, '');

/** Everything printed before the folder line: the table. */
const table = (stdout: string) => stdout.trimEnd().split('\n').slice(0, -1).join('\n');

describe('peakwatch merge', () => {
  it('merges run shards into the unsharded folder and prints the same run table', async () => {
    const resultsDir = freshResultsDir();
    const run = (...options: string[]) =>
      runCli(tinyArgs('run', resultsDir, '--replications', '4', ...options));
    const whole = await run('--out', 'whole');
    const shard1 = await run('--shard', '1/2', '--out', 's1');
    const shard2 = await run('--shard', '2/2', '--out', 's2');
    expect(shard1.stdout).toMatch(/Shard 1\/2: replications 1-2 only/);
    expect(shard2.stdout).toMatch(/Shard 2\/2: replications 3-4 only/);
    const merged = await runCli([
      'merge',
      join(resultsDir, 's2'),
      join(resultsDir, 's1'),
      '--results-dir',
      resultsDir,
    ]);
    expect(merged.code).toBe(0);
    expect(folderOf(merged.stdout)).toMatch(/tiny-merge-\d{8}-\d{6}$/);
    expect(folderFiles(folderOf(merged.stdout))).toEqual(folderFiles(join(resultsDir, 'whole')));
    expect(table(merged.stdout)).toBe(table(whole.stdout));
  });

  it('merges compare shards and prints the same comparison', async () => {
    const resultsDir = freshResultsDir();
    const compare = (...options: string[]) =>
      runCli(tinyArgs('compare', resultsDir, '--replications', '3', ...options));
    const whole = await compare();
    const dirs = [];
    for (const shard of ['1/2', '2/2'])
      dirs.push(folderOf((await compare('--shard', shard)).stdout));
    const merged = await runCli(['merge', ...dirs, '--results-dir', resultsDir, '--out', 'joined']);
    expect(merged.code).toBe(0);
    const files = folderFiles(folderOf(whole.stdout));
    expect(Object.keys(files)).toContain('occupancy.csv');
    expect(Object.keys(files)).toContain('responders-no-platform.csv');
    expect(folderFiles(join(resultsDir, 'joined'))).toEqual(files);
    expect(table(merged.stdout)).toBe(table(whole.stdout));
  });

  it('exits 2 when a shard is missing, and writes nothing', async () => {
    const resultsDir = freshResultsDir();
    const shard = await runCli(
      tinyArgs('run', resultsDir, '--replications', '4', '--shard', '1/2'),
    );
    const before = readdirSync(resultsDir);
    const merged = await runCli(['merge', folderOf(shard.stdout), '--results-dir', resultsDir]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/missing shard 2\/2/);
    expect(readdirSync(resultsDir)).toEqual(before);
  });

  it("prints the run table from the shards' copy of the scenario, never the file it came from", async () => {
    const resultsDir = freshResultsDir();
    const dirs = [];
    for (const shard of ['1/2', '2/2']) {
      const result = await runCli(
        tinyArgs('run', resultsDir, '--replications', '2', '--shard', shard),
      );
      dirs.push(folderOf(result.stdout));
    }
    for (const dir of dirs) {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.scenario.path = 'moved-away.yaml';
      writeFileSync(path, JSON.stringify(manifest));
    }
    const merged = await runCli(['merge', ...dirs, '--results-dir', resultsDir]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/Plan "base": 2 replications/);
    expect(readFileSync(join(folderOf(merged.stdout), 'scenario.yaml'), 'utf8')).toBe(
      readFileSync(TINY, 'utf8'),
    );
  });

  describe('sweep shards', () => {
    const resultsDir = freshResultsDir();
    const sweep = (...options: string[]) =>
      runCli([
        'sweep',
        TINY,
        '--vary',
        'detection.radioMinutes=0.5,1',
        '--plans',
        'base,extra-car',
        '--replications',
        '2',
        '--workers',
        '1',
        '--results-dir',
        resultsDir,
        ...options,
      ]);

    it('merges them into the unsharded sweep and prints the same table', async () => {
      const whole = await sweep('--out', 'whole');
      const dirs = [];
      for (const shard of ['1/3', '2/3', '3/3']) {
        const run = await sweep('--shard', shard, '--out', `s${shard[0]}`);
        expect(run.code).toBe(0);
        dirs.push(folderOf(run.stdout));
      }
      const merged = await runCli(['merge', ...dirs, '--results-dir', resultsDir, '--out', 'm']);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      for (const file of ['sweep.csv', 'point-1/comparison.csv', 'point-2/summary-base.csv']) {
        expect(readFileSync(join(resultsDir, 'm', file))).toEqual(
          readFileSync(join(resultsDir, 'whole', file)),
        );
      }
      expect(table(merged.stdout)).toBe(table(whole.stdout));
      // In Chinese too: the merge prints what the unsharded sweep prints with the same --lang.
      const wholeZh = await sweep('--out', 'whole-zh', '--lang', 'zh');
      const mergedZh = await runCli([
        'merge',
        ...dirs,
        '--results-dir',
        resultsDir,
        '--out',
        'mz',
        '--lang',
        'zh',
      ]);
      expect(mergedZh.code).toBe(0);
      expect(table(mergedZh.stdout)).toBe(table(wholeZh.stdout));
      expect(table(mergedZh.stdout)).toContain('| 网格点 |');
    });

    it('exits 2 naming the mismatch when the shards are of different sweeps, and writes nothing', async () => {
      const one = await sweep('--shard', '1/2', '--out', 'x1');
      const two = await sweep('--shard', '2/2', '--seed', '9', '--out', 'x2');
      const before = readdirSync(resultsDir);
      const merged = await runCli([
        'merge',
        folderOf(one.stdout),
        folderOf(two.stdout),
        '--results-dir',
        resultsDir,
      ]);
      expect(merged.code).toBe(2);
      expect(merged.stderr).toContain(
        `${folderOf(two.stdout)} does not belong with ${folderOf(one.stdout)}: seed differs (9 vs 7)`,
      );
      expect(merged.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(resultsDir)).toEqual(before);
    });

    it('exits 2 when the shards were run with different --by, and writes nothing', async () => {
      const one = await sweep('--shard', '1/2', '--by', 'site,hour', '--out', 'b1');
      const two = await sweep('--shard', '2/2', '--by', 'type', '--out', 'b2');
      expect([one.code, two.code]).toEqual([0, 0]);
      const before = readdirSync(resultsDir);
      const merged = await runCli([
        'merge',
        join(resultsDir, 'b1'),
        join(resultsDir, 'b2'),
        '--results-dir',
        resultsDir,
      ]);
      expect(merged.code).toBe(2);
      expect(merged.stderr).toContain(
        `${join(resultsDir, 'b2')} does not belong with ${join(resultsDir, 'b1')}: --by differs (type vs site,hour)`,
      );
      expect(merged.stderr).not.toMatch(/^\s+at /m);
      expect(readdirSync(resultsDir)).toEqual(before);
      // A shard without --by does not join one with it either.
      const three = await sweep('--shard', '2/2', '--out', 'b3');
      expect(three.code).toBe(0);
      const plain = await runCli([
        'merge',
        join(resultsDir, 'b1'),
        join(resultsDir, 'b3'),
        '--results-dir',
        resultsDir,
      ]);
      expect(plain.code).toBe(2);
      expect(plain.stderr).toContain('--by differs ((none) vs site,hour)');
    });

    it('exits 2 when a sweep shard is given with a comparison', async () => {
      const one = await sweep('--shard', '1/2', '--out', 'y1');
      const compare = await runCli(
        tinyArgs('compare', resultsDir, '--replications', '2', '--shard', '2/2', '--out', 'y2'),
      );
      const merged = await runCli([
        'merge',
        folderOf(compare.stdout),
        folderOf(one.stdout),
        '--results-dir',
        resultsDir,
      ]);
      expect(merged.code).toBe(2);
      expect(merged.stderr).toContain(
        `${join(resultsDir, 'y2', 'manifest.json')}: not a peakwatch sweep manifest: kind`,
      );
    });
  });
});
