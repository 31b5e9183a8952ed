/**
 * Each plan against each service standard: the share of covered incidents that met it with its
 * Student t interval over replications, whether the plan meets it, and the paired difference
 * against the baseline. Decisions are Holm-adjusted over all plans × standards (one family for
 * "meets the required share", one for "differs from the baseline"), so that with many plans and
 * standards a chance excursion is not read as a finding (docs/statistics.md, "Service
 * standards").
 */
import jStat from 'jstat';
import { inLang } from '../scenario/local-text.js';
import type { Standard } from '../scenario/types.js';
import { groupByPlan, pairedBy } from './compare.js';
import { confidenceInterval, type Interval } from './interval.js';
import type { ReplicationSummary } from './measures.js';
import { standardMeasureId } from './standards.js';

/** What judging needs of a standard (a scenario's Standard, or one read from standards.csv). */
export type StandardDefinition = Pick<Standard, 'id' | 'name' | 'share'>;

/** Family-wise error rate of each Holm family (two-sided tests). */
export const STANDARDS_ALPHA = 0.05;

/**
 * How a plan stands against a standard: `met` / `not-met` when the Holm-adjusted test of the
 * share against the required share rejects (on that side), `undecided` when it does not, and
 * `not-applicable` when no replication had an incident the standard covers.
 */
export type StandardStatus = 'met' | 'not-met' | 'undecided' | 'not-applicable';

/** How a plan differs from the baseline on a standard, after Holm's adjustment. */
export type StandardChange = 'better' | 'worse' | 'no-difference' | 'undecided';

/** One plan against one standard. Shares and differences in percent / percentage points. */
export interface StandardJudgement {
  readonly plan: string;
  /** Standard id. */
  readonly standard: string;
  /** Standard display name in English (else its only language), as standards.csv writes it. */
  readonly name: string;
  /** Required share, percent. */
  readonly required: number;
  /** Interval of the share over replications (95 %). */
  readonly share: Interval;
  readonly status: StandardStatus;
  /** Holm-adjusted p-value of share = required (NaN when it cannot be tested). */
  readonly adjustedP: number;
  /** Paired difference plan − baseline; null for the baseline itself. */
  readonly difference: Interval | null;
  /** Null for the baseline itself. */
  readonly change: StandardChange | null;
  /** Holm-adjusted p-value of difference = 0 (NaN for the baseline or when untestable). */
  readonly differenceAdjustedP: number;
}

/**
 * Judges every plan of `summaries` against every standard.
 *
 * @param summaries every replication summary of every plan (with `standard@<id>` values)
 * @param standards the standards (a scenario's, or those of a standards.csv)
 * @param baseline the plan differences are taken against (a plan of `summaries`)
 * @param level confidence level of the shown intervals, default 0.95
 * @returns one judgement per plan and standard, plans in order of first appearance, standards
 *   in scenario order within each plan
 * @example
 * ```ts
 * judgeStandards(summaries, scenario.standards, 'current').filter((j) => j.status === 'not-met');
 * ```
 */
export function judgeStandards(
  summaries: readonly ReplicationSummary[],
  standards: readonly StandardDefinition[],
  baseline: string,
  level = 0.95,
): StandardJudgement[] {
  const byPlan = groupByPlan(summaries);
  const base = byPlan.get(baseline);
  if (base === undefined) throw new Error(`baseline plan "${baseline}" has no replications`);
  const drafts = [...byPlan].flatMap(([plan, runs]) =>
    standards.map((standard) => {
      const key = standardMeasureId(standard.id);
      const required = 100 * standard.share;
      const values = runs.map((s) => s.values[key] ?? Number.NaN);
      const share = confidenceInterval(values, level);
      const difference = plan === baseline ? null : pairedBy(runs, base, key, level);
      return {
        plan,
        standard: standard.id,
        name: inLang(standard.name, 'en'),
        required,
        share,
        sharePValue: tTestPValue(share, required),
        difference,
        differencePValue: difference === null ? Number.NaN : tTestPValue(difference, 0),
      };
    }),
  );
  const shareP = holmAdjust(drafts.map((d) => d.sharePValue));
  const differenceP = holmAdjust(drafts.map((d) => d.differencePValue));
  return drafts.map((d, i) => ({
    plan: d.plan,
    standard: d.standard,
    name: d.name,
    required: d.required,
    share: d.share,
    status: statusOf(d.share, d.required, shareP[i]!),
    adjustedP: shareP[i]!,
    difference: d.difference,
    change: d.difference === null ? null : changeOf(d.difference, differenceP[i]!),
    differenceAdjustedP: differenceP[i]!,
  }));
}

/**
 * Two-sided p-value of Student's one-sample t test of mean = `value` from an interval's n, mean
 * and sd. With sd = 0 (every replication agreed) the mean is known exactly: p = 0 when it differs
 * from `value`, 1 when it equals it. NaN with fewer than two values.
 */
export function tTestPValue(ci: Interval, value: number): number {
  if (ci.n < 2 || Number.isNaN(ci.sd)) return Number.NaN;
  if (ci.sd === 0) return ci.mean === value ? 1 : 0;
  const t = (ci.mean - value) / (ci.sd / Math.sqrt(ci.n));
  return 2 * (1 - jStat.studentt.cdf(Math.abs(t), ci.n - 1));
}

/**
 * Holm's step-down adjustment: with the m defined p-values sorted ascending, the k-th (from 0)
 * becomes max over j ≤ k of min(1, (m − j) · p_(j)). A hypothesis is rejected at family-wise
 * level α when its adjusted p-value is ≤ α. NaN stays NaN and does not count in m.
 *
 * @example holmAdjust([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = pValues
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !Number.isNaN(p))
    .sort((a, b) => a.p - b.p);
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach(({ p, i }, k) => {
    running = Math.max(running, Math.min(1, (order.length - k) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

function statusOf(share: Interval, required: number, adjustedP: number): StandardStatus {
  if (share.n === 0) return 'not-applicable';
  if (!(adjustedP <= STANDARDS_ALPHA)) return 'undecided';
  return share.mean >= required ? 'met' : 'not-met';
}

function changeOf(difference: Interval, adjustedP: number): StandardChange {
  if (Number.isNaN(adjustedP)) return 'undecided';
  if (adjustedP > STANDARDS_ALPHA) return 'no-difference';
  return difference.mean > 0 ? 'better' : 'worse';
}
