/**
 * `writeOptimizeFolderReport`: load a finished optimize folder and write its report.html. Both
 * `peakwatch report OPTIMIZE_FOLDER` and `peakwatch optimize --report` call it once the folder is
 * written, so the page is the same whichever made it, and made from the folder alone: the
 * console summary it shows is formatted again from the folder's files, in the report's language.
 */
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/messages.js';
import { displayNames } from '../output/display-names.js';
import {
  changeList,
  changesFromBase,
  formatOptimizeSummary,
  leftOutLines,
} from '../output/optimize-text.js';
import { inLang } from '../scenario/local-text.js';
import { loadOptimizeData, type OptimizeData } from './data/optimize-data.js';
import { formatOptimizeReport } from './optimize-report.js';
import { optimizeMapSection } from './sections/section-optimize-map.js';
import { replaceReport } from './write-report.js';

/**
 * Writes `report.html` into a finished optimize folder, replacing an earlier one; nothing else in
 * the folder changes.
 *
 * @returns the path of report.html
 * @throws RunFolderError when the folder is unfinished or a file it needs is missing or malformed
 * @example await writeOptimizeFolderReport('results/x-optimize-20261130-001500', { lang: 'zh' })
 */
export async function writeOptimizeFolderReport(
  dir: string,
  options: { lang: Lang },
): Promise<string> {
  return replaceReport(dir, renderOptimizeReport(loadOptimizeData(dir), options.lang));
}

/** The page of an optimize folder's data, in `lang`. */
export function renderOptimizeReport(data: OptimizeData, lang: Lang): string {
  const t = translator(lang);
  const names = displayNames(data.scenario, lang);
  const standardName = (id: string) => names.standard({ standard: id, name: id });
  const sites = new Map(data.scenario.sites.map((s) => [s.id, inLang(s.name, lang)]));
  const words = { t, base: data.base, dimensions: data.dimensions, baseChoice: data.baseChoice };
  const summary = formatOptimizeSummary({
    ...words,
    goal: data.goal,
    search: data.search,
    chosen: data.chosen,
    selection: data.selection,
    evaluated: data.evaluated,
    evaluations: data.evaluated.length + data.refused,
    refused: data.refused,
    replications: data.manifest.replications,
    standardName,
    leftOut: data.leftOut,
  });
  const map =
    data.chosen === null || data.chosenPlan === null
      ? ''
      : optimizeMapSection({
          t,
          scenario: data.scenario,
          base: data.base,
          chosen: data.chosenPlan,
          changes: changeList(words, data.chosen.choice),
          siteName: (id) => sites.get(id) ?? id,
        });
  return formatOptimizeReport({
    t,
    lang,
    version: data.manifest.peakwatch,
    title: t('optimize.reportTitle', {
      scenario: inLang(data.scenario.name, lang),
      base: data.base.name,
    }),
    evaluated: data.search.inSpace,
    frontier: data.frontier,
    chosen: data.chosen,
    describe: (e) => changesFromBase(words, e.choice),
    standardName,
    leftOut: leftOutLines({ t, leftOut: data.leftOut, standardName }),
    summary,
    map,
  });
}
