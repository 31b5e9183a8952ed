/**
 * Travel times at a moment of the simulation. A vehicle trip from a to b started at time t takes
 *
 *   shortest(a, b) × hourFactor(t) × (1 + crowding × max(0, O_b(t)/capacity_b − 1)) × variation
 *
 * where hourFactor is the largest congestion factor whose period covers t (1 if none), O_b the
 * expected crowd at the destination, and variation the incident's own multiplier (the same for
 * every trip to that incident). An e-bike trip is
 *
 *   shortestEbike(a, b) × (1 + crowding × max(0, O_b(t)/capacity_b − 1)) × variation
 *
 * (crowds near a full site slow e-bikes as they slow cars; road congestion by hour does not: an
 * e-bike filters past queuing traffic). A walking trip is shortest walk × variation: crowds and
 * traffic do not slow walkers (an officer on foot moves through a crowd at the visitors' pace,
 * which the walk minutes already are). Choosing "the nearest" uses the same times: the variation
 * multiplies every candidate alike, so it never changes which is nearest.
 */

import { dailyWindow, isWithinWindow, MINUTES_PER_DAY } from '../scenario/clock.js';
import type { TravelModeName } from '../scenario/schema.js';
import type { Scenario } from '../scenario/types.js';
import type { Network } from './network.js';
import type { Occupancy } from './occupancy.js';

/** Plan- and replication-independent travel settings. */
export interface TravelSettings {
  /** Congestion factor for each minute of the day (index = minute since midnight). */
  readonly hourFactors: Float64Array;
  /** The crowding coefficient (0 = crowds do not slow vehicles). */
  readonly crowding: number;
  /** Capacity by site index; NaN where the site has none (no crowding slow-down there). */
  readonly capacities: Float64Array;
  /** Coefficient of variation of a trip's time (0 = none). */
  readonly variationCv: number;
}

/**
 * The congestion factor of each minute of the day: the largest factor whose period covers it,
 * 1 where none does.
 * @example congestionByMinute([{ from: '08:00', to: '09:00', factor: 1.5 }])[480] // 1.5
 */
export function congestionByMinute(
  byHour: readonly { readonly from: string; readonly to: string; readonly factor: number }[],
): Float64Array {
  const factors = new Float64Array(MINUTES_PER_DAY).fill(1);
  for (const period of byHour) {
    const window = dailyWindow({ start: period.from, end: period.to });
    for (let m = 0; m < MINUTES_PER_DAY; m++) {
      if (isWithinWindow(window, m) && period.factor > factors[m]!) factors[m] = period.factor;
    }
  }
  return factors;
}

/** Reads the scenario's travel section into {@link TravelSettings}. */
export function travelSettings(scenario: Scenario, network: Network): TravelSettings {
  const capacities = new Float64Array(network.size).fill(Number.NaN);
  for (const site of scenario.sites) {
    if (site.capacity !== undefined) capacities[network.indexOf(site.id)] = site.capacity;
  }
  return {
    hourFactors: congestionByMinute(scenario.travel.congestion?.byHour ?? []),
    crowding: scenario.travel.congestion?.crowding ?? 0,
    capacities,
    variationCv: scenario.travel.variation?.cv ?? 0,
  };
}

/**
 * The vehicle slow-down from crowds at the destination: 1 + crowding × max(0, load − 1), where
 * load = occupancy / capacity.
 */
export function crowdingSlowdown(crowding: number, occupancy: number, capacity: number): number {
  return 1 + crowding * Math.max(0, occupancy / capacity - 1);
}

/**
 * Travel time to C from a point a fraction `f` of the way from A to B (a responder heading back
 * to base, or a patrol between stops): (1 − f)·time(A, C) + f·time(B, C). A documented
 * approximation: the true time depends on where the road goes, which the network does not
 * describe inside a link.
 * @example interpolatedTime(0.25, 8, 4) // 7
 */
export function interpolatedTime(fraction: number, fromStart: number, fromEnd: number): number {
  if (fraction <= 0) return fromStart;
  if (fraction >= 1) return fromEnd;
  return (1 - fraction) * fromStart + fraction * fromEnd;
}

/**
 * Travel times during one replication (they depend on its crowd).
 *
 * @example
 * ```ts
 * const travel = new Travel(network, settings, occupancy);
 * travel.vehicle(station, lot, 600); // minutes by car at 10:00 on day 1, before variation
 * ```
 */
export class Travel {
  constructor(
    private readonly network: Network,
    private readonly settings: TravelSettings,
    private readonly occupancy: Occupancy,
  ) {}

  /** Minutes by vehicle from `a` to `b` for a trip started at `t`, before the trip's variation. */
  vehicle(a: number, b: number, t: number): number {
    const shortest = this.network.vehicle(a, b);
    if (shortest === 0 || shortest === Number.POSITIVE_INFINITY) return shortest;
    const { hourFactors } = this.settings;
    return this.slowedByCrowd(shortest * hourFactors[Math.floor(t) % hourFactors.length]!, b, t);
  }

  /** Minutes by e-bike from `a` to `b` for a trip started at `t`, before the trip's variation. */
  ebike(a: number, b: number, t: number): number {
    const shortest = this.network.ebike(a, b);
    if (shortest === 0 || shortest === Number.POSITIVE_INFINITY) return shortest;
    return this.slowedByCrowd(shortest, b, t);
  }

  /** Minutes from `a` to `b` by `mode` for a trip started at `t`, before the trip's variation. */
  byMode(mode: TravelModeName, a: number, b: number, t: number): number {
    if (mode === 'vehicle') return this.vehicle(a, b, t);
    if (mode === 'ebike') return this.ebike(a, b, t);
    return this.walk(a, b);
  }

  /** `minutes` stretched by the crowd at destination `b` at time `t`. */
  private slowedByCrowd(minutes: number, b: number, t: number): number {
    const { crowding, capacities } = this.settings;
    const capacity = capacities[b]!;
    if (crowding > 0 && capacity > 0) {
      return minutes * crowdingSlowdown(crowding, this.occupancy.at(b, t), capacity);
    }
    return minutes;
  }

  /** Minutes on foot from `a` to `b`, before the trip's variation. */
  walk(a: number, b: number): number {
    return this.network.walk(a, b);
  }
}
