/**
 * Expected occupancy of an M_t/G/∞ system: visitors arrive as a Poisson stream of time-varying
 * rate λ(u) and each stays for an independent time with survival function S(x) = P(stay > x),
 * with no limit on how many can be present. The expected number present at time t is
 *
 *   O(t) = ∫ λ(u)·S(t − u) du   over u ≤ t.
 *
 * For a piecewise-constant λ each piece contributes rate × ∫ S(x) dx over the ages x that its
 * arrivals can have at time t, so the only numerical step is integrating S, done here by
 * adaptive Simpson quadrature. This is the continuous-time reference for the crowd model, which
 * works on a 1-minute grid.
 *
 * Time unit: minutes throughout (rates per minute, stays in minutes), though any unit works if
 * used consistently.
 */
import { requireNonNegative } from './checks.js';

/** A stretch of constant arrival rate over [start, end). */
export interface RatePiece {
  /** Start time; may be -Infinity (the rate has held forever, which needs the stay's mean). */
  readonly start: number;
  /** End time, after `start`; may be Infinity. */
  readonly end: number;
  /** Arrivals per time unit, 0 or more. */
  readonly rate: number;
}

/** A stay-time distribution, given by its survival function. */
export interface StayDistribution {
  /** S(x) = P(stay > x) for x ≥ 0: non-increasing, in [0, 1]. */
  readonly survival: (x: number) => number;
  /** E[stay] = ∫₀^∞ S(x) dx; needed only for rates that began at -Infinity or for t = Infinity. */
  readonly mean?: number;
  /** Ages where S jumps or has a kink (e.g. D for a constant stay D): the quadrature splits there
   * so they cost no accuracy. Optional: without them a jump is still located, at more cost. */
  readonly breakpoints?: readonly number[];
}

/** Accuracy of the quadrature. */
export interface QuadratureOptions {
  /** Absolute error allowed per time unit of integration range (S ≤ 1). Default 1e-11. */
  readonly tolerance?: number;
}

/**
 * Equal panels each range is cut into before refining. Adaptive Simpson can stop early when a
 * function happens to agree at its sample points while varying between them; a survival function
 * is non-increasing, so equal samples mean it is flat in between, and two panels suffice.
 */
const INITIAL_PANELS = 2;
/** Deepest halving; 2^-50 of a panel is below double precision for any sensible range. */
const MAX_DEPTH = 50;
/** Slack for a survival function that returns 1 + rounding. */
const SURVIVAL_SLACK = 1e-12;

/**
 * ∫_from^to S(x) dx, the expected time a visitor spends present at ages between `from` and `to`.
 * `to` may be Infinity when the stay has a `mean` (then the result is mean − ∫₀^from S).
 *
 * @example integrateSurvival({ survival: (x) => Math.exp(-x / 30) }, 0, 30) // 30·(1 − e^{-1})
 */
export function integrateSurvival(
  stay: StayDistribution,
  from: number,
  to: number,
  options: QuadratureOptions = {},
): number {
  requireNonNegative('from', from);
  if (!(to >= from)) throw new RangeError(`to must be at least from (${from}), got ${to}`);
  if (to === Number.POSITIVE_INFINITY) {
    return requireMean(stay) - integrateSurvival(stay, 0, from, options);
  }
  const tolerance = options.tolerance ?? 1e-11;
  if (!(tolerance > 0)) throw new RangeError(`tolerance must be greater than 0 (got ${tolerance})`);
  const cuts = [
    from,
    ...(stay.breakpoints ?? []).filter((x) => x > from && x < to).sort((a, b) => a - b),
    to,
  ];
  const survival = checkedSurvival(stay);
  let integral = 0;
  for (let i = 1; i < cuts.length; i += 1) {
    integral += integrateSmooth(survival, cuts[i - 1]!, cuts[i]!, tolerance);
  }
  return integral;
}

/**
 * O(t) for a piecewise-constant arrival rate. Pieces may overlap: their rates add (the arrival
 * streams are superposed). Nobody is present before the first piece starts.
 *
 * @example
 * ```ts
 * // 2 arrivals a minute from 0 to 60, stays of exactly 20 minutes: 40 present at t = 45.
 * expectedOccupancy([{ start: 0, end: 60, rate: 2 }],
 *   { survival: (x) => (x < 20 ? 1 : 0), breakpoints: [20] }, 45);
 * ```
 */
export function expectedOccupancy(
  pieces: readonly RatePiece[],
  stay: StayDistribution,
  t: number,
  options: QuadratureOptions = {},
): number {
  if (!Number.isFinite(t)) throw new RangeError(`t must be finite (got ${t})`);
  let occupancy = 0;
  pieces.forEach((piece, index) => {
    checkPiece(piece, index);
    if (piece.rate === 0 || piece.start >= t) return;
    // Arrivals at u in [start, min(end, t)) have age t − u in (t − min(end, t), t − start].
    const youngest = t - Math.min(piece.end, t);
    const oldest = t - piece.start;
    occupancy += piece.rate * integrateSurvival(stay, youngest, oldest, options);
  });
  return occupancy;
}

