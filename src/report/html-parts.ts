/**
 * The report's building blocks as HTML strings: sections, figures, notes, tables. Text passed
 * as `text` is escaped here; `html` arguments are markup built by other parts.
 */
import { htmlLang, type Lang } from '../i18n/lang.js';
import type { Translate } from '../i18n/messages.js';
import { escapeHtml } from './format.js';
import { REPORT_CSS } from './report-style.js';

/** A report section with an anchor, a heading, an optional introduction and its body. */
export function section(id: string, title: string, intro: string | null, body: string): string {
  const lead = intro === null ? '' : `<p class="intro">${escapeHtml(intro)}</p>`;
  return `<section id="${escapeHtml(id)}"><h2>${escapeHtml(title)}</h2>${lead}${body}</section>`;
}

/**
 * A chart (or several charts that belong together) with its caption. `chartId` marks the figure
 * for readers of the file and for the browser test.
 */
export function figure(chartId: string, caption: string, html: string, note?: string): string {
  const below = note === undefined ? '' : `<p class="figure-note">${escapeHtml(note)}</p>`;
  return (
    `<figure class="chart" data-chart="${escapeHtml(chartId)}">` +
    `<figcaption>${escapeHtml(caption)}</figcaption>${html}${below}</figure>`
  );
}

/** One chart of a group inside a figure, with a small heading. */
export function panel(title: string, html: string): string {
  return `<div class="panel"><h4>${escapeHtml(title)}</h4>${html}</div>`;
}

/** A remark in the flow of a section (what is missing, where data come from). */
export function note(text: string): string {
  return `<p class="note">${escapeHtml(text)}</p>`;
}

/** A table cell's content: plain text (escaped) or markup. */
export type Cell = { readonly text: string } | { readonly html: string };

/** Cell content as markup. */
function cellHtml(cell: Cell): string {
  return 'text' in cell ? escapeHtml(cell.text) : cell.html;
}

/** A table with a header row; `className` styles it. */
export function table(
  header: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  className = 'data',
): string {
  const head = `<thead><tr>${header.map((c) => `<th>${cellHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="${escapeHtml(className)}">${head}<tbody>${body}</tbody></table>`;
}

/** A two-column list of labels and values. */
export function definitionList(items: readonly (readonly [string, Cell])[]): string {
  const rows = items
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${cellHtml(value)}</dd>`)
    .join('');
  return `<dl>${rows}</dl>`;
}

/** Plain text as a cell. */
export function text(value: string): Cell {
  return { text: value };
}

/** Markup as a cell. */
export function html(value: string): Cell {
  return { html: value };
}

/** What a report page holds besides the frame every report shares. */
export interface ReportPage {
  readonly lang: Lang;
  readonly t: Translate;
  /** The page's title (escaped here). */
  readonly title: string;
  /** The lines of the body before the footer, the first one right after `<body>`. */
  readonly body: readonly string[];
  /** The peakwatch version that wrote the folder's files. */
  readonly version: string;
}

/**
 * A whole self-contained report page (inline CSS, no script): the frame every report shares
 * (document head, style, the footnote and the version that wrote the files) around its body.
 */
export function reportPage({ lang, t, title, body, version }: ReportPage): string {
  const [first = '', ...rest] = body;
  return [
    '<!doctype html>',
    `<html lang="${htmlLang(lang)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style></head>`,
    `<body>${first}`,
    ...rest,
    `<footer><p>${escapeHtml(t('report.footnote'))}</p>`,
    `<p>${escapeHtml(t('report.generated', { version }))}</p></footer>`,
    '</body></html>',
    '',
  ].join('\n');
}
