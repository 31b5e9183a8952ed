/**
 * Whether a response standard can be met at a site at all under a plan: the fastest arrival
 * that any responder able to satisfy the standard could make there, at free-flow speed (no
 * congestion, no variation, nobody busy), from the standard's clock start. Each kind's units set
 * off as the registry's `deployments` say (officers by their shift's mode from its base, platform
 * staff on foot from their post, patrol teams on foot from the nearest stop of their route, as in
 * the model); only responders on duty at some time of the hour count.
 * The clock start adds what no plan avoids: from the alert, the station's decision time; from
 * the occurrence, the decision time too (detection may take no time at all, so it adds
 * nothing). When even this fastest arrival exceeds the target, the standard is *unreachable*
 * there: no number of officers fixes it, only where they are based. Otherwise a shortfall is a
 * matter of capacity (docs/statistics.md, "Where and when a standard fails").
 */

import type { Network } from '../model/network.js';
import { fieldedGroups, RESPONDER_KIND_NAMES } from '../model/responder-kinds.js';
import { dailyWindow, isWithinWindow } from '../scenario/clock.js';
import type { ResponseStandard, StandardResponderKind } from '../scenario/standards.js';
import type { Plan } from '../scenario/types.js';
import { TARGET_SLACK_MINUTES } from '../stats/incident-measures.js';
import { targetMinutesAt } from '../stats/standards.js';

/** The minutes of an hour at which duty is checked (on duty at any of them counts). */
const CHECK_MINUTES = [0, 15, 30, 45, 59] as const;

/**
 * The fastest possible arrival at `site` for the standard under the plan, in minutes from the
 * standard's clock start, during hour-of-day `hour` (0–23) or any hour when null; Infinity when
 * no responder able to satisfy it is on duty or can get there.
 *
 * @example
 * ```ts
 * fastestArrival(network, plan, standard, 'bailong-upper', null, 0.5); // e.g. 5.2
 * ```
 */
export function fastestArrival(
  network: Network,
  plan: Plan,
  standard: ResponseStandard,
  site: string,
  hour: number | null,
  dispatchMinutes: number,
): number {
  const target = network.indexOf(site);
  const kinds = kindsOf(standard);
  const onDuty = (hours: { start: string; end: string }) =>
    hour === null || CHECK_MINUTES.some((m) => isWithinWindow(dailyWindow(hours), hour * 60 + m));
  const travel: number[] = [];
  for (const kind of kinds) {
    for (const group of fieldedGroups(plan, kind).filter((g) => onDuty(g.hours))) {
      travel.push(
        ...group.from.map((from) => network.byMode(group.mode, network.indexOf(from), target)),
      );
    }
  }
  const fastest = Math.min(Number.POSITIVE_INFINITY, ...travel);
  return standard.from === 'decision' ? fastest : fastest + dispatchMinutes;
}

/** Whether even the fastest arrival misses the standard's target at the site. */
export function isUnreachable(standard: ResponseStandard, site: string, fastest: number): boolean {
  return fastest > targetMinutesAt(standard, site) + TARGET_SLACK_MINUTES;
}

/** The responder kinds that can satisfy a standard (officers only, for `arrive: officers`). */
function kindsOf(standard: ResponseStandard): readonly StandardResponderKind[] {
  const { arrive } = standard;
  if (arrive.who === 'officers') return ['officer'];
  return arrive.kinds ?? RESPONDER_KIND_NAMES;
}
