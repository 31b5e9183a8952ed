/**
 * A sensitivity analysis's report as one self-contained HTML document (inline CSS and SVG, no
 * script), like the comparison's: a tornado chart per service standard, the inputs that move it
 * most on top (docs/report.md, "Sensitivity reports").
 */
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/messages.js';
import { displayNames } from '../output/display-names.js';
import { inputLabel } from '../output/sensitivity-input-label.js';
import { shownShare } from '../output/standards-text.js';
import { inLang } from '../scenario/local-text.js';
import type { Interval } from '../stats/interval.js';
import { standardMeasureId } from '../stats/standards.js';
import { renumberPlotIds } from './charts/plot-render.js';
import { type TornadoRow, tornadoChart } from './charts/tornado-chart.js';
import type { SensitivityData, SensitivityRecord } from './data/sensitivity-data.js';
import { escapeHtml, formatNumber } from './format.js';
import { definitionList, figure, note, reportPage, section, text } from './html-parts.js';

/** What a standard's tornado needs: its id, name and the rows of its measure, in file order. */
export interface StandardTornado {
  readonly id: string;
  readonly name: string;
  /** The standard's share at the base point, percent. */
  readonly base: number;
  readonly rows: readonly SensitivityRecord[];
}

/**
 * The tornado of each standard: the standards of the scenario copy (else every `standard@<id>`
 * measure of the file, by id), each with its rows in the file's order (largest effect first).
 */
export function standardTornadoes(data: SensitivityData, lang: Lang): StandardTornado[] {
  const scenario = data.scenario.ok ? data.scenario.scenario : null;
  const names = displayNames(scenario, lang);
  const ids =
    scenario?.standards.map((s) => s.id) ??
    [...new Set(data.rows.map((r) => r.measure))]
      .filter((m) => m.startsWith('standard@'))
      .map((m) => m.slice('standard@'.length));
  return ids.map((id) => {
    const rows = data.rows.filter((row) => row.measure === standardMeasureId(id));
    return {
      id,
      name: names.standard({ standard: id, name: id }),
      base: rows[0]?.base ?? Number.NaN,
      rows,
    };
  });
}

/** ` [low, high]` of a standard's share with the scenario as it is, or '' when unknown. */
function baseInterval(share: Interval | undefined): string {
  if (share === undefined || Number.isNaN(share.halfWidth)) return '';
  const { low, high } = shownShare(share);
  return ` [${formatNumber(low, 1)}, ${formatNumber(high, 1)}]`;
}

/**
 * Renders the report in one language. Pure: the same data give the same text.
 *
 * @example renderSensitivityReport(loadSensitivityData('results/x-sensitivity-20261129-230000'), 'en')
 */
export function renderSensitivityReport(data: SensitivityData, lang: Lang): string {
  const t = translator(lang);
  const scenario = data.scenario.ok ? data.scenario.scenario : null;
  const names = displayNames(scenario, lang);
  const m = data.manifest;
  const change = formatNumber(100 * m.change, 0);
  const plan = names.plan(m.plan);
  const title = t('sens.title', {
    plan,
    scenario: scenario === null ? m.scenario.name : inLang(scenario.name, lang),
  });
  const tornadoes = standardTornadoes(data, lang);
  const figures = tornadoes.map((standard) =>
    figure(
      `tornado-${standard.id}`,
      `${standard.name} (${t('sens.base', {
        share: formatNumber(standard.base, 1),
        interval: baseInterval(data.baseShares.get(standard.id)),
      })})`,
      tornadoChart({
        rows: standard.rows.map(
          (row): TornadoRow => ({
            label: inputLabel(t, scenario, lang, row.input),
            down: row.down,
            up: row.up,
          }),
        ),
        xLabel: t('sens.axis.effect'),
        downLabel: t('sens.down', { change }),
        upLabel: t('sens.up', { change }),
      }),
    ),
  );
  const body = figures.length === 0 ? note(t('sens.none')) : figures.join('');
  const main = renumberPlotIds(
    section('sens-tornado', t('sens.tornado.title'), t('sens.tornado.intro'), body) +
      section('sens-about', t('sweep.about.title'), null, `<p>${escapeHtml(t('sens.about'))}</p>`),
  );
  const items = [
    [t('meta.folder'), text(data.folderName)],
    [t('meta.kind'), text(t('sens.meta.kind', { change }))],
    [t('sens.meta.plan'), text(plan)],
    [t('meta.replications'), text(String(m.replications))],
    [t('meta.seed'), text(String(m.seed))],
  ] as const;
  return reportPage({
    lang,
    t,
    title,
    body: [
      `<header><h1>${escapeHtml(title)}</h1>${definitionList(items)}</header>`,
      `<main>${main}</main>`,
    ],
    version: m.peakwatch,
  });
}
