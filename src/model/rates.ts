/**
 * Incident rates. Incidents of type k at site i arrive at the rate (per minute)
 *
 *   λ_ik(t) = rate_k / 1000 / 60 × siteKinds_k[kind(i)] × sites_k[i] × O_i(t) × crowdFactor,
 *
 * rate_k being per 1,000 visitor-hours, O_i the expected crowd, and crowdFactor =
 * (load/threshold)^exponent when load = O_i/capacity_i exceeds the type's threshold, else 1 (no
 * crowding term when the type has no crowding effect or the site no capacity). A multiplier the
 * type does not give for a site kind or site is 1. Sites visitors do not use have no incidents.
 */
import { ownValue } from '../scenario/own-keys.js';
import type { Scenario } from '../scenario/types.js';
import type { Network } from './network.js';

/** One (site, type) pair that can produce incidents. */
export interface IncidentSource {
  readonly siteIndex: number;
  readonly typeIndex: number;
  /** Incidents per visitor-minute at the site before the crowding effect. */
  readonly perVisitorMinute: number;
  /** Capacity of the site; NaN when none (no crowding effect). */
  readonly capacity: number;
  /** Load above which the crowding effect applies; NaN when none. */
  readonly threshold: number;
  readonly exponent: number;
  /** Random stream names: candidate arrivals, and the incident's own draws. */
  readonly arrivalsStream: string;
  readonly incidentStream: string;
}

/**
 * The crowding effect on an incident rate at load = occupancy / capacity.
 * @example crowdFactor(1.5, 1, 2) // 2.25
 */
export function crowdFactor(load: number, threshold: number, exponent: number): number {
  return load > threshold ? (load / threshold) ** exponent : 1;
}

/** λ(t) of a source given the expected occupancy of its site at t. */
export function incidentRate(source: IncidentSource, occupancy: number): number {
  // A NaN threshold or capacity makes the load comparison false: no crowding effect.
  const factor = crowdFactor(occupancy / source.capacity, source.threshold, source.exponent);
  return source.perVisitorMinute * occupancy * factor;
}

/**
 * Every (site, type) pair with a positive rate at a site visitors use, in site order then type
 * order (the order in which incident streams are created).
 */
export function incidentSources(
  scenario: Scenario,
  network: Network,
  crowdSites: readonly number[],
): IncidentSource[] {
  const crowded = new Set(crowdSites);
  const sources: IncidentSource[] = [];
  scenario.sites.forEach((site) => {
    const siteIndex = network.indexOf(site.id);
    if (!crowded.has(siteIndex)) return;
    scenario.incidentTypes.forEach((type, typeIndex) => {
      const perVisitorMinute =
        (type.rate / 1000 / 60) *
        (ownValue(type.siteKinds, site.kind) ?? 1) *
        (ownValue(type.sites, site.id) ?? 1);
      if (!(perVisitorMinute > 0)) return;
      sources.push({
        siteIndex,
        typeIndex,
        perVisitorMinute,
        capacity: site.capacity ?? Number.NaN,
        threshold: type.crowding?.threshold ?? Number.NaN,
        exponent: type.crowding?.exponent ?? 0,
        arrivalsStream: `arrivals/${site.id}/${type.id}`,
        incidentStream: `incident/${site.id}/${type.id}`,
      });
    });
  });
  return sources;
}
