/**
 * `peakwatch sensitivity` on the command line: a table per standard with the moved inputs, the
 * folder's files, and bad options refused with exit status 2 before any folder is made.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshResultsDir } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

/** The command on the tiny scenario, one worker, two replications. */
const sensitivityArgs = (resultsDir: string, ...options: string[]) =>
  tinyArgs('sensitivity', resultsDir, '--replications', '2', ...options);

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

  it.each([
    [['--change', '1.5'], '--change must be a share between 0 and 1'],
    [['--change', '0'], '--change must be a share between 0 and 1'],
    [['--inputs', 'visitors,rain'], '--inputs: no input "rain"'],
    [['--plan', 'nope'], 'nope'],
  ])('refuses %j with exit 2 before any work', async (options, message) => {
    const resultsDir = freshResultsDir();
    const result = await runCli(sensitivityArgs(resultsDir, ...options));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(resultsDir) && readdirSync(resultsDir).length > 0).toBe(false);
  });
});
