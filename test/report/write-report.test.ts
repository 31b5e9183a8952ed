/**
 * The report in a real browser: Debian's Chromium (installed by `npm test` when missing) driven by
 * playwright-core, opening report.html from disk. Never downloads a browser: without
 * /usr/bin/chromium the test fails and says how to install it.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/write-report.js';
import { buildFixture, COMPARE_CHARTS, SITE_NAMES } from '../fixtures/report-folder.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the report's browser tests need Debian's chromium ` +
        '("apt-get install chromium"; npm test installs it as root). No browser is ever downloaded.',
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'zh'] as const)('report.html in Chromium (%s)', (lang) => {
  it('opens from disk with no console error and no network request, every chart drawn', async () => {
    const fixture = buildFixture({ kind: 'compare' });
    const path = await writeReport(fixture.runDir, { lang });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
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
          id: figure.getAttribute('data-chart'),
          shapes: figure.querySelectorAll(
            'svg path, svg rect, svg circle, svg line, svg polygon, svg text',
          ).length,
          width: Math.max(0, ...boxes.map((b) => b.width)),
          height: Math.max(0, ...boxes.map((b) => b.height)),
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(COMPARE_CHARTS);
    for (const chart of charts) {
      expect(chart.shapes, chart.id!).toBeGreaterThan(5);
      expect(chart.width, chart.id!).toBeGreaterThan(20);
      expect(chart.height, chart.id!).toBeGreaterThan(20);
    }
    const map = charts.find((c) => c.id === 'map-base')!;
    expect(map.width).toBeGreaterThan(300);
    const labels = await page.$$eval('figure[data-chart="map-base"] .map-label', (texts) =>
      texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
    );
    expect(labels.sort()).toEqual(SITE_NAMES.filter((n) => n !== '无坐标桥').sort());

    // Printing hides the contents bar and keeps figures whole.
    await page.emulateMedia({ media: 'print' });
    const print = {
      nav: await page.$eval('nav', (e) => e.ownerDocument.defaultView!.getComputedStyle(e).display),
      figure: await page.$eval(
        'figure.chart',
        (e) => e.ownerDocument.defaultView!.getComputedStyle(e).breakInside,
      ),
    };
    expect(print).toEqual({ nav: 'none', figure: 'avoid' });
    await page.emulateMedia({ media: 'screen' });

    const screenshot = join(fixture.root, `report-${lang}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(20_000);

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
