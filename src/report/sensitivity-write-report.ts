/**
 * `writeSensitivityReport`: load a finished sensitivity folder and write its report.html.
 */
import type { Lang } from '../i18n/lang.js';
import { loadSensitivityData } from './data/sensitivity-data.js';
import { renderSensitivityReport } from './sensitivity-render.js';
import { replaceReport } from './write-report.js';

/**
 * Writes `report.html` (a tornado chart per standard) into a finished sensitivity folder,
 * replacing an earlier one; nothing else in the folder changes.
 *
 * @returns the path of report.html
 * @throws RunFolderError when the manifest or sensitivity.csv cannot be read
 * @example await writeSensitivityReport('results/x-sensitivity-20261129-230000', { lang: 'zh' })
 */
export async function writeSensitivityReport(
  dir: string,
  options: { lang: Lang },
): Promise<string> {
  return replaceReport(dir, renderSensitivityReport(loadSensitivityData(dir), options.lang));
}
