/**
 * Which sites a plan's platforms cover, by the model's own rule (model/post-coverage.ts), and
 * the scenario's walking links with coordinates, from which the map derives its walking speed.
 */
import { scenarioNetwork } from '../../model/network.js';
import { coveringPostsBySite } from '../../model/post-coverage.js';
import type { Plan, Scenario } from '../../scenario/types.js';
import type { WalkLeg } from '../charts/map-geometry.js';

/**
 * Ids of the sites within walking coverage of at least one of the plan's platform posts.
 *
 * @example coveredSites(scenario, plan).has('mihuntai') // true when a post is close enough
 */
export function coveredSites(scenario: Scenario, plan: Plan): Set<string> {
  const network = scenarioNetwork(scenario);
  const posts = plan.platforms.map((post) => ({
    site: network.indexOf(post.site),
    coverageMinutes: post.coverageMinutes,
  }));
  const covering = coveringPostsBySite(network, posts);
  return new Set(network.siteIds.filter((_, site) => covering[site]!.length > 0));
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
