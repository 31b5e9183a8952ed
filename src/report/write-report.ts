/**
 * `writeReport`: load a finished results folder and write its report.html beside its files.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { loadRunData } from './data/load-run-data.js';
import { renderReport } from './render-report.js';

/** File name of the report inside a results folder. */
export const REPORT_FILE = 'report.html';

/**
 * Writes `report.html` into a finished `run`, `compare` or `merge` folder (replacing an earlier
 * report there; nothing else in the folder changes).
 *
 * @param runDir the results folder
 * @param options `lang`: language of every label, title and sentence
 * @returns the path of report.html
 * @throws Error when the folder is unfinished or its manifest or summaries cannot be read
 * @example
 * ```ts
 * const path = await writeReport('results/yuanjiajie-golden-week-compare-20241001-093000', { lang: 'zh' });
 * ```
 */
export async function writeReport(runDir: string, options: { lang: Lang }): Promise<string> {
  return replaceReport(runDir, renderReport(loadRunData(runDir), options.lang));
}

/** Writes `page` as the folder's report.html, replacing any earlier one; returns its path. */
export function replaceReport(dir: string, page: string): string {
  const path = join(dir, REPORT_FILE);
  // Written beside and renamed, so a reader never opens a half-written report.
  const partial = `${path}.partial`;
  writeFileSync(partial, page);
  renameSync(partial, path);
  return path;
}
