/**
 * An optimize folder's report in a real browser (Debian's Chromium via playwright-core, as
 * sweep-browser.test.ts): it opens from disk with no console error and no network request, and
 * the cost–service chart and both maps (base plan and plan chosen) are drawn with a visible size.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOptimizeFolderReport } from '../../src/report/optimize-write-report.js';
import { runCli } from '../cli/helpers.js';
import { freshResultsDir } from '../experiment/helpers.js';

const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the report's browser tests need Debian's chromium ` +
        '("apt-get install chromium"). No browser is ever downloaded.',
    );
  }
  const resultsDir = freshResultsDir();
  const run = await runCli([
    'optimize',
    'test/fixtures/optimize/two-shifts-map.yaml',
    ...['--workers', '1', '--replications', '3', '--finalists', '0', '--results-dir', resultsDir],
    ...['--cars', '0=1:2', '--posts', 'view'],
  ]);
  expect(run.code).toBe(0);
  folder = join(resultsDir, readdirSync(resultsDir)[0]!);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('an optimize report in Chromium', () => {
  it.each(['en', 'zh'] as const)('draws the chart and both maps (%s)', async (lang) => {
    const path = await writeOptimizeFolderReport(folder, { lang });
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
          width: Math.max(0, ...boxes.map((b) => b.width)),
          height: Math.max(0, ...boxes.map((b) => b.height)),
        };
      }),
    );
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
