/**
 * Whether responders can get where incidents happen. Links are undirected, so "can reach" is
 * "in the same connected part of the network", by road for officers in cars, by e-bike path for
 * officers on e-bikes, and on foot for officers on foot, platform staff and patrols. Sites with
 * visitors (crowd share > 0) are where incidents occur: each place a responder kind sends units
 * from (the registry's `reachOrigins`: an officer shift's base by its mode, a platform post on
 * foot) must reach each, and every stop of a walked loop (`walkedRoutes`: a volunteer patrol, a
 * shift of officers on a patrol route) too, on foot, and the next stop (and the first from the
 * last).
 */

import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../model/responder-kinds.js';
import type { FieldPath, FieldProblem } from './paths.js';
import type { PlanInput, ScenarioInput, TravelModeName } from './schema.js';
import { ebikeLinkMinutes } from './travel-modes.js';

type Mode = 'vehicle' | 'walk' | 'ebike';

/** The network a travel mode uses (officers on foot walk the paths). */
const NETWORK_OF: Readonly<Record<TravelModeName, Mode>> = {
  vehicle: 'vehicle',
  ebike: 'ebike',
  foot: 'walk',
};

/** The connected parts of the travel network for one mode: site id → part number. */
type Parts = ReadonlyMap<string, number>;

/** Checks the links themselves and that every responder can reach every site with visitors. */
export function checkReachability(input: ScenarioInput): FieldProblem[] {
  const siteIds = new Set(input.sites.map((site) => site.id));
  const problems = checkLinks(input.travel.links);
  // A link to an unknown site (reported by the reference checks) would make every path
  // through it look missing: judge reachability only on a network without such links.
  if (input.travel.links.some((link) => link.between.some((id) => !siteIds.has(id)))) {
    return problems;
  }
  const parts = {
    vehicle: connectedParts(input, 'vehicle'),
    walk: connectedParts(input, 'walk'),
    ebike: connectedParts(input, 'ebike'),
  };
  const crowdSites = input.crowd.sites
    .filter((entry) => entry.share > 0 && siteIds.has(entry.site))
    .map((entry) => entry.site);
  const unreachable = (from: string, mode: Mode): string[] =>
    crowdSites.filter((to) => parts[mode].get(to) !== parts[mode].get(from));
  for (const [i, plan] of input.plans.entries()) {
    problems.push(...checkPlan(plan, ['plans', i], siteIds, parts, unreachable));
  }
  return problems;
}

function checkLinks(links: ScenarioInput['travel']['links']): FieldProblem[] {
  return links.flatMap((link, i): FieldProblem[] => {
    const [a, b] = link.between;
    if (a === b) {
      return [
        {
          path: ['travel', 'links', i, 'between'],
          message: `the link joins "${a}" to itself; expected two different sites`,
        },
      ];
    }
    if (link.vehicle === undefined && link.walk === undefined) {
      return [
        {
          path: ['travel', 'links', i],
          message: `the link between "${a}" and "${b}" has neither vehicle nor walk minutes; give one or both`,
        },
      ];
    }
    return [];
  });
}

function checkPlan(
  plan: PlanInput,
  path: FieldPath,
  siteIds: ReadonlySet<string>,
  parts: Record<Mode, Parts>,
  unreachable: (from: string, mode: Mode) => string[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (from: string, mode: Mode, who: string, at: FieldPath): boolean => {
    if (!siteIds.has(from)) return false;
    const missed = unreachable(from, mode);
    if (missed.length === 0) return false;
    problems.push({ path: at, message: noPathMessage(`${who} "${from}"`, missed, mode) });
    return true;
  };
  for (const kind of RESPONDER_KIND_NAMES) {
    const { reachOrigins, walkedRoutes } = RESPONDER_KINDS[kind];
    for (const origin of reachOrigins(plan)) {
      report(origin.site, NETWORK_OF[origin.mode], origin.who, [...path, ...origin.path]);
    }
    for (const route of walkedRoutes(plan)) {
      checkRoute(route.who, route.stops, [...path, ...route.path]);
    }
  }
  return problems;

  /** Every stop of a walked loop reaches the visitors, and each leads to the next on foot. */
  function checkRoute(who: string, route: readonly string[], routePath: FieldPath): void {
    const stranded = route.map((stop, m) => report(stop, 'walk', `${who} stop`, [...routePath, m]));
    for (const [m, stop] of route.entries()) {
      const nextIndex = (m + 1) % route.length;
      const next = route[nextIndex]!;
      // A stop already reported as cut off from the visitors would only repeat that problem.
      if (stranded[m] || stranded[nextIndex] || !siteIds.has(stop) || !siteIds.has(next)) continue;
      if (parts.walk.get(stop) !== parts.walk.get(next)) {
        problems.push({
          path: [...routePath, m],
          message: `${who} cannot walk from stop "${stop}" to its next stop "${next}": no walking path (add links with walk minutes)`,
        });
      }
    }
  }
}

function noPathMessage(subject: string, missed: readonly string[], mode: Mode): string {
  const sites = missed.map((id) => `"${id}"`).join(', ');
  const how = {
    vehicle: 'no road leads there (add links with vehicle minutes)',
    walk: 'no walking path leads there (add links with walk minutes)',
    ebike: 'no e-bike path leads there (add links with ebike minutes, or travel.ebike)',
  }[mode];
  return `${subject} cannot reach ${sites}, where visitors are: ${how}`;
}

/**
 * Numbers each site by the connected part of the network it is in, using only links that can
 * be travelled in `mode` (union-find; sites are few).
 */
function connectedParts(input: ScenarioInput, mode: Mode): Parts {
  const parent = new Map(input.sites.map((site) => [site.id, site.id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  for (const link of input.travel.links) {
    const [a, b] = link.between;
    const minutes = mode === 'ebike' ? ebikeLinkMinutes(link, input.travel.ebike) : link[mode];
    if (minutes === undefined || !parent.has(a) || !parent.has(b)) continue;
    parent.set(root(a), root(b));
  }
  const numbers = new Map<string, number>();
  const parts = new Map<string, number>();
  for (const id of parent.keys()) {
    const r = root(id);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    parts.set(id, numbers.get(r)!);
  }
  return parts;
}
