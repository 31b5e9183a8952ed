/**
 * An optimize folder's report in a real browser (Debian's Chromium via playwright-core, as
 * sweep-browser.test.ts): it opens from disk with no console error and no network request, and
 * the cost–service chart and both maps (base plan and plan chosen) are drawn with a visible size.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOptimizeFolderReport } from '../../src/report/optimize-write-report.js';
import { runCli } from '../cli/helpers.js';
import { freshResultsDir } from '../experiment/helpers.js';
import { drawnCharts, launchChromium, openReport } from './report-browser.js';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  const resultsDir = freshResultsDir();
  const run = await runCli([
    'optimize',
    'test/fixtures/optimize/two-shifts-map.yaml',
    ...['--workers', '1', '--replications', '3', '--finalists', '0', '--results-dir', resultsDir],
    ...['--cars', '0=1:2', '--posts', 'view'],
  ]);
  expect(run.code).toBe(0);
  folder = join(resultsDir, readdirSync(resultsDir)[0]!);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('an optimize report in Chromium', () => {
  it.each(['en', 'zh'] as const)('draws the chart and both maps (%s)', async (lang) => {
    const path = await writeOptimizeFolderReport(folder, { lang });
    const { context, page, problems, requests } = await openReport(browser, path);
    const charts = await drawnCharts(page);
    const drawn = charts.filter((c) => c.id !== 'map-legend');
    expect(drawn.map((c) => c.id)).toEqual(['frontier', 'map-base', 'map-chosen']);
    for (const chart of drawn) {
      expect(chart.width, chart.id).toBeGreaterThan(200);
      expect(chart.height, chart.id).toBeGreaterThan(150);
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
