/**
 * What the report's browser tests share: Debian's Chromium (never a downloaded browser), a page
 * opened from disk that records console errors and warnings, page errors and every request that
 * is not a file (and blocks it), and the drawn size of each chart.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium that never reaches the network on its own. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Debian's Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the report's browser tests need Debian's chromium ` +
        '("apt-get install chromium"; npm test installs it as root). No browser is ever downloaded.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A report page opened from disk, with what went wrong while it loaded. */
export interface OpenedReport {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and warnings, and page errors. */
  readonly problems: string[];
  /** Every URL the page asked for that is not a file (each one blocked). */
  readonly requests: string[];
}

/** Opens `path` in a fresh 1200 × 900 context and waits for it to load. */
export async function openReport(browser: Browser, path: string): Promise<OpenedReport> {
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
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  return { context, page, problems, requests };
}

/** A chart as drawn: its id, how many shapes it holds, and its largest SVG's size in pixels. */
export interface DrawnChart {
  readonly id: string;
  readonly shapes: number;
  readonly width: number;
  readonly height: number;
}

/** Every `figure[data-chart]` of the page, in order, as drawn. */
export function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.$$eval('figure[data-chart]', (figures) =>
    figures.map((figure) => {
      const boxes = [...figure.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect());
      return {
        id: figure.getAttribute('data-chart') ?? '',
        shapes: figure.querySelectorAll(
          'svg path, svg rect, svg circle, svg line, svg polygon, svg text',
        ).length,
        width: Math.max(0, ...boxes.map((b) => b.width)),
        height: Math.max(0, ...boxes.map((b) => b.height)),
      };
    }),
  );
}
