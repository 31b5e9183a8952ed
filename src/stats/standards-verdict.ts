/**
 * The verdict over every service standard: which plans meet every standard and the cheapest of
 * them; when none does, the plan that meets the most, with what it misses. Each plan's standing
 * also lists the standards on which it is significantly better or worse than the baseline, so
 * that no sentence can call a plan better without its shortcomings (docs/statistics.md).
 */
import { comparePlans } from './compare.js';
import type { Interval } from './interval.js';
import type { ReplicationSummary } from './measures.js';
import type { StandardJudgement } from './standards-judgement.js';

/** The measure plans are costed by: `cost` when every plan has cost rates, else staff-hours. */
export type CostMeasure = 'cost' | 'staffHours';

/** One plan's judgements, sorted by outcome, and its cost. */
export interface PlanStanding {
  readonly plan: string;
  readonly met: readonly StandardJudgement[];
  readonly notMet: readonly StandardJudgement[];
  readonly undecided: readonly StandardJudgement[];
  readonly notApplicable: readonly StandardJudgement[];
  /** Standards on which it is significantly worse than the baseline (Holm-adjusted). */
  readonly worse: readonly StandardJudgement[];
  /** Standards on which it is significantly better than the baseline (Holm-adjusted). */
  readonly better: readonly StandardJudgement[];
  /** Cost over replications (of `costMeasure`). */
  readonly cost: Interval;
  /** Paired cost difference plan − baseline; null for the baseline. */
  readonly costDifference: Interval | null;
}

/**
 * The rule that put the closest plan ahead of the first plan as close as it: significantly worse
 * than the baseline on fewer standards, significantly better on more, a lower mean cost, or
 * nothing (it is listed first).
 */
export type TieBreak = 'fewer-worse' | 'more-better' | 'lower-cost' | 'listed-first';

/** The plan the verdict names and why. */
export interface ChosenPlan {
  readonly plan: string;
  /** `cheapest`: the cheapest plan meeting every standard; `closest`: none meets them all. */
  readonly reason: 'cheapest' | 'closest';
  /** Other plans as close (as many standards met and not met); empty for `cheapest`. */
  readonly tiedWith: readonly string[];
  /** Why it is named before `tiedWith[0]`; null when no plan is as close. */
  readonly preferredFor: TieBreak | null;
  /**
   * For `cheapest`: the other plans meeting every standard whose paired cost difference from it
   * is not significant (its 95 % interval holds 0), so "cheapest" rests on the mean alone.
   */
  readonly asCheapAs: readonly string[];
}

/** The whole verdict. */
export interface StandardsVerdict {
  readonly baseline: string;
  readonly costMeasure: CostMeasure;
  /** One per plan, in the judgements' plan order. */
  readonly standings: readonly PlanStanding[];
  /** Plans meeting every standard that applies to them (at least one applies). */
  readonly meetingAll: readonly string[];
  /** Null when there are no standards. */
  readonly chosen: ChosenPlan | null;
  /** Plan × standard pairs in the "meets" Holm family (those with a test). */
  readonly tests: number;
}

/**
 * Builds the verdict from the judgements and the summaries (for the costs).
 *
 * @example
 * ```ts
 * const verdict = standardsVerdict(judgeStandards(summaries, standards, 'current'), summaries, 'current');
 * verdict.chosen; // { plan: 'extra-car', reason: 'cheapest' }
 * ```
 */
export function standardsVerdict(
  judgements: readonly StandardJudgement[],
  summaries: readonly ReplicationSummary[],
  baseline: string,
): StandardsVerdict {
  const costMeasure = costMeasureOf(summaries);
  const costs = comparePlans(summaries, baseline, [costMeasure]);
  const plans = [...new Set(judgements.map((j) => j.plan))];
  const standings = plans.map((plan): PlanStanding => {
    const own = judgements.filter((j) => j.plan === plan);
    const cost = costs.find((c) => c.plan === plan);
    const with_ = (status: StandardJudgement['status']) => own.filter((j) => j.status === status);
    return {
      plan,
      met: with_('met'),
      notMet: with_('not-met'),
      undecided: with_('undecided'),
      notApplicable: with_('not-applicable'),
      worse: own.filter((j) => j.change === 'worse'),
      better: own.filter((j) => j.change === 'better'),
      cost: cost?.estimates[costMeasure] ?? NO_INTERVAL,
      costDifference: cost?.differences?.[costMeasure] ?? null,
    };
  });
  const meetingAll = standings
    .filter((s) => s.met.length > 0 && s.notMet.length === 0 && s.undecided.length === 0)
    .map((s) => s.plan);
  return {
    baseline,
    costMeasure,
    standings,
    meetingAll,
    chosen: choosePlan(standings, meetingAll, (plan, others) =>
      costTies(summaries, costMeasure, plan, others),
    ),
    tests: judgements.filter((j) => !Number.isNaN(j.adjustedP)).length,
  };
}

