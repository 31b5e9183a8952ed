/**
 * The coverage rule of platform posts: a post covers a site when the shortest walk from the
 * post to the site takes at most its `coverageMinutes`. The model (detection, platform-first
 * dispatch) and the report's map both read it from here.
 */
import type { Network } from './network.js';

/** A post's site index and coverage radius in walking minutes. */
export interface CoveringPost {
  readonly site: number;
  readonly coverageMinutes: number;
}

/**
 * For each site index, the indices of the posts whose coverage includes it.
 * @example coveringPostsBySite(network, [{ site: lot, coverageMinutes: 10 }])[lot] // [0]
 */
export function coveringPostsBySite(network: Network, posts: readonly CoveringPost[]): number[][] {
  return network.siteIds.map((_, site) =>
    posts.flatMap((post, p) => (network.walk(post.site, site) <= post.coverageMinutes ? [p] : [])),
  );
}
