/**
 * A sweep's report as one self-contained HTML document (inline CSS and SVG, no script), like the
 * comparison's report: the break points first, then each standard and headline measure against
 * the varied value (one varied value) or each standard's heat map over the grid (two), and how
 * to read a sweep (docs/report.md, "Sweep reports").
 */

import type { SweepBreakPoint } from '../experiment/sweep-break-points.js';
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, type Translate, translator } from '../i18n/messages.js';
import { type DisplayNames, displayNames } from '../output/display-names.js';
import { gridEnds, valueDecimals } from '../output/sweep-break-points-text.js';
import { inLang } from '../scenario/local-text.js';
import { HEADLINE_MEASURE_IDS } from '../stats/compare.js';
import { findMeasure } from '../stats/measures.js';
import { planColors } from './charts/palette.js';
import { renumberPlotIds } from './charts/plot-render.js';
import { sweepHeatLegend, sweepHeatMap, sweepLineChart } from './charts/sweep-charts.js';
import {
  firstAxisNumeric,
  heatCells,
  measureLine,
  type SweepStandard,
  standardLine,
  sweepBreaks,
  sweepStandards,
} from './data/sweep-chart-data.js';
import type { SweepData } from './data/sweep-data.js';
import { escapeHtml, formatNumber } from './format.js';
import {
  definitionList,
  figure,
  note,
  panel,
  reportPage,
  section,
  table,
  text,
} from './html-parts.js';
import { UNIT_KEYS } from './report-context.js';

/** What every part of the page needs. */
interface SweepContext {
  readonly data: SweepData;
  readonly t: Translate;
  readonly names: DisplayNames;
  readonly colors: readonly string[];
  readonly standards: readonly SweepStandard[];
  readonly breaks: readonly SweepBreakPoint[];
}

/**
 * Renders a sweep's report in one language. Pure: the same data give the same text.
 *
 * @example renderSweepReport(loadSweepData('results/golden-week-sweep-20261129-223000'), 'zh')
 */
export function renderSweepReport(data: SweepData, lang: Lang): string {
  const t = translator(lang);
  const scenario = data.scenario.ok ? data.scenario.scenario : null;
  const ctx: SweepContext = {
    data,
    t,
    names: displayNames(scenario, lang),
    colors: planColors(data.manifest.plans),
    standards: sweepStandards(data),
    breaks: sweepBreaks(data),
  };
  const name = scenario === null ? data.manifest.scenario.name : inLang(scenario.name, lang);
  const title = t('sweep.title', { scenario: name });
  const main = renumberPlotIds(
    [breaksSection(ctx), chartSections(ctx), aboutSection(ctx)].join(''),
  );
  return reportPage({
    lang,
    t,
    title,
    body: [`${header(ctx, title)}<main>${main}</main>`],
    version: data.manifest.peakwatch,
  });
}

function header(ctx: SweepContext, title: string): string {
  const { t, data } = ctx;
  const m = data.manifest;
  const items: [string, ReturnType<typeof text>][] = [
    [t('meta.folder'), text(data.folderName)],
    [t('meta.kind'), text(t('sweep.meta.kind', { points: data.points.length }))],
    [t('sweep.meta.varied'), text(m.grid.axes.map((a) => `${a.path} = ${a.spec}`).join('; '))],
  ];
  if (m.scenario.overrides.length > 0) {
    const overrides = m.scenario.overrides.map((o) => `--${o.kind} ${o.path}=${o.value}`);
    items.push([t('sweep.meta.overrides'), text(overrides.join(' '))]);
  }
  items.push(
    [t('meta.plans'), text(m.plans.map((p) => ctx.names.plan(p)).join(', '))],
    [t('meta.baseline'), text(ctx.names.plan(m.baseline))],
    [t('meta.replications'), text(String(m.replications))],
    [t('meta.seed'), text(String(m.seed))],
  );
  const warning = scenarioWarning(ctx);
  const box =
    warning === null
      ? ''
      : `<aside class="warnings"><h3>${escapeHtml(t('warn.title'))}</h3><ul><li>${escapeHtml(warning)}</li></ul></aside>`;
  return `<header><h1>${escapeHtml(title)}</h1>${definitionList(items)}${box}</header>`;
}

/** Why the scenario's names are not shown, if they are not. */
function scenarioWarning({ t, data }: SweepContext): string | null {
  const copy = data.scenario;
  if (copy.ok) return null;
  if (copy.problem === 'missing') return t('warn.scenarioMissing');
  if (copy.problem === 'changed') return t('warn.scenarioChanged');
  return t('warn.scenarioInvalid', { message: copy.message });
}

/** The table of break points. */
function breaksSection(ctx: SweepContext): string {
  const { t, data } = ctx;
  const axes = data.manifest.grid.axes;
  if (ctx.breaks.length === 0) {
    return section('sweep-breaks', t('sweep.breaks.title'), null, note(t('sweep.breaks.none')));
  }
  const several = axes.length > 1;
  const header = [
    ...(several ? [t('sweep.breaks.head.along'), t('sweep.breaks.head.held')] : []),
    t('sweep.breaks.head.plan'),
    t('sweep.breaks.head.standard'),
    t('sweep.breaks.head.break'),
    t('sweep.breaks.head.range'),
  ].map(text);
  const rows = ctx.breaks.map((b) => {
    const axis = axes[b.along]!;
    const decimals = valueDecimals(axis.values);
    const held = b.fixed.flatMap((value, i) =>
      value === null ? [] : [`${axes[i]!.path} = ${value}`],
    );
    return [
      ...(several ? [text(axis.path), text(held.join('; '))] : []),
      text(ctx.names.plan(b.plan)),
      text(`${ctx.names.standard(b)} (≥ ${formatNumber(b.required, 0)} %)`),
      text(breakWords(ctx, b, decimals)),
      text(rangeWords(ctx, b, axis.values, decimals)),
    ];
  });
  return section(
    'sweep-breaks',
    t('sweep.breaks.title'),
    t('sweep.breaks.intro'),
    table(header, rows, 'data breaks'),
  );
}

