/**
 * The report in a real browser: Debian's Chromium (installed by `npm test` when missing) driven by
 * playwright-core, opening report.html from disk. Never downloads a browser: without
 * /usr/bin/chromium the test fails and says how to install it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/write-report.js';
import { buildFixture, COMPARE_CHARTS, SITE_NAMES } from '../fixtures/report-folder.js';
import { drawnCharts, launchChromium, openReport } from './report-browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'zh'] as const)('report.html in Chromium (%s)', (lang) => {
  it('opens from disk with no console error and no network request, every chart drawn', async () => {
    const fixture = buildFixture({ kind: 'compare' });
    const path = await writeReport(fixture.runDir, { lang });
    const { context, page, problems, requests } = await openReport(browser, path);
    const charts = await drawnCharts(page);
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
