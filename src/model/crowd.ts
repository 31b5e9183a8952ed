/**
 * The crowd: how many visitors are expected at each site over time, as an M_t/G/∞ system on a
 * 1-minute grid. Visitors enter the area following a daily profile; a share of them reaches
 * each site after a lag and stays for a random time. The expected occupancy at site i is
 *
 *   O_i(t) = ∫ a_i(u) · P(stay_i > t − u) du,   a_i(u) = share_i · entries(u − lag_i).
 *
 * Everything that does not depend on the number of visitors is computed once per scenario: the
 * occupancy produced by ONE visitor-day of entries (the unit response). A replication's
 * occupancy is the sum over days of the day's visitors times the unit response shifted to that
 * day, so its cost does not grow with the number of visitors.
 */

import { type DailyWindow, dailyWindow, MINUTES_PER_DAY, windowLength } from '../scenario/clock.js';
import type { Crowd } from '../scenario/types.js';
import type { Network } from './network.js';
import { stayKernel } from './stay.js';

/** One site's plan-independent crowd data. */
export interface CrowdSiteModel {
  /** Index of the site in the network. */
  readonly siteIndex: number;
  /**
   * Expected visitors present at grid instant t (minutes after the day's 00:00) per visitor
   * entering the area that day; 0 beyond its length.
   */
  readonly unitResponse: Float64Array;
  /** The unit response's largest value within each day after the entry day (k = 0, 1, …). */
  readonly unitDayMaxima: Float64Array;
  /**
   * ∫_0^t of the unit response (linear between grid instants) at each grid instant t, for
   * interval means.
   */
  readonly unitIntegral: Float64Array;
}

/** The crowd model of a scenario, independent of plan and replication. */
export interface CrowdModel {
  /** One entry per site that visitors use (several crowd entries for a site are summed). */
  readonly sites: readonly CrowdSiteModel[];
  /** Visitors entering on each simulated day, before day-level demand variation. */
  readonly visitorsPerDay: readonly number[];
  /** Coefficient of variation of each day's demand multiplier (0 = none). */
  readonly demandCv: number;
}

/**
 * Share of a day's entries in each minute of the day (sums to 1). Each profile piece's weight is
 * its relative share of the day's entries, spread evenly over the piece's minutes; overlapping
 * pieces add up.
 * @throws Error when the weights are all zero.
 * @example entryProfile([{ from: '08:00', to: '10:00', weight: 1 }])[480] // 1/120
 */
export function entryProfile(
  pieces: readonly { readonly from: string; readonly to: string; readonly weight: number }[],
): Float64Array {
  const profile = new Float64Array(MINUTES_PER_DAY);
  for (const piece of pieces) {
    const window = dailyWindow({ start: piece.from, end: piece.to });
    const perMinute = piece.weight / windowLength(window);
    forEachMinuteOf(window, (m) => {
      profile[m]! += perMinute;
    });
  }
  const total = profile.reduce((sum, share) => sum + share, 0);
  if (!(total > 0)) throw new Error('crowd.arrivalProfile: the weights add up to 0');
  for (let m = 0; m < MINUTES_PER_DAY; m++) profile[m]! /= total;
  return profile;
}

function forEachMinuteOf(window: DailyWindow, visit: (minute: number) => void): void {
  const length = windowLength(window);
  for (let k = 0; k < length; k++) visit((window.start + k) % MINUTES_PER_DAY);
}

/**
 * Arrivals at a site in each minute j after the day's 00:00 per visitor entering that day:
 * share × (entries in [j − lag, j + 1 − lag)), exact for a fractional lag because entries are
 * spread evenly within each minute.
 */
