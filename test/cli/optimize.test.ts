/**
 * `peakwatch optimize` on the command line: a small search prints its summary (in Chinese with
 * `--lang zh`) and writes the folder's files; bad options are refused with exit status 2, naming
 * the option, before any folder is made.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshResultsDir } from '../experiment/helpers.js';
import { runCli } from './helpers.js';

const FILE = 'test/fixtures/optimize/two-shifts.yaml';
const optimizeArgs = (resultsDir: string, ...options: string[]) => [
  'optimize',
  FILE,
  '--workers',
  '1',
  '--replications',
  '4',
  '--results-dir',
  resultsDir,
  ...options,
];

describe('peakwatch optimize', () => {
  it('prints the summary in Chinese and writes evaluations, frontier, best plan and manifest', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      optimizeArgs(resultsDir, '--cars', '0=1:3', '--cars', '11:00-07:00=1:2', '--lang', 'zh'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('从方案 base 出发的优化');
    expect(result.stdout).toContain('11:00-07:00 班次警车数（第 1 班）');
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^two-shifts-optimize-/);
    const files = readdirSync(join(resultsDir, folder!)).sort();
    expect(files).toEqual([
      'best-plan.yaml',
      'evaluations.csv',
      'frontier.csv',
      'manifest.json',
      'scenario.yaml',
    ]);
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    expect(manifest.kind).toBe('optimize');
    const rows = readFileSync(join(resultsDir, folder!, 'evaluations.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(rows.length - 1).toBe(manifest.evaluations);
  }, 60_000);

  it('says under the verdict which standards it did not judge, and that the plan does not meet those out of reach', async () => {
    const resultsDir = freshResultsDir();
    const unreachable = await runCli(
      optimizeArgs(resultsDir, '--cars', '0=1:2', '--set', 'standards[police-fast].minutes=0.5'),
    );
    expect(unreachable.code).toBe(0);
    const lines = unreachable.stdout.split('\n');
    const verdict = lines.findIndex((line) =>
      /^(The cheapest plan meeting|No plan evaluated meets)/.test(line),
    );
    expect(verdict).toBeGreaterThan(0);
    expect(lines[verdict + 1]).toBe(
      '"Every standard" means every standard searched: this plan does NOT meet "Officers on scene within 10 min of the alert", which no plan of the search can (see the first lines).',
    );
    const unselected = await runCli(
      optimizeArgs(resultsDir, '--cars', '0=1:2', '--standards', 'no-wait'),
    );
    expect(unselected.code).toBe(0);
    expect(unselected.stdout).toContain(
      '"Every standard" means every standard searched: "Officers on scene within 10 min of the alert" were not asked for (--standards) and not judged.',
    );
    const all = await runCli(optimizeArgs(resultsDir, '--cars', '0=1:2'));
    expect(all.stdout).not.toContain('"Every standard" means');
  }, 90_000);

  it.each([
    [['--cars', '5=1:3'], '--cars 5: plan "base" has 2 shift(s)'],
    [['--cars', '0=3:1'], '--cars 0=3:1: expected MIN:MAX'],
    [['--cars', '09:00-10:00=1:2'], 'has no shift 09:00-10:00'],
    [['--from', 'nope'], '--from nope: the scenario has no plan "nope"'],
    [
      ['--posts', 'view', '--platforms', '5'],
      '--platforms 5: with --posts the plan can have from 1 to 2',
    ],
    [['--posts', 'nowhere'], '--posts nowhere: the scenario has no site "nowhere"'],
    [['--outputs', 'all'], '--outputs are not available for optimize'],
    [['--standards', 'fast'], '--standards: the scenario has no standard "fast"'],
    [
      [
        '--set',
        'plans[base].officers.shifts[0].mealBreak={minutes: 60, from: "08:00", to: "10:00"}',
        '--cars',
        '0=3:4',
      ],
      'the scenario refuses the starting plan (',
    ],
  ])('refuses %j with exit status 2 and no folder', async (options, message) => {
    const resultsDir = freshResultsDir();
    const result = await runCli(optimizeArgs(resultsDir, ...options));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(resultsDir)).toBe(false);
  });
});
