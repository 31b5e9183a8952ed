/**
 * Who answers an incident that needs no officers when an officer car, a platform post or a
 * patrol may handle it: under `nearest`, the nearest free one. For the hypercube approximation
 * only the cars are units, so what matters is the share of such incidents a car answers first.
 *
 * A car goes unless some unit of another kind is both free and nearer. A post's staff are
 * nearer or not (fixed posts); a patrol team is taken to be at a stop of its route chosen at
 * random, so it is nearer with the share of its stops that are. Each pool's units are free with
 * probability 1 − ρ, its load ρ coming from the incidents it answers, which depend on ρ in turn:
 * a fixed point, found by iteration. Ties go to the car (the model keeps the first of equals,
 * and cars come first in its list of responders).
 */

/** Responders of another kind than cars that may answer first: one post, or one patrol. */
export interface OtherPool {
  /** Units in the pool (staff at the post, teams on the patrol). */
  readonly units: number;
  /** The chance that one unit of the pool is nearer to `site` than a car `drive` minutes away. */
  readonly nearerThanCar: (site: number, drive: number) => number;
}

/** A stream of incidents needing no officers, at one site, that a car may answer. */
export interface FirstResponseDemand {
  readonly site: number;
  /** Incidents a minute. */
  readonly perMinute: number;
  /** The car's minutes to the site. */
  readonly drive: number;
  /** Minutes a unit of another pool is committed per incident it answers. */
  readonly busyMinutes: number;
  /** Indices of the pools that may answer it. */
  readonly pools: readonly number[];
}

/** The largest load a pool is given: a pool that would be overloaded is nearly always busy. */
const MAX_POOL_LOAD = 0.99;
/** Iterations of the fixed point (it settles within a few tens at any load). */
const ITERATIONS = 200;

/**
 * For each demand, the share of its incidents whose first responder is a car.
 *
 * @example
 * ```ts
 * // One post whose single staff member is nearer than the car, answering 1 incident an hour
 * // of 30 minutes: it is busy a third of the time (ρ = 0.5·(1 − ρ) → 1/3), so cars get 1/3.
 * carFirstShares([{ site: 0, perMinute: 1 / 60, drive: 5, busyMinutes: 30, pools: [0] }],
 *   [{ units: 1, nearerThanCar: () => 1 }]); // [0.333…]
 * ```
 */
export function carFirstShares(
  demands: readonly FirstResponseDemand[],
  pools: readonly OtherPool[],
): number[] {
  const nearer = demands.map((d) => d.pools.map((p) => pools[p]!.nearerThanCar(d.site, d.drive)));
  let loads = pools.map(() => 0);
  let shares = demands.map(() => 1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const work = pools.map(() => 0);
    shares = demands.map((demand, d) => {
      // q: the chance that one given unit of the pool is free and nearer than the car.
      const q = demand.pools.map((p, i) => nearer[d]![i]! * (1 - loads[p]!));
      const carShare = demand.pools.reduce((s, p, i) => s * (1 - q[i]!) ** pools[p]!.units, 1);
      const weights = demand.pools.map((p, i) => pools[p]!.units * q[i]!);
      const total = weights.reduce((s, w) => s + w, 0);
      demand.pools.forEach((p, i) => {
        if (total > 0) {
          work[p]! +=
            ((demand.perMinute * (1 - carShare) * weights[i]!) / total) * demand.busyMinutes;
        }
      });
      return carShare;
    });
    // Damped, so that a heavily loaded pool does not swing between busy and free.
    loads = pools.map((pool, p) => {
      const target = Math.min(MAX_POOL_LOAD, work[p]! / pool.units);
      return (loads[p]! + target) / 2;
    });
  }
  return shares;
}
