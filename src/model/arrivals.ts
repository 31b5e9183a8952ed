/**
 * Incident arrivals of one (site, type): a non-homogeneous Poisson process generated lazily by
 * thinning (Lewis–Shedler). Candidates come at a constant bound rate λmax, and a candidate at t
 * is kept with probability λ(t)/λmax. The bound is the day's maximum of λ (one per day keeps
 * rejections few when the crowd differs between days; any upper bound keeps thinning exact); a candidate falling past the day's end is
 * dropped and generation restarts at the boundary with the next day's bound, which is exact
 * because the exponential gap is memoryless. Only the next accepted arrival is ever produced, so
 * a stream holds one pending event whatever the horizon.
 */
import type { RandomStream } from '../rng/stream.js';
import { MINUTES_PER_DAY } from '../scenario/clock.js';
import type { Occupancy } from './occupancy.js';
import { type IncidentSource, incidentRate } from './rates.js';

/** Read once: the candidate loop would otherwise go through the import binding each time. */
const DAY = MINUTES_PER_DAY;

/**
 * The arrival times of one incident source in one replication.
 *
 * @example
 * ```ts
 * const arrivals = new ThinnedArrivals(source, occupancy, horizon, streamFor(seed, rep, source.arrivalsStream));
 * let t = arrivals.next(0); // first incident time, or Infinity when none before the horizon
 * ```
 */
export class ThinnedArrivals {
  /** λmax for each day. */
  private readonly dayBounds: Float64Array;

  constructor(
    private readonly source: IncidentSource,
    private readonly occupancy: Occupancy,
    private readonly horizon: number,
    private readonly stream: RandomStream,
  ) {
    const days = Math.ceil(horizon / MINUTES_PER_DAY);
    this.dayBounds = new Float64Array(days);
    for (let d = 0; d < days; d++) {
      // λ rises with occupancy (the crowding exponent is not negative), so λ at a bound of the
      // day's occupancy bounds λ over the day.
      this.dayBounds[d] = incidentRate(source, occupancy.dayUpperBound(source.siteIndex, d));
    }
  }

  /** The rate of this source at time t. */
  rateAt(t: number): number {
    return incidentRate(this.source, this.occupancy.at(this.source.siteIndex, t));
  }

  /** The first arrival after `t`, or Infinity when there is none before the horizon. */
  next(t: number): number {
    let time = t;
    while (time < this.horizon) {
      const day = Math.floor(time / DAY);
      const dayEnd = Math.min((day + 1) * DAY, this.horizon);
      const bound = this.dayBounds[day]!;
      if (bound === 0) {
        time = dayEnd;
        continue;
      }
      const candidate = time + this.stream.exponential(1 / bound);
      if (candidate >= dayEnd) {
        time = dayEnd;
        continue;
      }
      time = candidate;
      if (this.stream.uniform() * bound < this.rateAt(candidate)) return candidate;
    }
    return Number.POSITIVE_INFINITY;
  }
}
