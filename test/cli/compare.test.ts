import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.js';
import { freshResultsDir } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

describe('peakwatch compare', () => {
  it('prints the comparison table, the replications, the standards verdict and the folder', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      tinyArgs('compare', resultsDir, '--plans', 'extra-car,base', '--replications', '3'),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(result.stdout).toMatch(/base\s*\|[\s\S]*\(baseline\)/);
    expect(lines).toContain('Replications per plan: 3.');
    expect(lines).toContain('Verdict on the service standards');
    expect(lines.at(-2)).toMatch(
      /^Met, not met and significantly better or worse are decided by t tests/,
    );
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^tiny-compare-\d{8}-\d{6}$/);
    expect(lines.at(-1)).toBe(`Results: ${join(resultsDir, folder!)}`);
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      plans: ['extra-car', 'base'],
      baseline: 'base',
      independentStreams: false,
    });
    // Each plan's summaries and records, and one occupancy file: all there, as listed.
    expect(readdirSync(join(resultsDir, folder!)).sort()).toEqual(
      [...manifest.files, 'manifest.json', manifest.scenario.copy].sort(),
    );
    expect(manifest.files).toEqual([
      'comparison.csv',
      'summary-extra-car.csv',
      'summary-base.csv',
      'incidents-extra-car.csv',
      'incidents-base.csv',
      'responders-extra-car.csv',
      'responders-base.csv',
      'occupancy.csv',
      'demand.csv',
      'standards.csv',
      'standards-by-site-hour.csv',
    ]);
  });

  it('writes only the record files --outputs names, and the same summaries', async () => {
    const resultsDir = freshResultsDir();
    const compare = (...outputs: string[]) =>
      runCli(
        tinyArgs(
          'compare',
          resultsDir,
          '--plans',
          'extra-car,base',
          '--replications',
          '2',
          ...outputs,
        ),
      );
    const files = (result: { stdout: string }) => {
      const folder = result.stdout.trimEnd().split('\n').at(-1)!.replace('Results: ', '');
      return Object.fromEntries(
        readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
      );
    };
    const all = files(await compare());
    const summaries = files(await compare('--outputs', 'summary'));
    expect(Object.keys(summaries).sort()).toEqual([
      'comparison.csv',
      'manifest.json',
      'scenario.yaml',
      'standards.csv',
      'summary-base.csv',
      'summary-extra-car.csv',
    ]);
    const some = files(await compare('--outputs', 'responders', 'occupancy'));
    expect(Object.keys(some).sort()).toEqual([
      'comparison.csv',
      'demand.csv',
      'manifest.json',
      'occupancy.csv',
      'responders-base.csv',
      'responders-extra-car.csv',
      'scenario.yaml',
      'standards.csv',
      'summary-base.csv',
      'summary-extra-car.csv',
    ]);
    for (const [name, text] of Object.entries(some)) {
      if (name !== 'manifest.json') expect(text, name).toBe(all[name]);
    }
    expect(JSON.parse(some['manifest.json']!).commandLine).toContain(
      '--outputs responders occupancy',
    );
    // The breakdowns are counted where the incidents are simulated, not read back from the
    // files: with summaries only, --by writes the same breakdown as with every record file, and
    // the site × hour one only when asked.
    const allBy = files(await compare('--by', 'type,day'));
    const summaryBy = files(await compare('--outputs', 'summary', '--by', 'type,day'));
    const summarySiteHour = files(await compare('--outputs', 'summary', '--by', 'site,hour'));
    expect(Object.keys(summaryBy).sort()).toEqual(
      [...Object.keys(summaries), 'standards-by-type-day.csv'].sort(),
    );
    expect(summaryBy['standards-by-type-day.csv']).toBe(allBy['standards-by-type-day.csv']);
    expect(summarySiteHour['standards-by-site-hour.csv']).toBe(all['standards-by-site-hour.csv']);
    // Neither comparison is of two empty files: each holds a header and rows of counts.
    expect(allBy['standards-by-type-day.csv']).toMatch(/^plan,standard,type,day,covered,.*\n.+/);
    expect(all['standards-by-site-hour.csv']).toMatch(/^plan,standard,site,hour,covered,.*\n.+/);
  });

  it('prints and writes where the standards fail with --by, and refuses a bad --by', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      tinyArgs('compare', resultsDir, '--replications', '2', '--by', 'type,day'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Why short/);
    expect(result.stdout).toMatch(/Unreachable: even the nearest base/);
    const [folder] = readdirSync(resultsDir);
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    expect(manifest.files).toContain('standards-by-type-day.csv');
    expect(manifest.commandLine).toContain('--by type,day');
    const bad = await runCli(tinyArgs('compare', freshResultsDir(), '--by', 'site,site'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--by takes one or two different dimensions/);
    const unknown = await runCli(tinyArgs('compare', freshResultsDir(), '--by', 'zone'));
    expect(unknown.stderr).toMatch(/"zone" is not one of type, site, day, hour/);
  });

  it('reports how many replications --precision took', async () => {
    const result = await runCli(
      tinyArgs(
        'compare',
        freshResultsDir(),
        '--plans',
        'base',
        '--precision',
        '0.0001',
        '--max-replications',
        '4',
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Replications per plan: 4 \(the cap\): the precision target of 0\.01 % was not reached/,
    );
  });

  it('warns on stderr when plans do not share random numbers', async () => {
    const result = await runCli(
      tinyArgs('compare', freshResultsDir(), '--replications', '2', '--independent-streams'),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--independent-streams: plans do not share random numbers/);
  });

  it.each([
    [['--precision', '0.1', '--replications', '5'], /mutually exclusive|conflict/i],
    [['--precision', '0.1', '--shard', '1/2'], /mutually exclusive|conflict/i],
    [['--precision', '1.5'], /--precision must be a share between 0 and 1/],
    [['--plans', 'base,nope'], /plan "nope" is not in/],
    [['--plans', 'base', '--baseline', 'extra-car'], /baseline "extra-car" is not among/],
    [
      ['--precision', '0.1', '--max-replications', '1'],
      /--max-replications must be a whole number from 2 to 100000/,
    ],
    [['--plans', ','], /--plans must be plan names separated by commas, with none empty/],
    [['--plans', 'base,,extra-car'], /with none empty \(got "base,,extra-car"\)/],
  ])('exits 2 for %j', async (extra, message) => {
    const result = await runCli(tinyArgs('compare', freshResultsDir(), ...extra));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('peakwatch compare --lang zh --report', () => {
  it('prints the table and verdict in Chinese and writes the report into the folder', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(
      tinyArgs(
        'compare',
        resultsDir,
        '--plans',
        'base,extra-car',
        '--replications',
        '3',
        '--lang',
        'zh',
        '--report',
      ),
    );
    expect(result.code).toBe(0);
    const [folder] = readdirSync(resultsDir);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`Report: ${join(resultsDir, folder!, 'report.html')}`);
    expect(readFileSync(join(resultsDir, folder!, 'report.html'), 'utf8')).toContain(
      '<html lang="zh-CN"',
    );
    // The manifest's command line reproduces the folder, report included.
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    expect(manifest.commandLine).toMatch(/ --report --lang zh( |$)/);
    const table = lines.slice(0, -3).join('\n');
    expect(table).toContain(messagesFor('zh')['measure.shareOfficersWithinTarget']);
    expect(table).toContain('（基准）');
    expect(lines).toContain('每个方案重复次数：3。');
    // No English label, unit or sentence of the console is left: the only Latin words are the
    // plan ids and the default standards' ids (<type>-first, <type>-officers).
    const ids = ['base', 'extra', 'car', 'lost', 'item', 'dispute', 'first', 'officers'];
    const english = (table.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ids.includes(word));
    expect(english).toEqual([]);
    expect(lines).toContain('服务标准评判');
    expect(lines.find((line) => line.startsWith('“达到”“未达到”'))).toContain('霍尔姆');
  });
});
