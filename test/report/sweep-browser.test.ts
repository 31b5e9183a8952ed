import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { writeSweepReport } from '../../src/report/sweep-write-report.js';
import { loadScenario } from '../../src/scenario/load.js';
import { quietExperiment, TINY } from '../experiment/helpers.js';
import { drawnCharts, launchChromium, openReport } from './report-browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function sweepFolder(varies: readonly string[]): Promise<string> {
  const axes = varies.map(parseVary);
  const sweep = await runSweep({
    ...quietExperiment(loadScenario(TINY)),
    replications: 3,
    seed: 5,
    plans: ['base', 'extra-car'],
    records: NO_RECORDS,
    axes,
    points: sweepGrid(axes).map((point) => ({
      point,
      scenario: loadScenario(TINY, pointOverrides(axes, point)),
      commandLine: 'peakwatch compare',
    })),
    commandLine: 'peakwatch sweep',
  });
  return sweep.folder;
}

describe('a sweep report in Chromium', async () => {
  const folders = {
    lines: await sweepFolder(['crowd.visitorsPerDay=4000,8000,12000']),
    heat: await sweepFolder(['crowd.visitorsPerDay=4000,12000', 'detection.radioMinutes=0.5,3']),
  };

  it.each([
    ['lines', 'en'],
    ['heat', 'zh'],
  ] as const)('draws every chart of the %s report (%s)', async (kind, lang) => {
    const path = await writeSweepReport(folders[kind], { lang });
    const { context, page, problems, requests } = await openReport(browser, path);
    const charts = await drawnCharts(page);
    const prefix = kind === 'lines' ? 'sweep-standard-' : 'sweep-heat-';
    // Tiny's four default standards, each a chart (and for lines the headline measures too).
    expect(charts.filter((c) => c.id.startsWith(prefix))).toHaveLength(4);
    if (kind === 'lines') expect(charts.some((c) => c.id.startsWith('sweep-measure-'))).toBe(true);
    for (const chart of charts) {
      expect(chart.shapes, chart.id).toBeGreaterThan(5);
      expect(chart.width, chart.id).toBeGreaterThan(100);
      expect(chart.height, chart.id).toBeGreaterThan(50);
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
