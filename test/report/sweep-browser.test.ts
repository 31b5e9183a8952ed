/**
 * A sweep's report in a real browser (Debian's Chromium via playwright-core, as browser.test.ts):
 * it opens from disk with no console error and no network request, and every chart, lines for one
 * varied value and heat maps for two, is drawn with a visible size.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { writeSweepReport } from '../../src/report/sweep-write-report.js';
import { loadScenario } from '../../src/scenario/load.js';
import { quietExperiment, TINY } from '../experiment/helpers.js';

const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the report's browser tests need Debian's chromium ` +
        '("apt-get install chromium"). No browser is ever downloaded.',
    );
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
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
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    const charts = await page.$$eval('figure[data-chart]', (figures) =>
      figures.map((figure) => {
        const boxes = [...figure.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect());
        return {
          id: figure.getAttribute('data-chart') ?? '',
          shapes: figure.querySelectorAll('svg path, svg rect, svg circle, svg line, svg text')
            .length,
          width: Math.max(0, ...boxes.map((b) => b.width)),
          height: Math.max(0, ...boxes.map((b) => b.height)),
        };
      }),
    );
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