function breakWords({ t }: SweepContext, b: SweepBreakPoint, decimals: number): string {
  if (b.status !== 'crosses') return t(`sweep.break.${b.status}`);
  const value = formatNumber(b.estimate, decimals);
  return t(b.direction === 'falls' ? 'sweep.break.falls' : 'sweep.break.rises', { value });
}

function rangeWords(
  { t }: SweepContext,
  b: SweepBreakPoint,
  values: readonly string[],
  decimals: number,
): string {
  if (b.status === 'not-applicable') return t('sweep.break.not-applicable');
  if (Number.isNaN(b.low)) return t('sweep.break.noRange');
  const [first, last] = gridEnds(values);
  const below = b.beyondGrid === 'below' || b.beyondGrid === 'both';
  const above = b.beyondGrid === 'above' || b.beyondGrid === 'both';
  const low = below ? `≤ ${first}` : formatNumber(b.low, decimals);
  const high = above ? `≥ ${last}` : formatNumber(b.high, decimals);
  return `[${low}, ${high}]`;
}

/** Lines for one varied value, heat maps for two, a note otherwise. */
function chartSections(ctx: SweepContext): string {
  const count = ctx.data.manifest.grid.axes.length;
  if (count === 1) return standardsLineSection(ctx) + measuresLineSection(ctx);
  if (count === 2) return heatSection(ctx);
  return section(
    'sweep-charts',
    ctx.t('sweep.standards.title'),
    null,
    note(ctx.t('sweep.chartsNeedAxes', { count })),
  );
}

/** Options every line chart of the page shares. */
function lineBase(ctx: SweepContext) {
  const axis = ctx.data.manifest.grid.axes[0]!;
  return {
    plans: ctx.data.manifest.plans,
    colors: ctx.colors,
    planLabel: (plan: string) => ctx.names.plan(plan),
    xLabel: axis.path,
    xValues: axis.values,
    numeric: firstAxisNumeric(ctx.data),
  };
}

function standardsLineSection(ctx: SweepContext): string {
  const { t } = ctx;
  const figures = ctx.standards.map((standard) => {
    const name = ctx.names.standard({ standard: standard.id, name: standard.name });
    const caption = `${name} (${t('sweep.required', { share: formatNumber(standard.required, 0) })})`;
    return figure(
      `sweep-standard-${standard.id}`,
      caption,
      sweepLineChart({
        ...lineBase(ctx),
        rows: standardLine(ctx.data, standard.id),
        yLabel: t('sweep.axis.share'),
        yDomain: [0, 100],
        required: standard.required,
        breaks: ctx.breaks.filter((b) => b.standard === standard.id),
      }),
    );
  });
  return section(
    'sweep-standards',
    t('sweep.standards.title'),
    t('sweep.standards.intro'),
    figures.join(''),
  );
}

function measuresLineSection(ctx: SweepContext): string {
  const { t } = ctx;
  const figures = HEADLINE_MEASURE_IDS.filter((id) =>
    ctx.data.measures.some((row) => row.measure === id),
  ).map((id) => {
    const key = `measure.${id}`;
    const label = isMessageKey(key) ? t(key) : id;
    const unit = t(UNIT_KEYS[findMeasure(id).unit] ?? 'unit.count');
    return figure(
      `sweep-measure-${id}`,
      label,
      sweepLineChart({
        ...lineBase(ctx),
        rows: measureLine(ctx.data, id),
        yLabel: unit === '' ? label : `${label} (${unit})`,
      }),
    );
  });
  return section(
    'sweep-measures',
    t('sweep.measures.title'),
    t('sweep.measures.intro'),
    figures.join(''),
  );
}

function heatSection(ctx: SweepContext): string {
  const { t, data } = ctx;
  const [rowsAxis, columnsAxis] = data.manifest.grid.axes as [
    (typeof data.manifest.grid.axes)[number],
    (typeof data.manifest.grid.axes)[number],
  ];
  const figures = ctx.standards.map((standard) => {
    const cells = heatCells(data, standard.id);
    const name = ctx.names.standard({ standard: standard.id, name: standard.name });
    const caption = `${name} (${t('sweep.required', { share: formatNumber(standard.required, 0) })})`;
    const panels = data.manifest.plans.map((plan) =>
      panel(
        ctx.names.plan(plan),
        sweepHeatMap({
          cells: cells.filter((c) => c.plan === plan),
          rows: rowsAxis.values,
          columns: columnsAxis.values,
          rowLabel: rowsAxis.path,
          columnLabel: columnsAxis.path,
          required: standard.required,
        }),
      ),
    );
    const legend = sweepHeatLegend(standard.required, t('sweep.axis.share'));
    return figure(`sweep-heat-${standard.id}`, caption, legend + panels.join(''));
  });
  return section('sweep-heat', t('sweep.heat.title'), t('sweep.heat.intro'), figures.join(''));
}

function aboutSection({ t }: SweepContext): string {
  return section(
    'sweep-about',
    t('sweep.about.title'),
    null,
    `<p>${escapeHtml(t('sweep.about.paired'))}</p><p>${escapeHtml(t('sweep.about.files'))}</p>`,
  );
}
