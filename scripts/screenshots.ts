/**
 * Regenerates the report screenshots of the README and docs/report.md from a real comparison of
 * the default scenario: `compare --report` in a new results folder, then the report in Chinese
 * and in English, each opened from disk in Debian's Chromium (never a downloaded browser) and
 * photographed: the top of the page, the response-time curves and today's plan's map.
 *
 * Run from the repository: `npx tsx scripts/screenshots.ts`. Needs /usr/bin/chromium and a CJK
 * font for the Chinese glyphs (`apt-get install -y fonts-wqy-microhei`); the report itself embeds
 * no font. Writes docs/img/report-{top,response,map}-{zh,en}.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const SCENARIO = 'scenarios/yuanjiajie-golden-week.yaml';
const LANGS = ['zh', 'en'] as const;

/** Runs the peakwatch CLI from the repository and returns its standard output. */
function peakwatch(args: readonly string[]): string {
  return execFileSync('npx', ['tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The results folder the comparison wrote (its "Results: …" line). */
function resultsFolder(output: string): string {
  const match = /^(?:Results|结果)[:：]\s*(.+)$/m.exec(output);
  if (match === null) throw new Error(`no results folder in the output:\n${output}`);
  return match[1]!.trim();
}

/** Photographs one report: its top, the response curves and the baseline's map. */
async function photograph(reportPath: string, lang: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });
    await page.screenshot({ path: `docs/img/report-top-${lang}.png` });
    await page.locator('figure[data-chart="alert-to-first"]').screenshot({
      path: `docs/img/report-response-${lang}.png`,
    });
    await page.locator('figure[data-chart="map-current"]').screenshot({
      path: `docs/img/report-map-${lang}.png`,
    });
  } finally {
    await browser.close();
  }
}

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
const folder = resultsFolder(
  peakwatch(['compare', SCENARIO, '--report', '--lang', 'en', '--out', `screenshots-${stamp}`]),
);
for (const lang of LANGS) {
  peakwatch(['report', folder, '--lang', lang]);
  await photograph(join(folder, 'report.html'), lang);
  console.log(`docs/img/report-*-${lang}.png from ${folder}`);
}
