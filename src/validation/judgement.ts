/**
 * Judging simulated measures against their analytic values.
 *
 * Each measure is one number per replication. The table shows its mean with the usual 95 %
 * Student t interval over replications. The verdict, though, must hold for many measures at once:
 * with twenty measures each judged by its own 95 % interval, one fails by chance in most runs of a
 * model that is right. So the verdict uses simultaneous intervals (Bonferroni): with m stochastic
 * measures judged together, each gets the level 1 − (1 − 0.95)/m, and a correct model then fails
 * somewhere in at most 5 % of runs. A measure passes when
 *
 *   |simulated mean − analytic| ≤ simultaneous half-width + tolerance,
 *
 * the tolerance being a stated allowance for a known bias of the model against the reference
 * (e.g. the occupancy grid's numerical error, or the horizon's edge in Little's law), 0 when none.
 * Deterministic measures (the same in every replication) are judged by the tolerance alone.
 */
import { confidenceInterval, type Interval } from '../stats/interval.js';

/** Confidence level of the intervals shown next to each measure. */
export const DISPLAY_LEVEL = 0.95;

/** Level at which all the stochastic measures of one judgement hold together. */
export const FAMILY_LEVEL = 0.95;

/** One simulated measure and its analytic counterpart, before judgement. */
export interface MeasureCheck {
  /** What is measured, e.g. "P(wait)" or "workload platform-p1-1". */
  readonly label: string;
  /** Unit of the values: 'share' (0–1), 'min', 'visitors', 'count' or '' (a number). */
  readonly unit: string;
  /** One value per replication (NaN where undefined in a replication, e.g. no incident). */
  readonly values: readonly number[];
  /** The reference value. */
  readonly analytic: number;
  /**
   * `stochastic`: the values vary between replications and the verdict allows for sampling
   * error; `deterministic`: the model computes an expectation, judged by the tolerance alone.
   */
  readonly kind: 'stochastic' | 'deterministic';
  /** Absolute allowance for a known bias or numerical error, in the measure's unit (0 = none). */
  readonly tolerance: number;
  /** How the value is measured and why the tolerance is what it is (shown under the table). */
  readonly note?: string;
}

/** A measure with its verdict. */
export interface JudgedCheck extends MeasureCheck {
  /** Mean and 95 % Student t interval over replications. */
  readonly simulated: Interval;
  /** The largest |simulated − analytic| that passes: simultaneous half-width + tolerance. */
  readonly allowance: number;
  readonly pass: boolean;
}

/**
 * Judges measures together (see the module notes): the stochastic ones share a family-wise level.
 *
 * @param checks the measures to judge as one family (e.g. every measure of one `check` run)
 * @param familyLevel the simultaneous confidence level, default {@link FAMILY_LEVEL}
 * @example
 * ```ts
 * const [judged] = judgeChecks([
 *   { label: 'P(wait)', unit: 'share', values: [0.3, 0.4, 0.35], analytic: 0.355,
 *     kind: 'stochastic', tolerance: 0 },
 * ]);
 * judged.pass; // true: 0.355 is well within the interval
 * ```
 */
export function judgeChecks(
  checks: readonly MeasureCheck[],
  familyLevel = FAMILY_LEVEL,
): JudgedCheck[] {
  if (!(familyLevel > 0 && familyLevel < 1)) {
    throw new RangeError(`familyLevel must be in (0, 1), got ${familyLevel}`);
  }
  const stochastic = checks.filter((check) => check.kind === 'stochastic').length;
  const eachLevel = 1 - (1 - familyLevel) / Math.max(1, stochastic);
  return checks.map((check) => judgeOne(check, eachLevel));
}

/** Whether every judged measure passed. */
export function allPass(checks: readonly JudgedCheck[]): boolean {
  return checks.every((check) => check.pass);
}

/** Judges one measure with its share of the family's level. */
function judgeOne(check: MeasureCheck, level: number): JudgedCheck {
  const simulated = confidenceInterval(check.values, DISPLAY_LEVEL);
  const sampling =
    check.kind === 'stochastic' ? confidenceInterval(check.values, level).halfWidth : 0;
  const allowance = sampling + check.tolerance;
  const gap = Math.abs(simulated.mean - check.analytic);
  // A NaN mean or half-width (no values, or one replication) cannot support a pass.
  return { ...check, simulated, allowance, pass: gap <= allowance };
}
