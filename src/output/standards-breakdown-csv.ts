/**
 * standards-by-<dimensions>.csv: where and when each standard fails, one row per plan, standard
 * and group (type, site, day and/or hour of day), with the incidents covered and met, the share,
 * the required share, and for response standards by site the fastest possible arrival and why
 * a shortfall happens: `unreachable` (even the fastest arrival misses the target) or
 * `capacity-short` (reachable, yet below the required share). The report reads the site × hour
 * file back (report/data/standard-cells.ts).
 */
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { CsvFile } from './csv-file.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** Why a cell falls short of its standard. */
export type ShortfallReason = 'unreachable' | 'capacity-short';

/** One row of the file. */
export interface BreakdownRow {
  readonly plan: string;
  readonly standard: string;
  readonly group: Readonly<Partial<Record<BreakdownDimension, string>>>;
  readonly covered: number;
  readonly met: number;
  /** met / covered, percent. */
  readonly share: number;
  /** Required share, percent. */
  readonly required: number;
  /** Fastest possible arrival (minutes from the standard's clock start); null when not known. */
  readonly fastest: number | null;
  /** Null when the cell meets the required share, or when the reason cannot be told. */
  readonly why: ShortfallReason | null;
}

/** The breakdown every run and comparison writes, for the report. */
export const SITE_HOUR: readonly BreakdownDimension[] = ['site', 'hour'];

/** How every breakdown file's name starts. */
export const BREAKDOWN_PREFIX = 'standards-by-';

/** The file name for a breakdown, e.g. `standards-by-site-hour.csv`. */
export function breakdownFile(by: readonly BreakdownDimension[]): string {
  return `${BREAKDOWN_PREFIX}${by.join('-')}.csv`;
}

/** The header of a breakdown file. */
export function breakdownColumns(by: readonly BreakdownDimension[]): string[] {
  return [
    'plan',
    'standard',
    ...by,
    'covered',
    'met',
    'share',
    'required',
    'fastest_minutes',
    'why',
  ];
}

/** Writes a breakdown file at `path`. */
export async function writeBreakdownCsv(
  path: string,
  by: readonly BreakdownDimension[],
  rows: readonly BreakdownRow[],
): Promise<void> {
  const file = CsvFile.open(path, breakdownColumns(by));
  await file.append(
    formatCsvRows(
      rows.map((r): CellValue[] => [
        r.plan,
        r.standard,
        ...by.map((d) => r.group[d] ?? null),
        r.covered,
        r.met,
        r.share,
        r.required,
        r.fastest,
        r.why,
      ]),
    ),
  );
  await file.close();
}
