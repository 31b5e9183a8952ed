/**
 * The files a results folder may hold, by name: the one list that readers of a folder
 * (`merge`, `report`) check a manifest's `files` against, so that a name read from a folder is
 * never used to reach outside it.
 */

import { BREAKDOWN_DIMENSIONS } from '../stats/standards-breakdown.js';
import { comparisonCsvFiles } from './comparison-files.js';
import { ALL_RECORDS } from './record-selection.js';
import { RUN_CSV_FILES } from './run-files.js';
import { breakdownFile } from './standards-breakdown-csv.js';
import { STANDARDS_FILE } from './standards-csv.js';

/** What a folder holds: the outputs of `run` (one plan) or of `compare` (several). */
export type FolderKind = 'run' | 'compare';

/**
 * Every CSV file a folder of `kind` with these plans can list in its manifest: its records and
 * summaries, standards.csv and a breakdown of the standards by any one or two dimensions.
 *
 * @example knownCsvFiles('compare', ['base']).has('summary-base.csv') // true
 */
export function knownCsvFiles(kind: FolderKind, plans: readonly string[]): ReadonlySet<string> {
  return new Set([
    ...(kind === 'run' ? Object.values(RUN_CSV_FILES) : comparisonCsvFiles(plans, ALL_RECORDS)),
    STANDARDS_FILE,
    ...BREAKDOWN_DIMENSIONS.flatMap((first) => [
      breakdownFile([first]),
      ...BREAKDOWN_DIMENSIONS.filter((second) => second !== first).map((second) =>
        breakdownFile([first, second]),
      ),
    ]),
  ]);
}

/**
 * Whether `name` is a plain file name: no folder part, not `.` or `..`, no control character.
 * The last guard before a name from a folder's manifest is joined to a path.
 */
export function isPlainFileName(name: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name);
}