/**
 * The cheapest plan meeting every standard (with those not significantly dearer); else the plan meeting the most standards (ties: the
 * fewest not met, then the fewest significantly worse than the baseline, then the most
 * significantly better, then the cheaper, then the first), with the plans as close as it and
 * the rule that put it ahead of them.
 */
function choosePlan(
  standings: readonly PlanStanding[],
  meetingAll: readonly string[],
  tiesInCost: (plan: string, others: readonly string[]) => string[],
): ChosenPlan | null {
  if (standings.length === 0 || standings.every((s) => isEmpty(s))) return null;
  const cheaper = (a: PlanStanding, b: PlanStanding) => costOf(a) - costOf(b);
  if (meetingAll.length > 0) {
    const candidates = standings.filter((s) => meetingAll.includes(s.plan));
    const plan = [...candidates].sort(cheaper)[0]!.plan;
    const others = meetingAll.filter((p) => p !== plan);
    const asCheapAs = tiesInCost(plan, others);
    return { plan, reason: 'cheapest', tiedWith: [], preferredFor: null, asCheapAs };
  }
  const ranked = [...standings].sort(
    (a, b) =>
      b.met.length - a.met.length ||
      a.notMet.length - b.notMet.length ||
      a.worse.length - b.worse.length ||
      b.better.length - a.better.length ||
      cheaper(a, b),
  );
  const top = ranked[0]!;
  const tied = ranked
    .slice(1)
    .filter((s) => s.met.length === top.met.length && s.notMet.length === top.notMet.length);
  const runnerUp = tied[0];
  return {
    plan: top.plan,
    reason: 'closest',
    tiedWith: tied.map((s) => s.plan),
    preferredFor: runnerUp === undefined ? null : tieBreak(top, runnerUp),
    asCheapAs: [],
  };
}

/**
 * The plans of `others` whose paired cost difference from `plan` is not significant: its 95 %
 * interval holds 0 (or there is no interval, with a single replication).
 */
function costTies(
  summaries: readonly ReplicationSummary[],
  costMeasure: CostMeasure,
  plan: string,
  others: readonly string[],
): string[] {
  if (others.length === 0) return [];
  const rows = comparePlans(summaries, plan, [costMeasure]);
  return others.filter((other) => {
    const difference = rows.find((r) => r.plan === other)?.differences?.[costMeasure];
    return difference !== undefined && !(difference.low > 0 || difference.high < 0);
  });
}

/** The first of the ranking's tie rules on which `top` beats `runnerUp` (as close as it). */
function tieBreak(top: PlanStanding, runnerUp: PlanStanding): TieBreak {
  if (top.worse.length < runnerUp.worse.length) return 'fewer-worse';
  if (top.better.length > runnerUp.better.length) return 'more-better';
  if (costOf(top) < costOf(runnerUp)) return 'lower-cost';
  return 'listed-first';
}

/** `cost` when every replication of every plan has one, else staff-hours. */
function costMeasureOf(summaries: readonly ReplicationSummary[]): CostMeasure {
  const costed = summaries.every((s) => Number.isFinite(s.values.cost ?? Number.NaN));
  return summaries.length > 0 && costed ? 'cost' : 'staffHours';
}

/** A plan's mean cost, unknown costs last. */
function costOf(standing: PlanStanding): number {
  return Number.isNaN(standing.cost.mean) ? Number.POSITIVE_INFINITY : standing.cost.mean;
}

function isEmpty(standing: PlanStanding): boolean {
  return (
    standing.met.length +
      standing.notMet.length +
      standing.undecided.length +
      standing.notApplicable.length ===
    0
  );
}

const NO_INTERVAL: Interval = {
  n: 0,
  mean: Number.NaN,
  sd: Number.NaN,
  halfWidth: Number.NaN,
  low: Number.NaN,
  high: Number.NaN,
};
