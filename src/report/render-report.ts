/**
 * The whole report as one self-contained HTML document: inline CSS and SVG, no script, no
 * external resource, so it opens from disk in any browser and prints to PDF as it looks.
 */

import type { Lang } from '../i18n/lang.js';
import { renumberPlotIds } from './charts/plot-render.js';
import type { RunData } from './data/run-data.js';
import { escapeHtml } from './format.js';
import { reportPage } from './html-parts.js';
import { reportContext } from './report-context.js';
import { assumptionsSection } from './sections/section-assumptions.js';
import { headerSection } from './sections/section-header.js';
import { headlineSection } from './sections/section-headline.js';
import { hoursSection } from './sections/section-hours.js';
import { manifestSection } from './sections/section-manifest.js';
import { mapSection } from './sections/section-map.js';
import { recoverySection } from './sections/section-recovery.js';
import { responseSection } from './sections/section-response.js';
import { standardCellsSection } from './sections/section-standard-cells.js';
import { targetsSection } from './sections/section-targets.js';
import { utilisationSection } from './sections/section-utilisation.js';

/**
 * Renders the report of a results folder in one language. Pure: it reads nothing from disk and
 * gives the same text for the same data.
 *
 * @example
 * ```ts
 * const page = renderReport(loadRunData('results/golden-week-compare-20241001-093000'), 'zh');
 * ```
 */
export function renderReport(data: RunData, lang: Lang): string {
  const ctx = reportContext(data, lang);
  const { t } = ctx;
  const main = renumberPlotIds(
    [
      headlineSection(ctx),
      standardCellsSection(ctx),
      targetsSection(ctx),
      responseSection(ctx),
      hoursSection(ctx),
      utilisationSection(ctx),
      recoverySection(ctx),
      mapSection(ctx),
      assumptionsSection(ctx),
      manifestSection(ctx),
    ].join(''),
  );
  const title = t('report.title', { scenario: ctx.scenarioName });
  return reportPage({
    lang,
    t,
    title,
    body: [`${headerSection(ctx)}${contents(main, t('report.contents'))}<main>${main}</main>`],
    version: data.manifest.peakwatch,
  });
}

/** A table of contents linking every section of the main part (their headings are escaped). */
function contents(main: string, label: string): string {
  const links = [...main.matchAll(/<section id="([^"]+)"><h2>([^<]*)<\/h2>/g)].map(
    ([, id, heading]) => `<li><a href="#${id}">${heading}</a></li>`,
  );
  return `<nav aria-label="${escapeHtml(label)}"><ol>${links.join('')}</ol></nav>`;
}
