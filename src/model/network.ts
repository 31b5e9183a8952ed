/**
 * The travel network: sites joined by undirected links, each with optional minutes by vehicle,
 * on foot and by e-bike. A link without e-bike minutes takes them from another mode's minutes
 * times a factor when the scenario says so (`travel.ebike`), and has no e-bike path otherwise.
 * Shortest times between every pair of sites are computed once per scenario (Floyd–Warshall,
 * separately per mode; scenarios have tens of sites, so n³ is nothing), and looked up by site
 * index in the hot path.
 */
import type { TravelModeName } from '../scenario/schema.js';
import { type EbikeDerivation, ebikeLinkMinutes } from '../scenario/travel-modes.js';
import type { Scenario } from '../scenario/types.js';

/** A link as the scenario gives it. */
export interface NetworkLink {
  readonly between: readonly [string, string];
  readonly vehicle?: number | undefined;
  readonly walk?: number | undefined;
  readonly ebike?: number | undefined;
}

/**
 * Shortest travel times between sites, by index. `Infinity` means no path.
 *
 * @example
 * ```ts
 * const net = buildNetwork(['station', 'lot'], [{ between: ['station', 'lot'], vehicle: 4 }]);
 * net.vehicle(net.indexOf('station'), net.indexOf('lot')); // 4
 * ```
 */
export class Network {
  /** Site ids, in index order. */
  readonly siteIds: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly vehicleMinutes: Float64Array;
  private readonly walkMinutes: Float64Array;
  private readonly ebikeMinutes: Float64Array;

  constructor(
    siteIds: readonly string[],
    vehicleMinutes: Float64Array,
    walkMinutes: Float64Array,
    ebikeMinutes: Float64Array,
  ) {
    this.siteIds = siteIds;
    this.index = new Map(siteIds.map((id, i) => [id, i]));
    this.vehicleMinutes = vehicleMinutes;
    this.walkMinutes = walkMinutes;
    this.ebikeMinutes = ebikeMinutes;
  }

  /** Number of sites. */
  get size(): number {
    return this.siteIds.length;
  }

  /**
   * Index of a site id.
   * @throws Error when the site is unknown.
   */
  indexOf(siteId: string): number {
    const i = this.index.get(siteId);
    if (i === undefined) throw new Error(`unknown site "${siteId}"`);
    return i;
  }

  /** Shortest minutes by vehicle from site `a` to site `b` (indices), without congestion. */
  vehicle(a: number, b: number): number {
    return this.vehicleMinutes[a * this.siteIds.length + b]!;
  }

  /** Shortest minutes on foot from site `a` to site `b` (indices). */
  walk(a: number, b: number): number {
    return this.walkMinutes[a * this.siteIds.length + b]!;
  }

  /** Shortest minutes by e-bike from site `a` to site `b` (indices). */
  ebike(a: number, b: number): number {
    return this.ebikeMinutes[a * this.siteIds.length + b]!;
  }

  /** Shortest minutes from `a` to `b` travelling by `mode` (foot is the walking network). */
  byMode(mode: TravelModeName, a: number, b: number): number {
    if (mode === 'vehicle') return this.vehicle(a, b);
    if (mode === 'ebike') return this.ebike(a, b);
    return this.walk(a, b);
  }
}

/**
 * The network of a scenario's sites (in scenario order) and travel links.
 *
 * @example scenarioNetwork(scenario).walk(0, 1) // minutes on foot from the first site to the second
 */
export function scenarioNetwork(scenario: Pick<Scenario, 'sites' | 'travel'>): Network {
  return buildNetwork(
    scenario.sites.map((site) => site.id),
    scenario.travel.links,
    scenario.travel.ebike,
  );
}

/**
 * Builds the network and its all-pairs shortest times. Parallel links keep the quicker one.
 * @throws Error when a link names an unknown site.
 */
export function buildNetwork(
  siteIds: readonly string[],
  links: readonly NetworkLink[],
  ebikeDerivation?: EbikeDerivation,
): Network {
  const n = siteIds.length;
  const index = new Map(siteIds.map((id, i) => [id, i]));
  const vehicle = directTimes(n);
  const walk = directTimes(n);
  const ebike = directTimes(n);
  for (const link of links) {
    const [a, b] = link.between.map((id) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`travel link names unknown site "${id}"`);
      return i;
    }) as [number, number];
    if (link.vehicle !== undefined) addUndirected(vehicle, n, a, b, link.vehicle);
    if (link.walk !== undefined) addUndirected(walk, n, a, b, link.walk);
    const ebikeMinutes = ebikeLinkMinutes(link, ebikeDerivation);
    if (ebikeMinutes !== undefined) addUndirected(ebike, n, a, b, ebikeMinutes);
  }
  shortenAllPairs(vehicle, n);
  shortenAllPairs(walk, n);
  shortenAllPairs(ebike, n);
  return new Network(siteIds, vehicle, walk, ebike);
}

/** An n×n matrix with 0 on the diagonal and no links yet. */
function directTimes(n: number): Float64Array {
  const times = new Float64Array(n * n).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) times[i * n + i] = 0;
  return times;
}

function addUndirected(times: Float64Array, n: number, a: number, b: number, minutes: number) {
  if (minutes < times[a * n + b]!) {
    times[a * n + b] = minutes;
    times[b * n + a] = minutes;
  }
}

/** Floyd–Warshall in place. */
function shortenAllPairs(times: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const ik = times[i * n + k]!;
      if (ik === Number.POSITIVE_INFINITY) continue;
      for (let j = 0; j < n; j++) {
        const through = ik + times[k * n + j]!;
        if (through < times[i * n + j]!) times[i * n + j] = through;
      }
    }
  }
}
