/**
 * A sweep's report: the numbers behind its charts against the files of the sweep (each point's
 * per-replication summaries, sweep-break-points.csv, standards.csv), and the sections and charts
 * the HTML holds in both languages. Pixels are left to the browser test.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnyReport } from '../../src/cli/report.js';
import { runSweep } from '../../src/experiment/sweep.js';
import {
  parseVary,
  pointOverrides,
  type SweepAxis,
  sweepGrid,
} from '../../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { parseSummaryCsv } from '../../src/output/summary-csv.js';
import { planColors } from '../../src/report/charts/palette.js';
import { RunFolderError } from '../../src/report/data/load-run-data.js';
import {
  heatCells,
  measureLine,
  standardLine,
  sweepBreaks,
  sweepStandards,
} from '../../src/report/data/sweep-chart-data.js';
import { loadSweepData } from '../../src/report/data/sweep-data.js';
import { renderSweepReport } from '../../src/report/sweep-render.js';
import { loadScenario } from '../../src/scenario/load.js';
import { plainCsvRows, quietExperiment, TINY } from '../experiment/helpers.js';

const PLANS = ['base', 'no-platform'];

async function sweepOf(axes: SweepAxis[]) {
  const grid = sweepGrid(axes);
  return runSweep({
    ...quietExperiment(loadScenario(TINY)),
    replications: 4,
    seed: 3,
    plans: PLANS,
    records: NO_RECORDS,
    axes,
    points: grid.map((point) => ({
      point,
      scenario: loadScenario(TINY, pointOverrides(axes, point)),
      commandLine: 'peakwatch compare',
    })),
    commandLine: 'peakwatch sweep',
  });
}

/** The mean over a point's replications of one summary column, read from summary-<plan>.csv. */
function replicationMean(folder: string, plan: string, key: string): number {
  const path = join(folder, `summary-${plan}.csv`);
  const values = parseSummaryCsv(readFileSync(path, 'utf8'), path)
    .summaries.map((s) => s.values[key]!)
    .filter((v) => !Number.isNaN(v));
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

describe('the report of a sweep over one value', async () => {
  const sweep = await sweepOf([parseVary('crowd.visitorsPerDay=4000,8000,12000')]);
  const data = loadSweepData(sweep.folder);
  const standards = sweepStandards(data);

  it('draws each standard and measure through the means of the points’ replications', () => {
    expect(standards.map((s) => s.id)).toEqual([
      'lost-item-first',
      'lost-item-officers',
      'dispute-first',
      'dispute-officers',
    ]);
    for (const standard of standards) {
      const line = standardLine(data, standard.id);
      for (const plan of PLANS) {
        const expected = sweep.points
          .map((p, i) => ({
            x: [4000, 8000, 12000][i]!,
            mean: replicationMean(p.folder, plan, `standard@${standard.id}`),
          }))
          .filter((p) => !Number.isNaN(p.mean));
        const drawn = line.filter((row) => row.plan === plan);
        expect(drawn.map((row) => row.x)).toEqual(expected.map((p) => p.x));
        drawn.forEach((row, i) => {
          expect(row.mean).toBeCloseTo(expected[i]!.mean, 12);
          expect(row.low).toBeLessThanOrEqual(row.mean);
          expect(row.high).toBeGreaterThanOrEqual(row.mean);
        });
      }
    }
    const waited = measureLine(data, 'shareWaited');
    expect(waited).toHaveLength(3 * PLANS.length);
    for (const row of waited) {
      const point = sweep.points[[4000, 8000, 12000].indexOf(row.x as number)]!;
      expect(row.mean).toBeCloseTo(replicationMean(point.folder, row.plan, 'shareWaited'), 12);
    }
  });

  it('marks the break points of sweep-break-points.csv', () => {
    const rows = plainCsvRows(
      readFileSync(join(sweep.folder, 'sweep-break-points.csv'), 'utf8'),
    ).slice(1);
    const breaks = sweepBreaks(data);
    expect(breaks.map((b) => [b.plan, b.standard, b.status])).toEqual(
      rows.map((row) => [row[2], row[3], row[5]]),
    );
    expect(breaks.map((b) => (Number.isNaN(b.low) ? '' : String(b.low)))).toEqual(
      rows.map((row) => row[8]),
    );
  });

  it('holds the break points, a chart per standard and measure, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const page = renderSweepReport(data, lang);
      for (const id of ['sweep-breaks', 'sweep-standards', 'sweep-measures', 'sweep-about']) {
        expect(page, `${lang} ${id}`).toContain(`<section id="${id}">`);
      }
      expect(page).not.toContain('sweep-heat');
      for (const standard of standards) {
        const chart = figureOf(page, `sweep-standard-${standard.id}`);
        // One dot per plan and grid point where the share is defined, in the plan's colour.
        const line = standardLine(data, standard.id);
        for (const [p, plan] of PLANS.entries()) {
          const dots = chart.match(new RegExp(`<circle[^>]*fill="${planColors(PLANS)[p]}"`, 'g'));
          expect(dots?.length ?? 0).toBe(line.filter((row) => row.plan === plan).length);
        }
      }
      expect(page).toContain('data-chart="sweep-measure-shareWaited"');
      expect(page).not.toMatch(/\{\w+\}/);
    }
    expect(renderSweepReport(data, 'zh')).toContain('情景推演');
    expect(renderSweepReport(data, 'en')).toContain('Where each standard stops being met');
  });

  it('is what `peakwatch report` writes for a sweep folder', async () => {
    const path = await writeAnyReport(sweep.folder, 'en');
    expect(path).toBe(join(sweep.folder, 'report.html'));
    expect(readFileSync(path, 'utf8')).toBe(renderSweepReport(loadSweepData(sweep.folder), 'en'));
  });

  it('refuses a sweep folder without its sweep.csv, naming the file', () => {
    rmSync(join(sweep.folder, 'sweep.csv'));
    expect(() => loadSweepData(sweep.folder)).toThrow(RunFolderError);
    expect(() => loadSweepData(sweep.folder)).toThrow(/sweep\.csv: missing/);
  });
});

