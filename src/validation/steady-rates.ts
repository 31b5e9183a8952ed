/**
 * Incident rates once a constant crowd has settled: each site's occupancy is then
 * (visitors a minute) × share × E[stay] (Little's law for the M/G/∞ crowd), and its incident
 * rate follows from the scenario's rates. The steady-state references (Erlang C, hypercube)
 * take their arrival rates from here.
 */
import type { Scenario } from '../scenario/types.js';
import { incidentRateOfOccupancy } from './incident-reference.js';
import { closedFormStay } from './occupancy-reference.js';

/** The settled incident rate of one site. */
export interface SiteRate {
  readonly site: string;
  /** Expected visitors present once settled. */
  readonly occupancy: number;
  /** Incidents a minute, every type together. */
  readonly perMinute: number;
}

/**
 * The settled incident rate of each site visitors use, in the order of the scenario's sites.
 * The caller checks that the crowd is constant (see `constantCrowdProblems`): this takes the
 * first day's visitors as every day's.
 *
 * @throws StayNotSupportedError for a stay without a closed-form survival function.
 * @example steadyIncidentRates(scenario) // [{ site: 'plaza', occupancy: 1000, perMinute: 0.06 }]
 */
export function steadyIncidentRates(scenario: Scenario): SiteRate[] {
  const entriesPerMinute = scenario.crowd.visitorsPerDay[0]! / 1440;
  return scenario.sites.flatMap((site) => {
    const entries = scenario.crowd.sites.filter((entry) => entry.site === site.id);
    if (entries.length === 0) return [];
    const occupancy = entries.reduce(
      (sum, entry) => sum + entriesPerMinute * entry.share * closedFormStay(entry.stay).mean!,
      0,
    );
    const perMinute = scenario.incidentTypes.reduce(
      (sum, type) => sum + incidentRateOfOccupancy(site, type)(occupancy),
      0,
    );
    return [{ site: site.id, occupancy, perMinute }];
  });
}