/**
 * Closed form for a constant rate λ from time 0 with nobody present before:
 * O(t) = λ·∫₀^t S(x) dx, rising to λ·E[stay] (returned for t = Infinity; needs `mean`).
 * Returns 0 for t ≤ 0.
 *
 * @example constantRateOccupancy(2, { survival: (x) => Math.exp(-x / 30), mean: 30 }, Infinity) // 60
 */
export function constantRateOccupancy(
  rate: number,
  stay: StayDistribution,
  t: number,
  options: QuadratureOptions = {},
): number {
  requireNonNegative('rate', rate);
  if (Number.isNaN(t)) throw new RangeError('t must be a number (got NaN)');
  if (t <= 0) return 0;
  return rate * integrateSurvival(stay, 0, t, options);
}

/** A change of arrival rate at one moment, from a rate that has held forever. */
export interface RateStep {
  /** Rate before `at`, held since -Infinity (so the system starts in steady state). */
  readonly before: number;
  /** Rate from `at` on. */
  readonly after: number;
  readonly at: number;
}

/**
 * Closed form for a step from steady state: O(t) = before·E[stay] + (after − before)·∫₀^{t−at} S,
 * (the last integral taken as 0 for t ≤ at). Needs the stay's `mean`. A step down (after < before)
 * decays towards after·E[stay] as the earlier visitors leave.
 *
 * @example
 * ```ts
 * const stay = { survival: (x: number) => Math.exp(-x / 30), mean: 30 };
 * stepRateOccupancy({ before: 1, after: 3, at: 0 }, stay, 30); // 30 + 60·(1 − e^{-1})
 * ```
 */
export function stepRateOccupancy(
  step: RateStep,
  stay: StayDistribution,
  t: number,
  options: QuadratureOptions = {},
): number {
  requireNonNegative('before', step.before);
  requireNonNegative('after', step.after);
  if (!Number.isFinite(step.at)) throw new RangeError(`at must be finite (got ${step.at})`);
  if (Number.isNaN(t)) throw new RangeError('t must be a number (got NaN)');
  const steady = step.before * requireMean(stay);
  if (t <= step.at) return steady;
  return steady + (step.after - step.before) * integrateSurvival(stay, 0, t - step.at, options);
}

/** Returns the stay's mean, or throws when it is needed and missing. */
function requireMean(stay: StayDistribution): number {
  if (stay.mean === undefined) {
    throw new RangeError(
      'the stay mean is needed for a rate that began at -Infinity or for t = Infinity',
    );
  }
  requireNonNegative('stay mean', stay.mean);
  return stay.mean;
}

/** Validates one rate piece. */
function checkPiece(piece: RatePiece, index: number): void {
  requireNonNegative(`pieces[${index}].rate`, piece.rate);
  const ordered = piece.start < piece.end;
  if (!ordered || piece.start === Number.POSITIVE_INFINITY || piece.end === -Infinity) {
    throw new RangeError(
      `pieces[${index}] must have start < end (got ${piece.start} to ${piece.end})`,
    );
  }
}

/** S wrapped to fail loudly on a value that cannot be a probability (a unit or sign mistake). */
function checkedSurvival(stay: StayDistribution): (x: number) => number {
  return (x) => {
    const value = stay.survival(x);
    if (!(value >= 0 && value <= 1 + SURVIVAL_SLACK)) {
      throw new RangeError(`survival(${x}) must be in [0, 1] (got ${value})`);
    }
    return value;
  };
}

/** Adaptive Simpson over [a, b], first cut into equal panels. */
function integrateSmooth(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerancePerUnit: number,
): number {
  const width = (b - a) / INITIAL_PANELS;
  if (width === 0) return 0;
  const panelTolerance = tolerancePerUnit * width;
  let sum = 0;
  for (let i = 0; i < INITIAL_PANELS; i += 1) {
    const left = a + i * width;
    const right = i === INITIAL_PANELS - 1 ? b : left + width;
    const mid = (left + right) / 2;
    const fl = f(left);
    const fm = f(mid);
    const fr = f(right);
    const whole = ((right - left) / 6) * (fl + 4 * fm + fr);
    sum += refineSimpson(f, left, mid, right, fl, fm, fr, whole, panelTolerance, MAX_DEPTH);
  }
  return sum;
}

/** One step of adaptive Simpson: accept the halves (with Richardson's correction) when they agree
 * with the whole to within 15·tolerance, otherwise recurse on each half with half the tolerance. */
function refineSimpson(
  f: (x: number) => number,
  a: number,
  m: number,
  b: number,
  fa: number,
  fm: number,
  fb: number,
  whole: number,
  tolerance: number,
  depth: number,
): number {
  const leftMid = (a + m) / 2;
  const rightMid = (m + b) / 2;
  const flm = f(leftMid);
  const frm = f(rightMid);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) return left + right + delta / 15;
  return (
    refineSimpson(f, a, leftMid, m, fa, flm, fm, left, tolerance / 2, depth - 1) +
    refineSimpson(f, m, rightMid, b, fm, frm, fb, right, tolerance / 2, depth - 1)
  );
}
