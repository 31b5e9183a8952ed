/**
 * Which sites a plan's platforms cover, by the model's own rule (walking minutes along the
 * paths from the post at most its coverage minutes: model/plan-model.ts), and the scenario's
 * walking links with coordinates, from which the map derives its walking speed.
 */
import { scenarioNetwork } from '../model/network.js';
import type { Plan, Scenario } from '../scenario/types.js';
import type { WalkLeg } from './map-geometry.js';

/**
 * Ids of the sites within walking coverage of at least one of the plan's platform posts.
 *
 * @example coveredSites(scenario, plan).has('mihuntai') // true when a post is close enough
 */
export function coveredSites(scenario: Scenario, plan: Plan): Set<string> {
  const network = scenarioNetwork(scenario);
  const covered = new Set<string>();
  for (const post of plan.platforms) {
    const from = network.indexOf(post.site);
    for (const site of scenario.sites) {
      if (network.walk(from, network.indexOf(site.id)) <= post.coverageMinutes)
        covered.add(site.id);
    }
  }
  return covered;
}

/** The scenario's walking links whose two sites both have coordinates. */
export function walkLegs(scenario: Scenario): WalkLeg[] {
  const byId = new Map(scenario.sites.map((s) => [s.id, s]));
  return scenario.travel.links.flatMap((link) => {
    const [a, b] = link.between.map((id) => byId.get(id));
    if (link.walk === undefined || a?.lat === undefined || a.lon === undefined) return [];
    if (b?.lat === undefined || b.lon === undefined) return [];
    return [
      { from: { lat: a.lat, lon: a.lon }, to: { lat: b.lat, lon: b.lon }, minutes: link.walk },
    ];
  });
}
