/**
 * The report's stylesheet, inlined so that the file is self-contained. Fonts are a stack with
 * Chinese fallbacks (site names are often Chinese); nothing is fetched. The print rules keep
 * figures and tables whole on a page and print colours as on screen.
 */
import { PLATFORM_COLOR, STATION_COLOR } from './charts/site-map.js';

/** Fonts: the system's UI font, then common Chinese fonts of Linux, Windows and macOS. */
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", ' +
  '"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif';

/** The same fonts with the Chinese ones first, so Chinese punctuation gets Chinese glyphs. */
const FONT_STACK_ZH =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", ' +
  '"Hiragino Sans GB", "WenQuanYi Micro Hei", system-ui, sans-serif';

/** The stylesheet. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6473; --rule: #d8dde5; --panel: #f6f8fb;
  --good: #1b7f3b; --weak: #a15c00; --bad: #b42318; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; color: var(--ink); background: #fff; }
html:lang(zh-CN) { font-family: ${FONT_STACK_ZH}; }
body { margin: 0 auto; max-width: 1040px; padding: 24px 28px 48px; line-height: 1.5; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 12px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h3 { font-size: 16px; margin: 20px 0 8px; }
h4 { font-size: 14px; margin: 10px 0 2px; color: var(--muted); font-weight: 600; }
p.intro, p.note, p.figure-note { color: var(--muted); margin: 4px 0 12px; }
p.note { font-style: italic; }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.9em; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dt { color: var(--muted); }
dd { margin: 0; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 16px 0 0; list-style: none; font-size: 14px; }
nav a { color: #2a5db0; text-decoration: none; }
.warnings { border-left: 4px solid var(--weak); background: #fff7ec; padding: 8px 16px; margin: 16px 0; }
.warnings h3 { margin: 4px 0; font-size: 15px; }
.warnings ul { margin: 4px 0; padding-left: 20px; }
.headline { background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; }
.standards .status-met { color: var(--good); font-weight: 600; }
.standards .status-not-met { color: var(--bad); font-weight: 600; }
.standards .status-undecided, .standards .status-not-applicable { color: var(--weak); }
table.standard-cells td { text-align: center; font-size: 12px; padding: 2px 4px; }
td.cell-met { background: #e6f4ea; }
td.cell-short { background: #fde2e1; }
td.cell-unreachable { background: #eee; color: var(--bad); font-weight: 600; }
p.verdict.lead { font-size: 17px; font-weight: 600; margin: 0 0 8px; }
ul.verdict { margin: 0; padding-left: 20px; }
ul.verdict li { margin: 2px 0; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 16px; }
table.data th, table.data td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
table.data th { background: var(--panel); font-weight: 600; }
table.measures td:not(:first-child), table.sites td:not(:first-child) { font-variant-numeric: tabular-nums; white-space: nowrap; }
table.measures .difference { color: var(--muted); font-size: 12px; }
.baseline-mark { color: var(--muted); font-weight: 400; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border: 1px solid #999; vertical-align: -1px; }
.line-legend { list-style: none; margin: 0 0 6px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; }
.line-legend li { display: flex; align-items: center; gap: 6px; }
figure.chart { margin: 12px 0 20px; padding: 8px 12px 4px; border: 1px solid var(--rule); border-radius: 6px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
figure.chart figure { margin: 0; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart, figure.chart svg, figure.chart [class*="swatch"] { font-family: inherit; }
.panel h4:empty { display: none; }
.map-legend ul.symbols { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 4px 16px; font-size: 13px; }
.map-legend li { display: flex; align-items: center; gap: 6px; }
.map-legend li svg { flex: none; }
.map-legend .ramp { margin-top: 8px; }
.map-frame { overflow: hidden; }
.site-map .map-background { fill: #fbfbf7; }
.site-map .map-coverage { fill: rgba(49, 130, 189, 0.06); stroke: #3182bd; stroke-width: 1.2; stroke-dasharray: 5 4; }
.site-map .map-route { fill: none; stroke-width: 2.5; stroke-dasharray: 7 4; stroke-linejoin: round; opacity: 0.85; }
.site-map .map-site { stroke: #4a4a4a; stroke-width: 1; }
.site-map .map-covered { fill: none; stroke: #3182bd; stroke-width: 2.5; }
.site-map .map-platform { fill: none; stroke: ${PLATFORM_COLOR}; stroke-width: 2; }
.site-map .map-station { fill: ${STATION_COLOR}; stroke: #fff; stroke-width: 1.5; }
.site-map .map-label { font-size: 11px; fill: #1d2430; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.site-map .map-leader { stroke: #555; stroke-width: 0.8; }
.site-map .map-scale path { fill: none; stroke: #333; stroke-width: 1.5; }
.site-map .map-scale text, .site-map .map-north text { font-size: 11px; fill: #333; }
.site-map .map-north path { fill: #333; }
footer { margin-top: 40px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 13px; }
@media print {
  @page { size: A4; margin: 12mm; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; margin-top: 18px; }
  h3, h4, figcaption { break-after: avoid; }
  figure.chart, .headline, table, dl, .warnings { break-inside: avoid; }
  figure.chart { border: none; padding: 0; }
  a { color: inherit; }
}
`;
