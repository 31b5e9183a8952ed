/**
 * sweep-break-points.csv: one row per varied path, line of the grid along it, plan and service
 * standard, with where the standard's share crosses its required share and the interval of
 * values the share's intervals do not rule out (docs/sweep.md, "Break points").
 */
import type { SweepBreakPoint } from '../experiment/sweep-break-points.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** The file's name in a sweep folder. */
export const BREAK_POINTS_FILE = 'sweep-break-points.csv';

/** The columns after `along` and the varied paths. */
const BREAK_COLUMNS = [
  'plan',
  'standard',
  'required',
  'status',
  'direction',
  'break',
  'break_low',
  'break_high',
  'beyond_grid',
] as const;

/**
 * The header: `along` (the path varied along the line), each varied path (the value it is held
 * at; empty in the column of `along`), then the break point's columns.
 */
export function breakPointColumns(paths: readonly string[]): string[] {
  return ['along', ...paths, ...BREAK_COLUMNS];
}

/**
 * The whole file's text, header included.
 *
 * @example formatBreakPointsCsv(['crowd.visitorsPerDay'], sweepBreakPoints(axes, points))
 */
export function formatBreakPointsCsv(
  paths: readonly string[],
  breakPoints: readonly SweepBreakPoint[],
): string {
  const rows: CellValue[][] = breakPoints.map((b) => [
    paths[b.along]!,
    ...b.fixed,
    b.plan,
    b.standard,
    b.required,
    b.status,
    b.direction,
    b.estimate,
    b.low,
    b.high,
    b.beyondGrid,
  ]);
  return formatCsvRows([breakPointColumns(paths), ...rows]);
}
