/**
 * One replication's expected crowd: each day's visitor numbers (with day-level demand
 * uncertainty) applied to the scenario's unit responses. The occupancy at time t is
 * Σ_d visitors_d · unitResponse(t − 1440·d), evaluated when asked (one or two days contribute at
 * any moment), so a replication costs nothing per grid minute. Between grid instants the unit
 * response is linearly interpolated. The crowd is deterministic given the day totals (an
 * expectation, not a simulated crowd).
 */
import { compileSampler } from '../rng/distribution.js';
import type { RandomStream } from '../rng/stream.js';
import { MINUTES_PER_DAY } from '../scenario/clock.js';
import type { CrowdModel, CrowdSiteModel } from './crowd.js';
import type { OccupancyRecord } from './records.js';

/** Read once: hot loops below would otherwise go through the import binding on every use. */
const DAY = MINUTES_PER_DAY;

/**
 * Expected visitors present at each site over time, for one replication.
 *
 * @example
 * ```ts
 * const occupancy = expectedOccupancy(model.crowd, siteCount, [20000, 25000], model.runLimit);
 * occupancy.at(lotIndex, 600); // expected visitors at the lot at 10:00 on day 1
 * ```
 */
export class Occupancy {
  /** Crowd data by site index; undefined for sites visitors do not use (occupancy 0). */
  private readonly bySite: readonly (CrowdSiteModel | undefined)[];

  constructor(
    sites: readonly CrowdSiteModel[],
    siteCount: number,
    /** Visitors entering on each day. */
    private readonly visitors: readonly number[],
    /** Times after this read as this time (the model needs nothing later). */
    private readonly limit: number,
  ) {
    const bySite: (CrowdSiteModel | undefined)[] = new Array(siteCount).fill(undefined);
    for (const site of sites) bySite[site.siteIndex] = site;
    this.bySite = bySite;
  }

  /** Whether visitors use the site at all. */
  hasCrowd(site: number): boolean {
    return this.bySite[site] !== undefined;
  }

  /** Expected visitors at `site` at time `t` ≥ 0. */
  at(site: number, t: number): number {
    const crowd = this.bySite[site];
    if (crowd === undefined) return 0;
    const time = Math.min(t, this.limit);
    const response = crowd.unitResponse;
    const last = response.length - 1;
    let sum = 0;
    for (let d = Math.min(Math.floor(time / DAY), this.visitors.length - 1); d >= 0; d--) {
      const x = time - d * DAY;
      if (x > last) break; // earlier days contribute nothing either
      const i = Math.floor(x);
      const below = response[i]!;
      const value = i === last ? below : below + (response[i + 1]! - below) * (x - i);
      sum += this.visitors[d]! * value;
    }
    return sum;
  }

  /**
   * An upper bound of the occupancy of `site` over day `day` (0-based), ends included: each
   * contributing day's visitors times the unit response's largest value over that stretch.
   * Equal to the maximum when one day's visitors fill the site, as is usual.
   */
  dayUpperBound(site: number, day: number): number {
    const crowd = this.bySite[site];
    if (crowd === undefined) return 0;
    const maxima = crowd.unitDayMaxima;
    let bound = 0;
    for (let k = 0; k < maxima.length && k <= day; k++) {
      bound += (this.visitors[day - k] ?? 0) * maxima[k]!;
    }
    return bound;
  }

  /** Mean expected occupancy of `site` over [from, to), whole minutes within the limit. */
  meanOver(site: number, from: number, to: number): number {
    const crowd = this.bySite[site];
    if (crowd === undefined || to <= from) return 0;
    const integral = crowd.unitIntegral;
    const last = integral.length - 1;
    let sum = 0;
    for (let d = Math.min(Math.floor(to / DAY), this.visitors.length - 1); d >= 0; d--) {
      const start = from - d * DAY;
      if (start >= last) break; // earlier days contribute nothing either
      const end = to - d * DAY;
      const upTo = end <= 0 ? 0 : integral[Math.min(end, last)]!;
      const before = start <= 0 ? 0 : integral[start]!;
      sum += this.visitors[d]! * (upTo - before);
    }
    return sum / (to - from);
  }
}

/**
 * The day-level demand multipliers of one replication: one draw per day, in day order, from the
 * replication's `demand` stream, of a lognormal of mean 1 and the crowd's `demandCv` (all 1 when
 * demandCv is 0).
 */
export function sampleDemandMultipliers(crowd: CrowdModel, demand: RandomStream): number[] {
  if (crowd.demandCv === 0) return crowd.visitorsPerDay.map(() => 1);
  const multiplier = compileSampler({ dist: 'lognormal', mean: 1, cv: crowd.demandCv });
  return crowd.visitorsPerDay.map(() => multiplier(demand));
}

/** Visitors entering on each day: the scenario's number for the day times its multiplier. */
export function dayVisitors(crowd: CrowdModel, multipliers: readonly number[]): number[] {
  return crowd.visitorsPerDay.map((visitors, day) => visitors * multipliers[day]!);
}

/**
 * The expected occupancy for the given day totals:
 * O_i(t) = Σ_d visitors[d] · unitResponse_i(t − 1440·d), for times up to `limit`.
 */
export function expectedOccupancy(
  crowd: CrowdModel,
  siteCount: number,
  visitorsPerDay: readonly number[],
  limit: number,
): Occupancy {
  return new Occupancy(crowd.sites, siteCount, visitorsPerDay, limit);
}

/**
 * Occupancy records: for each site visitors use (in site order), the mean expected occupancy
 * over consecutive intervals of `intervalMinutes` from 0 to the horizon (the last interval is
 * shorter when the horizon is not a multiple of the interval).
 */
export function occupancyRecords(
  occupancy: Occupancy,
  siteIds: readonly string[],
  intervalMinutes: number,
  horizon: number,
): OccupancyRecord[] {
  const records: OccupancyRecord[] = [];
  siteIds.forEach((site, index) => {
    if (!occupancy.hasCrowd(index)) return;
    for (let start = 0; start < horizon; start += intervalMinutes) {
      const end = Math.min(start + intervalMinutes, horizon);
      records.push({ site, start, occupancy: occupancy.meanOver(index, start, end) });
    }
  });
  return records;
}
