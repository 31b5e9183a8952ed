/**
 * `peakwatch sweep` on the command line: the table has a row per point and plan, and bad
 * `--vary` options are refused with exit status 2, naming the option, before any folder is made.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderFiles, freshResultsDir } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

/** The command on the tiny scenario, one worker, two replications. */
const sweepArgs = (resultsDir: string, ...options: string[]) =>
  tinyArgs('sweep', resultsDir, '--replications', '2', ...options);

describe('peakwatch sweep', () => {
  it('prints a row per point and plan, and the folder', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      sweepArgs(
        resultsDir,
        '--vary',
        'crowd.visitorsPerDay=5000:7000:2000',
        '--vary',
        'detection.radioMinutes=0.5,1',
        '--plans',
        'extra-car,base',
        '--scale',
        'incidents.types[dispute].rate=2',
        '--set',
        'plans[extra-car].label=One more car',
      ),
    );
    expect(result.stderr).not.toMatch(/peakwatch:/);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^\| \d/.test(line));
    expect(
      rows.map((row) =>
        row
          .split('|')
          .slice(1, 5)
          .map((cell) => cell.trim()),
      ),
    ).toEqual([
      ['1', '5000', '0.5', 'One more car'],
      ['1', '5000', '0.5', 'base (baseline)'],
      ['2', '5000', '1', 'One more car'],
      ['2', '5000', '1', 'base (baseline)'],
      ['3', '7000', '0.5', 'One more car'],
      ['3', '7000', '0.5', 'base (baseline)'],
      ['4', '7000', '1', 'One more car'],
      ['4', '7000', '1', 'base (baseline)'],
    ]);
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^tiny-sweep-\d{8}-\d{6}$/);
    expect(readdirSync(join(resultsDir, folder!)).sort()).toEqual(
      [
        'manifest.json',
        'point-1',
        'point-2',
        'point-3',
        'point-4',
        'sweep.csv',
        'sweep-break-points.csv',
        'scenario.yaml',
      ].sort(),
    );
    // Break points along each numeric path, for each value of the other: 2 + 2 lines, each with
    // every plan × standard (tiny has four standards).
    expect(result.stdout).toContain("Break points (where each standard's share crosses");
    const along = result.stdout
      .split('\n')
      .map((line) => line.split('|')[1]?.trim())
      .filter((cell) => cell === 'crowd.visitorsPerDay' || cell === 'detection.radioMinutes');
    expect(along).toEqual([
      ...Array(2 * 2 * 4).fill('crowd.visitorsPerDay'),
      ...Array(2 * 2 * 4).fill('detection.radioMinutes'),
    ]);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Results: ${join(resultsDir, folder!)}`,
    );
  });

  it('writes at every point with --by what compare --by of the point writes', async () => {
    const resultsDir = freshResultsDir();
    const by = ['--by', 'site,hour'];
    const sweep = await runCli(
      sweepArgs(resultsDir, '--vary', 'crowd.visitorsPerDay=5000,8000', ...by, '--out', 'sweep'),
    );
    expect(sweep.code).toBe(0);
    for (const [point, visitors] of [
      [1, '5000'],
      [2, '8000'],
    ] as const) {
      const out = `compare-${point}`;
      const compare = await runCli(
        tinyArgs(
          'compare',
          resultsDir,
          '--replications',
          '2',
          '--set',
          `crowd.visitorsPerDay=${visitors}`,
          ...by,
          '--outputs',
          'summary',
          '--out',
          out,
        ),
      );
      expect(compare.code).toBe(0);
      const pointFolder = join(resultsDir, 'sweep', `point-${point}`);
      const files = folderFiles(pointFolder);
      expect(Object.keys(files)).toContain('standards-by-site-hour.csv');
      expect(files).toEqual(folderFiles(join(resultsDir, out)));
      // The point's manifest names the compare command that rewrites it, --by included.
      const manifest = JSON.parse(readFileSync(join(pointFolder, 'manifest.json'), 'utf8'));
      expect(manifest.commandLine).toContain(
        `--set crowd.visitorsPerDay=${visitors} --by site,hour`,
      );
    }
    const top = JSON.parse(readFileSync(join(resultsDir, 'sweep', 'manifest.json'), 'utf8'));
    expect(top.by).toEqual([['site', 'hour']]);
  });

  it('prints its tables in Chinese with --lang zh, plans by their Chinese label', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      sweepArgs(
        resultsDir,
        '--vary',
        'detection.radioMinutes=0.5,1',
        '--plans',
        'base,extra-car',
        '--set',
        'plans[extra-car].label={zh: 加一辆车, en: One more car}',
        '--lang',
        'zh',
      ),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/^\| 网格点 +\| detection\.radioMinutes +\| 方案 +\|/);
    expect(lines[1]).toMatch(/\| 达标的标准 \|$/);
    const plans = lines.filter((l) => /^\| \d/.test(l)).map((l) => l.split('|')[3]!.trim());
    expect(plans).toEqual(['base（基准）', '加一辆车', 'base（基准）', '加一辆车']);
    expect(result.stdout).toContain('临界点（各标准的达标比例与要求比例相交之处）：');
    expect(result.stdout).not.toContain('One more car');
    expect(result.stdout).not.toContain('Break points');
    expect(lines.at(-3)).toBe('共 2 个网格点；每个方案重复次数：2。');
  });

  it.each([
    [['--vary', 'crowd.visitorsPerDay'], '--vary crowd.visitorsPerDay: expected PATH=FROM:TO:STEP'],
    [['--vary', 'crowd.visitorsPerDay=1,,2'], 'empty value'],
    [['--vary', 'crowd.visitorsPerDay=6000:7000:0'], 'STEP must be greater than 0'],
    [['--vary', 'crowd.visitorsPerDay=1:500:1'], 'more than 200 values'],
    [
      ['--vary', 'crowd.visitorsPerDay=1:20:1', '--vary', 'crowd.demandCv=0.1:1.1:0.1'],
      '220 points',
    ],
    [['--vary', 'crowd.visitorsPerDai=6000,7000'], 'visitorsPerDai'],
    [['--vary', 'incidents.types[brawl].rate=1,2'], 'no item with id, name or site "brawl"'],
    [['--vary', 'crowd.visitorsPerDay=6000,-5'], 'refuses point 2 (crowd.visitorsPerDay=-5)'],
    [
      ['--vary', 'crowd.visitorsPerDay=6000', '--shard', '3/3'],
      '--shard 3/3: cannot split 1 point(s) × 2 replication(s) (2 units) into 3 shards',
    ],
    [
      ['--vary', 'crowd.visitorsPerDay=6000,7000', '--scale', 'crowd.visitorsPerDay=2'],
      'also given with --scale',
    ],
  ])('refuses %j with exit 2 before any work', async (options, message) => {
    const resultsDir = freshResultsDir();
    const result = await runCli(sweepArgs(resultsDir, ...options));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/--vary|--shard/);
    expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(resultsDir)).toBe(false);
  });
});