describe('the report of a sweep over two values', async () => {
  const axes = [
    parseVary('crowd.visitorsPerDay=4000,12000'),
    parseVary('detection.radioMinutes=0.5,3'),
  ];
  const sweep = await sweepOf(axes);
  const data = loadSweepData(sweep.folder);

  it('gives each standard a heat map cell per plan and point, with the point’s verdict', () => {
    for (const standard of sweepStandards(data)) {
      const cells = heatCells(data, standard.id);
      expect(cells).toHaveLength(4 * PLANS.length);
      for (const [i, point] of sweep.points.entries()) {
        const verdicts = plainCsvRows(readFileSync(join(point.folder, 'standards.csv'), 'utf8'));
        const header = verdicts[0]!;
        for (const plan of PLANS) {
          const cell = cells.find(
            (c) =>
              c.plan === plan &&
              c.row === point.point.values[0] &&
              c.column === point.point.values[1],
          )!;
          const row = verdicts.find((r) => r[0] === plan && r[1] === standard.id)!;
          expect(cell.status, `point ${i + 1}`).toBe(row[header.indexOf('verdict')]);
          const mean = replicationMean(point.folder, plan, `standard@${standard.id}`);
          if (Number.isNaN(mean)) expect(cell.mean).toBeNaN();
          else expect(cell.mean).toBeCloseTo(mean, 12);
        }
      }
    }
  });

  it('draws heat maps instead of lines', () => {
    const page = renderSweepReport(data, 'en');
    expect(page).toContain('<section id="sweep-heat">');
    expect(page).not.toContain('<section id="sweep-standards">');
    for (const standard of sweepStandards(data)) {
      const chart = figureOf(page, `sweep-heat-${standard.id}`);
      // A panel per plan, each with a cell per grid point.
      expect(chart.match(/<div class="panel">/g)).toHaveLength(PLANS.length);
    }
    // Break points along each numeric path, for each value of the other.
    expect(page.match(/<tr><td>crowd\.visitorsPerDay<\/td>/g)).toHaveLength(2 * PLANS.length * 4);
  });
});

/** The markup of one figure of the page. */
function figureOf(page: string, chartId: string): string {
  const start = page.indexOf(`<figure class="chart" data-chart="${chartId}">`);
  expect(start, chartId).toBeGreaterThanOrEqual(0);
  // Up to the next chart or the end of the section (Plot's legends are figures of their own).
  const next = page.indexOf('<figure class="chart"', start + 1);
  const end = page.indexOf('</section>', start);
  return page.slice(start, next < 0 ? end : Math.min(next, end));
}
