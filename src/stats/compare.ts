/**
 * Plan comparisons: intervals of each plan's measures, paired differences against a baseline,
 * and which plan is best on the headline measure. Plans are paired by replication number,
 * which under common random numbers means the same incidents.
 */
import { confidenceInterval, type Interval, pairedDifference } from './interval.js';
import { MEASURES, type ReplicationSummary } from './measures.js';

/** One plan's row of a comparison. */
export interface PlanComparison {
  readonly plan: string;
  /** Confidence level of every interval in the row, e.g. 0.95. */
  readonly level: number;
  /** Replications of the plan. */
  readonly replications: number;
  /** Interval over replications of each compared measure, by measure id. */
  readonly estimates: Readonly<Record<string, Interval>>;
  /** Paired difference plan − baseline by measure id; null for the baseline itself. */
  readonly differences: Readonly<Record<string, Interval>> | null;
}

/** Ids of the headline measures, in table order. */
export const HEADLINE_MEASURE_IDS: readonly string[] = Object.freeze(
  MEASURES.filter((m) => m.headline).map((m) => m.id),
);

/**
 * Compares every plan in `summaries` with the baseline: intervals of the given measures and the
 * paired differences plan − baseline, pairing replications by number. Plans keep their order of
 * first appearance.
 *
 * @param summaries summaries of all plans' replications, in any order
 * @param baseline name of the baseline plan (must have summaries)
 * @param measureIds measures to compare, default the headline measures
 * @param level confidence level, default 0.95
 * @example
 * ```ts
 * const rows = comparePlans(summaries, 'current');
 * rows[1]?.differences?.shareOfficersWithinTarget; // Interval of plan − current, in points
 * ```
 */
export function comparePlans(
  summaries: readonly ReplicationSummary[],
  baseline: string,
  measureIds: readonly string[] = HEADLINE_MEASURE_IDS,
  level = 0.95,
): PlanComparison[] {
  const byPlan = groupByPlan(summaries);
  const base = byPlan.get(baseline);
  if (base === undefined) throw new Error(`baseline plan "${baseline}" has no replications`);
  return [...byPlan].map(([plan, runs]) => ({
    plan,
    level,
    replications: runs.length,
    estimates: Object.fromEntries(
      measureIds.map((id) => [id, confidenceInterval(valuesOf(runs, id), level)]),
    ),
    differences:
      plan === baseline
        ? null
        : Object.fromEntries(measureIds.map((id) => [id, pairedBy(runs, base, id, level)])),
  }));
}

/** Summaries grouped by plan, plans in order of first appearance. */
export function groupByPlan(
  summaries: readonly ReplicationSummary[],
): Map<string, ReplicationSummary[]> {
  const groups = new Map<string, ReplicationSummary[]>();
  for (const s of summaries) {
    const group = groups.get(s.plan);
    if (group === undefined) groups.set(s.plan, [s]);
    else group.push(s);
  }
  return groups;
}

/** The measure's value in each summary (NaN where absent). */
function valuesOf(runs: readonly ReplicationSummary[], measureId: string): number[] {
  return runs.map((s) => s.values[measureId] ?? Number.NaN);
}

/**
 * Paired difference plan − other over the replication numbers both have (replications of only
 * one plan cannot be paired and are left out).
 */
export function pairedBy(
  plan: readonly ReplicationSummary[],
  other: readonly ReplicationSummary[],
  measureId: string,
  level: number,
): Interval {
  const others = new Map(other.map((s) => [s.replication, s]));
  const common = plan.filter((s) => others.has(s.replication));
  return pairedDifference(
    valuesOf(common, measureId),
    valuesOf(
      common.map((s) => others.get(s.replication)!),
      measureId,
    ),
    level,
  );
}
