/**
 * `writeSweepReport`: load a finished sweep folder and write its report.html beside its files.
 */
import type { Lang } from '../i18n/lang.js';
import { loadSweepData } from './data/sweep-data.js';
import { renderSweepReport } from './sweep-render.js';
import { replaceReport } from './write-report.js';

/**
 * Writes `report.html` into a finished sweep folder (replacing an earlier one; nothing else in
 * the folder changes). Each point-K/ folder keeps its own report, written by `peakwatch report`.
 *
 * @returns the path of report.html
 * @throws RunFolderError when the folder's manifest, sweep.csv or a point's standards.csv cannot
 *   be read
 * @example await writeSweepReport('results/yuanjiajie-golden-week-sweep-20261129-223000', { lang: 'en' })
 */
export async function writeSweepReport(dir: string, options: { lang: Lang }): Promise<string> {
  return replaceReport(dir, renderSweepReport(loadSweepData(dir), options.lang));
}
