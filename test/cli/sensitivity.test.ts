/**
 * `peakwatch sensitivity` on the command line: a table per standard with the moved inputs, the
 * folder's files, and bad options refused with exit status 2 before any folder is made.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshResultsDir } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

/** The command on the tiny scenario, one worker, two replications. */
const sensitivityArgs = (resultsDir: string, ...options: string[]) =>
  tinyArgs('sensitivity', resultsDir, '--replications', '2', ...options);

/** Everything printed before the folder line: the tables. */
const tables = (stdout: string) => stdout.trimEnd().split('\n').slice(0, -1).join('\n');

describe('peakwatch sensitivity', () => {
  it('prints the effect of each moved input on each standard, and the folder', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      sensitivityArgs(
        resultsDir,
        '--plan',
        'extra-car',
        '--inputs',
        'visitors,travel',
        '--change',
        '0.1',
      ),
    );
    expect(result.stderr).not.toMatch(/peakwatch:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('each input moved by -10 % and +10 %');
    // Tiny's four default standards, each with a row per input.
    const inputRows = result.stdout
      .split('\n')
      .map((line) => line.split('|')[1]?.trim())
      .filter((cell) => cell === 'visitors' || cell === 'travel');
    expect(inputRows).toHaveLength(4 * 2);
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^tiny-sensitivity-\d{8}-\d{6}$/);
    expect(readdirSync(join(resultsDir, folder!)).sort()).toEqual(
      [
        'manifest.json',
        'point-1',
        'point-2',
        'point-3',
        'point-4',
        'point-5',
        'scenario.yaml',
        'sensitivity.csv',
      ].sort(),
    );
  });

  it('prints its tables in Chinese with --lang zh, inputs by their Chinese name', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      sensitivityArgs(resultsDir, '--plan', 'base', '--inputs', 'visitors,travel', '--lang', 'zh'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '方案“base”：每次只调整一个输入，分别调整 -20 % 和 +20 %，2 次重复模拟使用相同的随机数：',
    );
    // Tiny's four standards, each headed by its share at the base point, a row per input.
    expect(result.stdout.match(/：原情景下达标比例为 [\d.-]+ %；影响以百分点计/g)).toHaveLength(4);
    const inputs = result.stdout
      .split('\n')
      .map((line) => line.split('|')[1]?.trim())
      .filter((cell) => cell !== undefined && cell !== '' && !cell.startsWith('-'));
    expect(new Set(inputs)).toEqual(new Set(['输入', '每日游客量', '路程时间']));
    expect(result.stdout).not.toMatch(/met at the base point|Input/);
  });

  it('runs shards that merge into the unsharded analysis, printing the same tables', async () => {
    const resultsDir = freshResultsDir();
    const run = (...options: string[]) =>
      runCli(sensitivityArgs(resultsDir, '--inputs', 'visitors,onScene', ...options));
    const whole = await run('--out', 'whole');
    expect(whole.code).toBe(0);
    // 5 points × 2 replications = 10 units in 3 shards of 4, 3, 3.
    const notes = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = await run('--shard', shard, '--out', `s${shard[0]}`);
      expect(result.code).toBe(0);
      notes.push(result.stdout.split('\n')[0]);
    }
    expect(notes).toEqual([
      'Shard 1/3 of the sensitivity analysis: point 1 replications 1-2, point 2 replications 1-2. ' +
        'Merge all shards with "peakwatch merge" for sensitivity.csv and the table.',
      'Shard 2/3 of the sensitivity analysis: point 3 replications 1-2, point 4 replication 1. ' +
        'Merge all shards with "peakwatch merge" for sensitivity.csv and the table.',
      'Shard 3/3 of the sensitivity analysis: point 4 replication 2, point 5 replications 1-2. ' +
        'Merge all shards with "peakwatch merge" for sensitivity.csv and the table.',
    ]);
    const dirs = ['s3', 's1', 's2'].map((name) => join(resultsDir, name));
    const merged = await runCli(['merge', ...dirs, '--results-dir', resultsDir, '--out', 'm']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(tables(merged.stdout)).toBe(tables(whole.stdout));
    for (const file of ['sensitivity.csv', 'point-4/summary-base.csv', 'point-5/comparison.csv']) {
      expect(readFileSync(join(resultsDir, 'm', file))).toEqual(
        readFileSync(join(resultsDir, 'whole', file)),
      );
    }
    // Shards of an analysis of other inputs do not join these: exit 2, nothing written.
    const other = await runCli(
      sensitivityArgs(resultsDir, '--inputs', 'visitors,travel', '--shard', '2/3', '--out', 'o2'),
    );
    expect(other.code).toBe(0);
    const before = readdirSync(resultsDir);
    const refused = await runCli([
      'merge',
      dirs[1]!,
      join(resultsDir, 'o2'),
      dirs[0]!,
      '--results-dir',
      resultsDir,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${join(resultsDir, 'o2')} does not belong with ${dirs[1]}: points differs`,
    );
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(resultsDir)).toEqual(before);
  });

  it.each([
    [['--change', '1.5'], '--change must be a share between 0 and 1'],
    [['--change', '0'], '--change must be a share between 0 and 1'],
    [['--inputs', 'visitors,rain'], '--inputs: no input "rain"'],
    [['--plan', 'nope'], 'nope'],
    [['--by', 'site'], '--by is not available for sensitivity'],
    [
      ['--inputs', 'visitors', '--shard', '7/7'],
      '--shard 7/7: cannot split 3 point(s) × 2 replication(s) (6 units) into 7 shards',
    ],
  ])('refuses %j with exit 2 before any work', async (options, message) => {
    const resultsDir = freshResultsDir();
    const result = await runCli(sensitivityArgs(resultsDir, ...options));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(resultsDir) && readdirSync(resultsDir).length > 0).toBe(false);
  });
});
