/**
 * A sweep is a comparison per grid point on common random numbers: each point folder is what
 * `compare` of the overridden scenario writes (summaries only), a point at the scenario's own
 * value repeats the plain comparison (same seed, same replications), and sweep.csv holds every
 * point × plan × measure with the numbers of the point's comparison.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { runSweep } from '../../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { summaryMeasureKeys } from '../../src/output/summary-csv.js';
import { loadScenario } from '../../src/scenario/load.js';
import { parseOverride } from '../../src/scenario/overrides.js';
import type { Scenario } from '../../src/scenario/types.js';
import { folderFiles, folderTree, plainCsvRows, quietExperiment, TINY } from './helpers.js';

const PLANS = ['base', 'no-platform'];
const settings = { replications: 3, seed: 11, plans: PLANS, records: NO_RECORDS };
const compare = (scenario: Scenario) =>
  runComparison({ ...quietExperiment(scenario), ...settings, commandLine: 'peakwatch compare' });

/** Result files of a folder (manifest and scenario copy left out). */
const records = (folder: string) => folderFiles(folder);

describe('runSweep', async () => {
  // Applied before every point, as --set/--scale alongside --vary.
  const common = [parseOverride('set', 'plans[base].officers.shifts[1].cars=2')];
  const axes = [
    parseVary('crowd.visitorsPerDay=6000,9000'),
    parseVary('detection.radioMinutes=0.5'),
  ];
  const grid = sweepGrid(axes);
  const pointScenario = (i: number) =>
    loadScenario(TINY, [...common, ...pointOverrides(axes, grid[i]!)]);
  const sweep = await runSweep({
    ...quietExperiment(loadScenario(TINY, common)),
    ...settings,
    axes,
    points: grid.map((point, i) => ({
      point,
      scenario: pointScenario(i),
      commandLine: 'peakwatch compare',
    })),
    commandLine: 'peakwatch sweep',
  });

  it('writes at each point what compare of the overridden scenario writes', async () => {
    expect(sweep.points.map((p) => p.folder)).toEqual(
      grid.map((_, i) => join(sweep.folder, `point-${i + 1}`)),
    );
    const alone = await Promise.all(grid.map((_, i) => compare(pointScenario(i))));
    for (const [i, point] of sweep.points.entries()) {
      expect(Object.keys(records(point.folder))).toContain('summary-base.csv');
      expect(records(point.folder)).toEqual(records(alone[i]!.folder));
    }
    // The varied value matters ...
    expect(records(sweep.points[1]!.folder)['summary-base.csv']).not.toEqual(
      records(sweep.points[0]!.folder)['summary-base.csv'],
    );
    // ... and at the scenario's own values the point is the plain comparison: same streams.
    const plain = await compare(loadScenario(TINY, common));
    expect(records(sweep.points[0]!.folder)).toEqual(records(plain.folder));
  });

  it('gathers every point × plan × measure in sweep.csv, with the comparison numbers', () => {
    const keys = summaryMeasureKeys(pointScenario(0).incidentTypes, pointScenario(0).standards);
    const [header, ...rows] = plainCsvRows(readFileSync(join(sweep.folder, 'sweep.csv'), 'utf8'));
    expect(header).toEqual([
      'point',
      'crowd.visitorsPerDay',
      'detection.radioMinutes',
      'plan',
      'measure',
      'mean',
      'ci_low',
      'ci_high',
      'diff_vs_baseline',
      'diff_low',
      'diff_high',
    ]);
    expect(rows).toHaveLength(grid.length * PLANS.length * keys.length);
    for (const [i, point] of sweep.points.entries()) {
      const [, ...comparison] = plainCsvRows(
        readFileSync(join(point.folder, 'comparison.csv'), 'utf8'),
      );
      // comparison.csv: plan, measure, mean, ci_low, ci_high, half_width, n, diff, low, high, significant
      const expected = comparison.map((c) => [
        String(i + 1),
        ...grid[i]!.values,
        ...c.slice(0, 5),
        ...c.slice(7, 10),
      ]);
      expect(rows.filter((row) => row[0] === String(i + 1))).toEqual(expected);
    }
  });

  it("has means that are the average of the point's replications", () => {
    const [header, ...summary] = plainCsvRows(
      readFileSync(join(sweep.points[1]!.folder, 'summary-no-platform.csv'), 'utf8'),
    );
    const column = header!.indexOf('incidents');
    const mean = summary.reduce((sum, row) => sum + Number(row[column]), 0) / summary.length;
    const row = plainCsvRows(readFileSync(join(sweep.folder, 'sweep.csv'), 'utf8')).find(
      (r) => r[0] === '2' && r[3] === 'no-platform' && r[4] === 'incidents',
    );
    expect(Number(row![5])).toBeCloseTo(mean, 12);
  });

  it('records the grid in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(sweep.folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      kind: 'sweep',
      seed: 11,
      replications: 3,
      plans: PLANS,
      baseline: 'base',
      grid: {
        axes: [
          { path: 'crowd.visitorsPerDay', values: ['6000', '9000'] },
          { path: 'detection.radioMinutes', values: ['0.5'] },
        ],
        points: [
          { point: 1, folder: 'point-1', values: { 'crowd.visitorsPerDay': '6000' } },
          { point: 2, folder: 'point-2', values: { 'crowd.visitorsPerDay': '9000' } },
        ],
      },
    });
    expect(manifest.scenario.overrides).toEqual(common);
  });

  it('writes the same files with 3 workers, which serve every point', async () => {
    const wide = await runSweep({
      ...quietExperiment(loadScenario(TINY, common)),
      ...settings,
      workers: 3,
      axes,
      points: grid.map((point, i) => ({
        point,
        scenario: pointScenario(i),
        commandLine: 'peakwatch compare',
      })),
      commandLine: 'peakwatch sweep',
    });
    expect(folderTree(wide.folder)).toEqual(folderTree(sweep.folder));
    expect(Object.keys(folderTree(wide.folder))).toContain('point-2/summary-base.csv');
  });
});
