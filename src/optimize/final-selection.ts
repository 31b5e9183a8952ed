/**
 * The last step of `peakwatch optimize`: ranking and selection among the best few plans of the
 * search with the Kim–Nelson procedure (selection.ts), on new replications — numbered after
 * those the search used, so that the selection's data are independent of how the finalists were
 * chosen — and on common random numbers.
 *
 * The finalists are the plans the goal cannot tell apart by cost: for "cheapest meeting every
 * standard", the best plan and the next ones by the goal's order with the same standing (all
 * meet every standard, or none does) and a cost at most {@link COST_TOLERANCE} above the best's;
 * for "best service within a budget", the best ones within the budget. Among them the selection
 * picks the best service, measured per replication as the mean share over the standards
 * searched (percent; larger is better), with indifference zone δ (percentage points) and
 * probability of correct selection at least 1 − α when the guarantee holds.
 */
import type { ReplicationSummary } from '../stats/measures.js';
import { standardMeasureId } from '../stats/standards.js';
import type { Evaluation } from './evaluation.js';
import { type Goal, goalOrder } from './local-search.js';
import type { Choice } from './search-space.js';
import { type SelectionResult, selectBest } from './selection.js';

/** Relative cost difference within which plans count as costing the same. */
export const COST_TOLERANCE = 0.01;

/** The options of the selection. */
export interface FinalSelectionOptions {
  /** δ, percentage points of mean share. */
  readonly delta: number;
  readonly alpha: number;
  /** Most finalists. */
  readonly finalists: number;
  /** n0: replications of every finalist in the first stage. */
  readonly firstStage: number;
  /** The most replications of any finalist. */
  readonly maxReplications: number;
  /** The first replication number (after those of the search). */
  readonly firstReplication: number;
}

/** What the selection did. */
export interface FinalSelection {
  /** The finalists, in the goal's order. */
  readonly finalists: readonly Evaluation[];
  /** The finalist selected. */
  readonly pick: Evaluation;
  readonly result: SelectionResult;
  readonly options: FinalSelectionOptions;
}

/** Draws replications of evaluated plans (SimulationEvaluator.replicate). */
export type Replicate = (
  choices: readonly Choice[],
  from: number,
  count: number,
) => Promise<ReplicationSummary[][]>;

/**
 * The finalists of the plans evaluated in the space: at most `count`, the best first; fewer
 * than two means there is nothing to select.
 */
export function chooseFinalists(
  inSpace: readonly Evaluation[],
  goal: Goal,
  count: number,
): Evaluation[] {
  const ranked = [...inSpace].sort(goalOrder(goal));
  const best = ranked[0];
  if (best === undefined) return [];
  const alike = ranked.filter((e) =>
    goal.kind === 'budget'
      ? e.cost <= goal.budget
      : e.meetsAll === best.meetsAll && e.cost <= best.cost + COST_TOLERANCE * Math.abs(best.cost),
  );
  return alike.slice(0, count);
}

/**
 * Runs Kim–Nelson among the finalists (at least two) on the mean share of the standards
 * `standardIds`, replication by replication.
 */
export async function selectFinalist(
  finalists: readonly Evaluation[],
  standardIds: readonly string[],
  replicate: Replicate,
  options: FinalSelectionOptions,
): Promise<FinalSelection> {
  const result = await selectBest(
    finalists.length,
    async (systems, from, count) => {
      const runs = await replicate(
        systems.map((i) => finalists[i]!.choice),
        from,
        count,
      );
      return runs.map((summaries) => summaries.map((s) => meanShare(s, standardIds)));
    },
    {
      delta: options.delta,
      alpha: options.alpha,
      firstStage: options.firstStage,
      blockSize: options.firstStage,
      maxReplications: options.maxReplications,
      larger: true,
      firstReplication: options.firstReplication,
    },
  );
  return { finalists, pick: finalists[result.best]!, result, options };
}

/**
 * A replication's mean share over the standards (percent), of those with a covered incident in
 * it; 100 when none has one (nothing was missed).
 */
export function meanShare(summary: ReplicationSummary, standardIds: readonly string[]): number {
  const shares = standardIds
    .map((id) => summary.values[standardMeasureId(id)] ?? Number.NaN)
    .filter((v) => !Number.isNaN(v));
  return shares.length === 0 ? 100 : shares.reduce((a, b) => a + b, 0) / shares.length;
}
