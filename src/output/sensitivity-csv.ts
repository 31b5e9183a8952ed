/**
 * sensitivity.csv: for each headline measure and service standard (`standard@<id>`), each
 * uncertain input's effect when moved down and up: the point's estimate and the paired difference
 * point − base over the same replications, with its 95 % interval; inputs sorted by the larger of
 * their two effects, largest first (docs/sweep.md, "Sensitivity").
 */
import type { Interval } from '../stats/interval.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** The file's name in a sensitivity folder. */
export const SENSITIVITY_FILE = 'sensitivity.csv';

/** The header. */
export const SENSITIVITY_COLUMNS = [
  'measure',
  'input',
  'base_mean',
  'down_factor',
  'down_mean',
  'down_effect',
  'down_low',
  'down_high',
  'up_factor',
  'up_mean',
  'up_effect',
  'up_low',
  'up_high',
] as const;

/** One input moved one way. */
export interface SensitivityMove {
  readonly factor: number;
  /** The measure at the moved point (interval over replications). */
  readonly estimate: Interval;
  /** Paired difference moved point − base (common random numbers). */
  readonly effect: Interval;
}

/** One measure and input. */
export interface SensitivityRow {
  readonly measure: string;
  readonly input: string;
  /** The measure at the base point. */
  readonly base: Interval;
  readonly down: SensitivityMove;
  readonly up: SensitivityMove;
}

/** The whole file's text, header included, rows in the given order. */
export function formatSensitivityCsv(rows: readonly SensitivityRow[]): string {
  const cells: CellValue[][] = rows.map((row) => [
    row.measure,
    row.input,
    row.base.mean,
    ...moveCells(row.down),
    ...moveCells(row.up),
  ]);
  return formatCsvRows([[...SENSITIVITY_COLUMNS], ...cells]);
}

function moveCells(move: SensitivityMove): CellValue[] {
  return [move.factor, move.estimate.mean, move.effect.mean, move.effect.low, move.effect.high];
}
