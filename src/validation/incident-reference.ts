/**
 * The expected number of incidents, from the reference occupancy and the scenario's rates,
 * written out here from the model's definition (docs/model.md) rather than taken from the
 * model's code:
 *
 *   λ_ik(t) = rate_k / 1000 / 60 × siteKinds_k[kind_i] × sites_k[i] × O_i(t) × crowdFactor,
 *   crowdFactor = (load / threshold)^exponent when load = O_i(t) / capacity_i > threshold, else 1.
 *
 * The incidents of a Poisson process in a window number ∫ λ(t) dt on average, whatever the
 * shape of λ, so simulated counts check the crowd, the rates, the crowding effect and the
 * thinning together.
 */
import { ownValue } from '../scenario/own-keys.js';
import type { IncidentType, Scenario, Site } from '../scenario/types.js';
import type { TimeSpan } from '../stats/time-spans.js';
import {
  averageBySimpson,
  type SiteOccupancyReference,
  siteOccupancyReference,
} from './occupancy-reference.js';

/** The reference incident rate of one site. */
interface SiteRates {
  readonly occupancy: SiteOccupancyReference;
  /** For each incident type id at the site, λ as a function of the occupancy. */
  readonly byType: readonly { readonly type: string; readonly rate: (o: number) => number }[];
}

/** Expected incident rates and counts for a scenario. */
export interface IncidentReference {
  /** λ(t), incidents a minute over every site, of one type or (without `type`) of all. */
  rateAt(t: number, type?: string): number;
  /** ∫ λ(t) dt over the window: the expected number of incidents that occur in it. */
  expectedCount(window: TimeSpan, type?: string): number;
}

/**
 * The reference incident rates of a scenario.
 *
 * @throws StayNotSupportedError when a stay has no closed-form survival function.
 * @example
 * ```ts
 * incidentReference(scenario).expectedCount({ start: 480, end: 720 }, 'crush');
 * ```
 */
export function incidentReference(scenario: Scenario): IncidentReference {
  const siteIds = [...new Set(scenario.crowd.sites.map((entry) => entry.site))];
  const sites: SiteRates[] = siteIds.map((id) => {
    const site = scenario.sites.find((s) => s.id === id);
    if (site === undefined) throw new Error(`crowd entry names unknown site "${id}"`);
    return {
      occupancy: siteOccupancyReference(scenario, id),
      byType: scenario.incidentTypes.map((type) => ({
        type: type.id,
        rate: incidentRateOfOccupancy(site, type),
      })),
    };
  });
  const rateAt = (t: number, type?: string): number =>
    sites.reduce((sum, site) => {
      const o = site.occupancy.at(t);
      return (
        sum +
        site.byType.reduce(
          (inner, entry) =>
            type === undefined || entry.type === type ? inner + entry.rate(o) : inner,
          0,
        )
      );
    }, 0);
  return {
    rateAt,
    expectedCount: (window, type) =>
      averageBySimpson((t) => rateAt(t, type), window.start, window.end) *
      (window.end - window.start),
  };
}

/**
 * λ of one incident type at one site as a function of the site's occupancy o (incidents a
 * minute), following the model's definition in the module notes.
 *
 * @example incidentRateOfOccupancy(site, type)(1000) // rate_k / 60 when no multiplier applies
 */
export function incidentRateOfOccupancy(site: Site, type: IncidentType): (o: number) => number {
  const perVisitorMinute =
    (type.rate / 1000 / 60) *
    (ownValue(type.siteKinds, site.kind) ?? 1) *
    (ownValue(type.sites, site.id) ?? 1);
  const { crowding } = type;
  const { capacity } = site;
  return (o) => {
    if (crowding === undefined || capacity === undefined) return perVisitorMinute * o;
    const load = o / capacity;
    const factor = load > crowding.threshold ? (load / crowding.threshold) ** crowding.exponent : 1;
    return perVisitorMinute * o * factor;
  };
}
