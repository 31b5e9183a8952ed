/**
 * standards.csv: one row per plan and service standard with the share of covered incidents that
 * met it, its 95 % interval, the required share, the verdict (met, not met, undecided, not
 * applicable), the paired difference against the baseline with its interval, and the
 * Holm-adjusted p-values the verdict rests on. Written by `run` (one plan) and `compare`; the
 * report reads it back (report/data/standards-rows.ts), so every number keeps all its digits.
 */
import type { Interval } from '../stats/interval.js';
import type { StandardJudgement } from '../stats/standards-judgement.js';
import { CsvFile } from './csv-file.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** File name of standards.csv. */
export const STANDARDS_FILE = 'standards.csv';

/** The header of standards.csv (docs/outputs.md describes each column). */
export const STANDARDS_COLUMNS: readonly string[] = [
  'plan',
  'standard',
  'name',
  'share',
  'share_low',
  'share_high',
  'share_sd',
  'n',
  'required',
  'verdict',
  'adjusted_p',
  'diff_vs_baseline',
  'diff_low',
  'diff_high',
  'diff_sd',
  'diff_n',
  'change',
  'diff_adjusted_p',
];

/** Rows of standards.csv (no header), in the judgements' order. */
export function formatStandardsRows(judgements: readonly StandardJudgement[]): string {
  return formatCsvRows(
    judgements.map((j): CellValue[] => [
      j.plan,
      j.standard,
      j.name,
      ...intervalCells(j.share),
      j.required,
      j.status,
      j.adjustedP,
      ...(j.difference === null ? [null, null, null, null, null] : intervalCells(j.difference)),
      j.change,
      j.differenceAdjustedP,
    ]),
  );
}

/** mean, low, high, sd, n. */
function intervalCells(ci: Interval): CellValue[] {
  return [ci.mean, ci.low, ci.high, ci.sd, ci.n];
}

/** Writes standards.csv (header and rows) at `path`. */
export async function writeStandardsCsv(
  path: string,
  judgements: readonly StandardJudgement[],
): Promise<void> {
  const file = CsvFile.open(path, STANDARDS_COLUMNS);
  await file.append(formatStandardsRows(judgements));
  await file.close();
}
