/**
 * evaluations.csv and frontier.csv of an optimize folder: one row per plan evaluated (every plan,
 * in the order the search evaluated it) or per plan on the cost–service frontier (cheapest
 * first), with its choices, cost, whether it meets every standard with 95 % confidence, its
 * shortfall and each standard's share with its interval.
 */
import type { Evaluation } from '../optimize/evaluation.js';
import type { Outcome } from '../optimize/simulation-evaluator.js';
import { type CellValue, formatCsvRows } from './csv-format.js';

/** The file names in an optimize folder. */
export const EVALUATIONS_FILE = 'evaluations.csv';
export const FRONTIER_FILE = 'frontier.csv';

/** Cells per standard: mean, low, high, sd, n, required. */
const STANDARD_CELLS = 6;

/**
 * The header: `plan`, `phase`, one column per dimension (named by its path in the scenario),
 * `cost`, `cost_measure`, `meets_all`, `shortfall`, `mean_share`, `replications`, then for each
 * standard `standard@<id>`, `_low`, `_high`, `_sd`, `_n` (replications with an incident it covers)
 * and `_required`, and `refused` last.
 */
export function evaluationColumns(
  paths: readonly string[],
  standards: readonly string[],
): string[] {
  return [
    'plan',
    'phase',
    ...paths,
    'cost',
    'cost_measure',
    'meets_all',
    'shortfall',
    'mean_share',
    'replications',
    ...standards.flatMap((id) => {
      const key = `standard@${id}`;
      return [key, `${key}_low`, `${key}_high`, `${key}_sd`, `${key}_n`, `${key}_required`];
    }),
    'refused',
  ];
}

/**
 * Rows (no header) of outcomes: a refused plan has its choices, phase and the reason only.
 *
 * @param standards the standard ids of the header, in its order
 */
export function formatEvaluationRows(
  outcomes: readonly Outcome[],
  standards: readonly string[],
): string {
  return formatCsvRows(outcomes.map((outcome) => evaluationRow(outcome, standards)));
}

function evaluationRow(outcome: Outcome, standards: readonly string[]): CellValue[] {
  const head = [outcome.name, outcome.phase, ...outcome.choice];
  if ('refused' in outcome) {
    return [...head, ...Array(6 + STANDARD_CELLS * standards.length).fill(null), outcome.refused];
  }
  const e: Evaluation = outcome;
  return [
    ...head,
    e.cost,
    e.costMeasure,
    e.meetsAll,
    e.shortfall,
    e.meanShare,
    e.replications,
    ...standards.flatMap((id) => {
      const s = e.shares.find((share) => share.standard === id);
      return s === undefined
        ? Array<null>(STANDARD_CELLS).fill(null)
        : [s.share.mean, s.share.low, s.share.high, s.share.sd, s.share.n, s.required];
    }),
    null,
  ];
}
