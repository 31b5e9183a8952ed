/**
 * How `peakwatch optimize` judges one candidate from its replications: each service standard's
 * share with its 95 % interval (as `compare` computes it), whether the plan meets every standard
 * *with 95 % confidence* — the lower bound of each share's interval at or above its required
 * share — its shortfall (how far the lower bounds are below the required shares, in all) and its
 * cost (the verdict's cost measure: the plan's `cost` when it has cost rates, else staff-hours).
 * This module owns the rule; the search and the outputs only read its result.
 */
import type { Interval } from '../stats/interval.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { judgeStandards, type StandardDefinition } from '../stats/standards-judgement.js';
import { type CostMeasure, standardsVerdict } from '../stats/standards-verdict.js';
import type { Choice } from './search-space.js';

/** One standard's share for a candidate (percent). */
export interface StandardShare {
  readonly standard: string;
  /** Required share, percent. */
  readonly required: number;
  /** 95 % Student t interval of the share over replications (n = 0: no covered incident). */
  readonly share: Interval;
}

/** A candidate judged from its replications. */
export interface Evaluation {
  /** The plan's name in the search (`p1`, `p2`, … in order of evaluation). */
  readonly name: string;
  readonly choice: Choice;
  /** Mean cost over replications, in `costMeasure`. */
  readonly cost: number;
  readonly costMeasure: CostMeasure;
  /** Every standard of the scenario (or of `--standards`), in scenario order. */
  readonly shares: readonly StandardShare[];
  /** Whether every applicable standard's lower bound reaches its required share. */
  readonly meetsAll: boolean;
  /**
   * Σ over applicable standards of max(0, required − lower bound), in percentage points: 0 when
   * the plan meets every standard, and the smaller the closer it is.
   */
  readonly shortfall: number;
  /** Mean of the applicable standards' shares (percent): the tie-break of equal shortfalls. */
  readonly meanShare: number;
  /** Replications the judgement rests on. */
  readonly replications: number;
}

/**
 * Judges a candidate from its summaries (every replication of the one plan `name`).
 *
 * @example
 * ```ts
 * const e = evaluateCandidate('p1', [3, 1], summaries, scenario.standards);
 * e.meetsAll; // true when every standard's 95 % lower bound is at or above its share
 * ```
 */
export function evaluateCandidate(
  name: string,
  choice: Choice,
  summaries: readonly ReplicationSummary[],
  standards: readonly StandardDefinition[],
): Evaluation {
  const judgements = judgeStandards(summaries, standards, name);
  const verdict = standardsVerdict(judgements, summaries, name);
  const shares = judgements.map((j) => ({
    standard: j.standard,
    required: j.required,
    share: j.share,
  }));
  const applicable = shares.filter((s) => s.share.n > 0);
  const shortfall = applicable.reduce(
    (sum, s) => sum + Math.max(0, s.required - lowerBound(s.share)),
    0,
  );
  return {
    name,
    choice,
    cost: verdict.standings[0]!.cost.mean,
    costMeasure: verdict.costMeasure,
    shares,
    meetsAll: applicable.length > 0 && shortfall === 0,
    shortfall,
    meanShare:
      applicable.length === 0
        ? Number.NaN
        : applicable.reduce((sum, s) => sum + s.share.mean, 0) / applicable.length,
    replications: summaries.length,
  };
}

/** Whether a standard's share is met with 95 % confidence: its lower bound reaches the required share. */
export function metWithConfidence(s: StandardShare): boolean {
  return s.share.n > 0 && lowerBound(s.share) >= s.required;
}

/**
 * The interval's lower bound; with a single replication (no interval) nothing is known with
 * confidence, so 0.
 */
function lowerBound(share: Interval): number {
  return Number.isFinite(share.low) ? share.low : 0;
}

/**
 * Orders evaluations by service, best first: the smaller shortfall, then the larger mean share,
 * then the cheaper.
 */
export function byService(a: Evaluation, b: Evaluation): number {
  return (
    a.shortfall - b.shortfall || nanLast(b.meanShare) - nanLast(a.meanShare) || a.cost - b.cost
  );
}

/**
 * Orders evaluations by the goal "cheapest meeting every standard", best first: plans meeting
 * every standard before the others, cheaper first among them; the others by service.
 */
export function byGoal(a: Evaluation, b: Evaluation): number {
  if (a.meetsAll !== b.meetsAll) return a.meetsAll ? -1 : 1;
  return a.meetsAll ? a.cost - b.cost || byService(a, b) : byService(a, b);
}

function nanLast(value: number): number {
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
