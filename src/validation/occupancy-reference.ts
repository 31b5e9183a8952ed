/**
 * The M_t/G/∞ reference for a scenario's crowd, computed in continuous time from the scenario's
 * own numbers and independently of the model's crowd code (which works on a 1-minute grid):
 * each arrival-profile piece of each day is a stretch of constant entry rate, shifted by the
 * site's lag and scaled by its share, and the expected number present at t is
 * Σ rate × ∫ P(stay > x) dx over the ages its visitors can have (src/analytic/occupancy.ts).
 *
 * Stays must have a survival function in closed form (constant, uniform, exponential, Weibull,
 * triangular, empirical), so that the reference does not share the model's special functions.
 */
import { expectedOccupancy, type RatePiece, type StayDistribution } from '../analytic/occupancy.js';
import { logGamma } from '../rng/special.js';
import { MINUTES_PER_DAY, parseClock } from '../scenario/clock.js';
import type { Distribution, Scenario } from '../scenario/types.js';

/** A stay with no closed-form survival function: the reference cannot use it. */
export class StayNotSupportedError extends Error {
  constructor(dist: string) {
    super(
      `a "${dist}" stay has no closed-form survival function; the occupancy reference takes ` +
        'constant, uniform, exponential, weibull, triangular or empirical stays',
    );
    this.name = 'StayNotSupportedError';
  }
}

/**
 * The survival function, mean and kinks of a stay distribution, in closed form.
 *
 * @throws StayNotSupportedError for normal, lognormal and gamma stays.
 * @example closedFormStay({ dist: 'uniform', min: 20, max: 100 }).survival(60) // 0.5
 */
export function closedFormStay(stay: Distribution): StayDistribution {
  switch (stay.dist) {
    case 'constant':
      return pointMasses([stay.value], [1]);
    case 'empirical':
      return pointMasses(stay.values, stay.weights ?? stay.values.map(() => 1));
    case 'uniform': {
      const { min, max } = stay;
      if (max === min) return pointMasses([min], [1]);
      return {
        survival: (x) => (x < min ? 1 : x < max ? (max - x) / (max - min) : 0),
        mean: (min + max) / 2,
        breakpoints: [min, max],
      };
    }
    case 'exponential':
      return { survival: (x) => Math.exp(-x / stay.mean), mean: stay.mean };
    case 'weibull': {
      const { shape, scale } = stay;
      return {
        survival: (x) => Math.exp(-((x / scale) ** shape)),
        mean: scale * Math.exp(logGamma(1 + 1 / shape)),
      };
    }
    case 'triangular':
      return triangular(stay.min, stay.mode, stay.max);
    default:
      throw new StayNotSupportedError(stay.dist);
  }
}

/** P(X > x) of a discrete stay. */
function pointMasses(values: readonly number[], weights: readonly number[]): StayDistribution {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return {
    survival: (x) => values.reduce((sum, v, i) => (v > x ? sum + weights[i]! : sum), 0) / total,
    mean: values.reduce((sum, v, i) => sum + v * weights[i]!, 0) / total,
    breakpoints: [...values],
  };
}

/** The triangular distribution's survival: quadratic on each side of the mode. */
function triangular(min: number, mode: number, max: number): StayDistribution {
  if (max === min) return pointMasses([min], [1]);
  const width = max - min;
  return {
    survival: (x) => {
      if (x < min) return 1;
      if (x < mode) return 1 - (x - min) ** 2 / (width * (mode - min));
      if (x < max) return (max - x) ** 2 / (width * (max - mode));
      return 0;
    },
    mean: (min + mode + max) / 3,
    breakpoints: [min, mode, max],
  };
}

/**
 * Entries per minute at one site from one crowd entry, as constant-rate pieces over every
 * simulated day: piece p of day d enters V_d × weight_p / Σ weights visitors, evenly over its
 * clock window, and share × that reaches the site `lag` minutes later.
 */
export function siteEntryPieces(
  scenario: Scenario,
  entry: Scenario['crowd']['sites'][number],
): RatePiece[] {
  const profile = scenario.crowd.arrivalProfile;
  const totalWeight = profile.reduce((sum, piece) => sum + piece.weight, 0);
  const lag = entry.lagMinutes ?? 0;
  return scenario.crowd.visitorsPerDay.flatMap((visitors, day) =>
    profile
      .filter((piece) => piece.weight > 0)
      .map((piece) => {
        const from = parseClock(piece.from);
        const to = parseClock(piece.to);
        const dayStart = day * MINUTES_PER_DAY + lag;
        return {
          start: dayStart + from,
          end: dayStart + to,
          rate: (entry.share * visitors * piece.weight) / totalWeight / (to - from),
        };
      }),
  );
}

/** The reference occupancy of one site over time. */
export interface SiteOccupancyReference {
  readonly site: string;
  /** O(t): expected visitors present at time t. */
  at(t: number): number;
  /** Mean of O over [start, end). */
  meanOver(start: number, end: number): number;
}

/**
 * Quadrature accuracy of the reference: 1e-9 of a visitor a minute of stay integrated, far below
 * the checks' tolerances, and several times faster than the analytic module's default.
 */
const QUADRATURE = { tolerance: 1e-9 };

/** Simpson panels per minute when averaging O over an interval. */
const PANELS_PER_MINUTE = 2;

/**
 * The M_t/G/∞ occupancy of a site (summing every crowd entry for it), with the scenario's
 * visitor numbers as given (no day-level demand variation: that has mean 1).
 *
 * @throws Error when no crowd entry names the site; StayNotSupportedError for a stay without a
 *   closed-form survival function.
 * @example
 * ```ts
 * const lot = siteOccupancyReference(scenario, 'lot');
 * lot.at(720); // expected visitors at noon on day 1
 * ```
 */
export function siteOccupancyReference(scenario: Scenario, site: string): SiteOccupancyReference {
  const entries = scenario.crowd.sites.filter((entry) => entry.site === site);
  if (entries.length === 0) throw new Error(`no crowd entry for site "${site}"`);
  const streams = entries.map((entry) => ({
    pieces: siteEntryPieces(scenario, entry),
    stay: closedFormStay(entry.stay),
  }));
  const at = (t: number): number =>
    streams.reduce(
      (sum, { pieces, stay }) => sum + expectedOccupancy(pieces, stay, t, QUADRATURE),
      0,
    );
  return {
    site,
    at,
    meanOver: (start, end) => averageBySimpson(at, start, end),
  };
}

/**
 * Mean of f over [start, end) by composite Simpson with {@link PANELS_PER_MINUTE} panels a
 * minute. O(t) is smooth between the profile's steps (which fall on whole minutes in
 * practice), so this is accurate to far below the checks' tolerances.
 *
 * @example averageBySimpson((t) => t * t, 0, 3) // 3
 */
export function averageBySimpson(f: (t: number) => number, start: number, end: number): number {
  if (!(end > start)) throw new RangeError(`expected start < end (got ${start} to ${end})`);
  const panels = Math.max(1, Math.ceil((end - start) * PANELS_PER_MINUTE));
  const h = (end - start) / panels;
  let sum = 0;
  let left = f(start);
  for (let p = 0; p < panels; p++) {
    const a = start + p * h;
    const right = f(a + h);
    sum += (h / 6) * (left + 4 * f(a + h / 2) + right);
    left = right;
  }
  return sum / (end - start);
}