export function siteArrivals(
  profile: Float64Array,
  share: number,
  lagMinutes: number,
): Float64Array {
  const cumulative = new Float64Array(MINUTES_PER_DAY + 1);
  for (let m = 0; m < MINUTES_PER_DAY; m++) cumulative[m + 1] = cumulative[m]! + profile[m]!;
  const enteredBy = (x: number): number => {
    if (x <= 0) return 0;
    if (x >= MINUTES_PER_DAY) return 1;
    const m = Math.floor(x);
    return cumulative[m]! + profile[m]! * (x - m);
  };
  const length = Math.ceil(MINUTES_PER_DAY + lagMinutes);
  const arrivals = new Float64Array(length);
  for (let j = 0; j < length; j++) {
    arrivals[j] = share * (enteredBy(j + 1 - lagMinutes) - enteredBy(j - lagMinutes));
  }
  return arrivals;
}

/**
 * Occupancy at grid instants 0, 1, … from minute arrivals `arrivals` and the stay kernel
 * (I_k = ∫_k^{k+1} survival): O[t] = Σ_j arrivals[j] · I[t − 1 − j], truncated to `maxLength`.
 */
export function convolveStay(
  arrivals: Float64Array,
  kernel: Float64Array,
  maxLength: number,
): Float64Array {
  const length = Math.min(arrivals.length + kernel.length, maxLength);
  const occupancy = new Float64Array(length);
  for (let j = 0; j < arrivals.length; j++) {
    const a = arrivals[j]!;
    if (a === 0) continue;
    const kEnd = Math.min(kernel.length, length - 1 - j);
    for (let k = 0; k < kEnd; k++) occupancy[j + 1 + k]! += a * kernel[k]!;
  }
  return occupancy;
}

/**
 * Builds the crowd model: the unit response of every site visitors use, up to `gridLength`
 * minutes after a day's 00:00 (the model needs no occupancy beyond the end of the run).
 * @throws Error when a crowd entry names an unknown site or the profile is empty.
 */
export function buildCrowdModel(crowd: Crowd, network: Network, gridLength: number): CrowdModel {
  const profile = entryProfile(crowd.arrivalProfile);
  const bySite = new Map<number, Float64Array>();
  for (const entry of crowd.sites) {
    const siteIndex = network.indexOf(entry.site);
    const arrivals = siteArrivals(profile, entry.share, entry.lagMinutes ?? 0);
    const kernel = stayKernel(entry.stay, gridLength);
    const response = convolveStay(arrivals, kernel, gridLength);
    const previous = bySite.get(siteIndex);
    bySite.set(siteIndex, previous ? addArrays(previous, response) : response);
  }
  return {
    sites: [...bySite].map(([siteIndex, unitResponse]) => ({
      siteIndex,
      unitResponse,
      unitDayMaxima: dayMaxima(unitResponse),
      unitIntegral: runningIntegral(unitResponse),
    })),
    visitorsPerDay: crowd.visitorsPerDay,
    demandCv: crowd.demandCv,
  };
}

/** The largest value over each day [1440k, 1440(k + 1)] of a grid series, ends included. */
function dayMaxima(series: Float64Array): Float64Array {
  const days = Math.ceil(series.length / MINUTES_PER_DAY);
  const maxima = new Float64Array(days);
  for (let k = 0; k < days; k++) {
    const end = Math.min((k + 1) * MINUTES_PER_DAY, series.length - 1);
    let max = 0;
    for (let t = k * MINUTES_PER_DAY; t <= end; t++) if (series[t]! > max) max = series[t]!;
    maxima[k] = max;
  }
  return maxima;
}

/** The trapezoid running integral of a grid series (exact for a series linear between points). */
function runningIntegral(series: Float64Array): Float64Array {
  const integral = new Float64Array(series.length);
  for (let t = 1; t < series.length; t++) {
    integral[t] = integral[t - 1]! + (series[t - 1]! + series[t]!) / 2;
  }
  return integral;
}

function addArrays(a: Float64Array, b: Float64Array): Float64Array {
  const sum = new Float64Array(Math.max(a.length, b.length));
  sum.set(a);
  for (let i = 0; i < b.length; i++) sum[i]! += b[i]!;
  return sum;
}
