/**
 * Where to put posts: the maximal covering location problem (MCLP, Church & ReVelle 1974) and
 * its expected-coverage form (MEXCLP, Daskin 1983), over the scenario's sites and network.
 *
 * Choose p of the candidate sites; demand site j (weight h_j, expected incidents) is covered by an
 * open post within S minutes of travel from it. With n_j open posts covering j and each post busy
 * with probability q, independently (Daskin's assumption), j finds a free covering post with
 * probability 1 − q^{n_j} = Σ_{k=1}^{n_j} (1 − q) q^{k−1}, so the objective is
 *   Σ_j h_j (1 − q^{n_j}),
 * MEXCLP's expected covered demand. With q = 0 it is MCLP's covered demand Σ_j h_j [n_j ≥ 1].
 * Daskin's MEXCLP may put several units at one site; here each candidate site holds at most one
 * post.
 *
 * Solution: exact, by enumerating every set of the free posts when there are at most
 * `maxSubsets` of them; otherwise greedy (add the post with the largest gain, p times) improved
 * by Teitz & Bart's (1968) vertex substitution (swap an open post for a closed candidate while
 * some swap improves the objective), which is a heuristic: the result says which was used.
 * Ties go to the earlier candidate, so the answer is deterministic.
 */
import { hourOfRun, hourRates, nominalOccupancy } from '../check/busiest-hour.js';
import { prepareScenarioModel, type ScenarioModel } from '../model/replication.js';
import type { TravelModeName } from '../scenario/schema.js';
import type { Scenario } from '../scenario/types.js';

/** Sets enumerated at most by default before the exact search gives way to the heuristic. */
export const DEFAULT_MAX_SUBSETS = 100_000;

/** Minutes of travel from site `from` (a post) to site `to` (a demand site), by site id. */
export type TravelMinutes = (from: string, to: string) => number;

/** A coverage problem. */
export interface PlacementProblem {
  /** Site ids where a post may be open (no duplicates). */
  readonly candidates: readonly string[];
  /** Demand weight h_j by site id (for example expected incidents), each 0 or more. */
  readonly demand: ReadonlyMap<string, number>;
  /** Travel minutes from a post to a demand site. */
  readonly travelMinutes: TravelMinutes;
  /** S: a demand site is covered by a post at most this many minutes away. */
  readonly standardMinutes: number;
  /** q in [0, 1): each post's busy fraction (MEXCLP); 0 (the default) is MCLP. */
  readonly busyFraction?: number;
}

/** What to place. */
export interface PlacementOptions {
  /** p: the number of open posts, fixed ones included. */
  readonly posts: number;
  /** Posts that stay open (added to the candidates if missing). */
  readonly fixed?: readonly string[];
  /** The most sets the exact search enumerates (default {@link DEFAULT_MAX_SUBSETS}). */
  readonly maxSubsets?: number;
}

/** A placement and its coverage. */
export interface PlacementResult {
  /** The open posts, in candidate order. */
  readonly open: readonly string[];
  /** The objective Σ h_j (1 − q^{n_j}): expected covered demand (covered demand when q = 0). */
  readonly value: number;
  /** Demand within S of at least one open post. */
  readonly coveredDemand: number;
  /** Σ h_j. */
  readonly totalDemand: number;
  /** Whether the placement is proven optimal (every set enumerated) or heuristic. */
  readonly method: 'exact' | 'heuristic';
  /** Sets whose objective was computed. */
  readonly evaluated: number;
}

/** What closing or opening one post changes. */
export interface PostChange {
  readonly site: string;
  /** Objective lost by closing it (closure) or gained by opening it (addition). */
  readonly change: number;
  /** Whether the post is one of the fixed posts (closure only; false for additions). */
  readonly fixed: boolean;
}

/**
 * The best placement of p posts: exact when the free choices are few enough, else greedy plus
 * interchange.
 *
 * @example
 * ```ts
 * const demand = expectedIncidentsBySite(model);
 * const result = placePosts(
 *   { candidates, demand, travelMinutes: travelTimes(model, 'foot'), standardMinutes: 10 },
 *   { posts: 5, fixed: ['lot'] },
 * );
 * result.open; // five sites, 'lot' among them; result.method 'exact' or 'heuristic'
 * ```
 */
export function placePosts(problem: PlacementProblem, options: PlacementOptions): PlacementResult {
  const coverage = buildCoverage(problem, options.fixed ?? []);
  const free = options.posts - coverage.fixed.length;
  checkPosts(coverage, options.posts);
  const maxSubsets = options.maxSubsets ?? DEFAULT_MAX_SUBSETS;
  const freeCandidates = coverage.sites.length - coverage.fixed.length;
  if (subsetCount(freeCandidates, free, maxSubsets) <= maxSubsets) {
    return exactPlacement(coverage, free);
  }
  const greedy = greedyOpen(coverage, free);
  const improved = interchange(coverage, greedy.open);
  return result(coverage, improved.open, 'heuristic', greedy.evaluated + improved.evaluated);
}

/**
 * The greedy placement alone (each step opens the post with the largest gain): the heuristic's
 * starting point, exported so that callers and tests can see what the interchange adds.
 */
export function greedyPlacement(
  problem: PlacementProblem,
  options: PlacementOptions,
): PlacementResult {
  const coverage = buildCoverage(problem, options.fixed ?? []);
  checkPosts(coverage, options.posts);
  const greedy = greedyOpen(coverage, options.posts - coverage.fixed.length);
  return result(coverage, greedy.open, 'heuristic', greedy.evaluated);
}

/**
 * The objective and covered demand of a given set of open posts.
 *
 * @example coverageOf(problem, ['lot', 'view']).coveredDemand
 */
export function coverageOf(
  problem: PlacementProblem,
  open: readonly string[],
): { readonly value: number; readonly coveredDemand: number; readonly totalDemand: number } {
  const coverage = buildCoverage(problem, open);
  const { value, coveredDemand, totalDemand } = result(coverage, coverage.fixed, 'exact', 1);
  return { value, coveredDemand, totalDemand };
}

/**
 * For "which post can I drop with least harm": each open post with the objective lost when it
 * alone is closed, least harm first (ties in candidate order).
 */
export function closureLosses(
  problem: PlacementProblem,
  open: readonly string[],
  fixed: readonly string[] = [],
): PostChange[] {
  const coverage = buildCoverage(problem, open);
  const all = coverage.fixed;
  const full = objective(coverage, all);
  return all
    .map((post) => ({
      site: coverage.sites[post]!,
      change:
        full -
        objective(
          coverage,
          all.filter((p) => p !== post),
        ),
      fixed: fixed.includes(coverage.sites[post]!),
    }))
    .sort((a, b) => a.change - b.change);
}

/**
 * For "where should one more post go": each candidate not open with the objective gained by
 * opening it, largest gain first (ties in candidate order).
 */
export function additionGains(problem: PlacementProblem, open: readonly string[]): PostChange[] {
  const coverage = buildCoverage(problem, open);
  const base = objective(coverage, coverage.fixed);
  return coverage.sites
    .flatMap((site, c) =>
      coverage.fixed.includes(c)
        ? []
        : [{ site, change: objective(coverage, [...coverage.fixed, c]) - base, fixed: false }],
    )
    .sort((a, b) => b.change - a.change);
}

/**
 * Expected incidents per site over [from, to) minutes of the run (default the whole horizon), at
 * the scenario's visitor numbers, optionally of some incident types only: the demand weights.
 * Every site of the network appears, in network order (0 where no incident can arise).
 *
 * @example expectedIncidentsBySite(model, { types: ['lost-person'] }).get('bailong-upper')
 */
export function expectedIncidentsBySite(
  scenario: Scenario | ScenarioModel,
  options: {
    readonly types?: readonly string[];
    readonly from?: number;
    readonly to?: number;
  } = {},
): Map<string, number> {
  const model = 'runLimit' in scenario ? scenario : prepareScenarioModel(scenario);
  const from = options.from ?? 0;
  const to = options.to ?? model.horizon;
  if (!(from >= 0 && from < to && to <= model.horizon && from % 60 === 0 && to % 60 === 0)) {
    throw new RangeError(
      `demand span ${from}–${to} must be whole hours with 0 ≤ from < to ≤ ${model.horizon} (minutes)`,
    );
  }
  const occupancy = nominalOccupancy(model);
  const bySite = new Map(model.network.siteIds.map((id) => [id, 0]));
  for (let h = from / 60; h < to / 60; h++) {
    for (const rate of hourRates(model, occupancy, hourOfRun(h))) {
      if (options.types !== undefined && !options.types.includes(rate.type)) continue;
      bySite.set(rate.site, bySite.get(rate.site)! + rate.incidents);
    }
  }
  return bySite;
}

/**
 * Free-flow travel minutes between sites by id on the scenario's network: `foot` for platform
 * staff, `vehicle` for officers' cars (no congestion: coverage is a planning radius).
 *
 * @example travelTimes(model, 'foot')('lot', 'lift') // shortest walk, minutes
 */
export function travelTimes(
  scenario: Scenario | ScenarioModel,
  mode: TravelModeName,
): TravelMinutes {
  const model = 'runLimit' in scenario ? scenario : prepareScenarioModel(scenario);
  const { network } = model;
  return (from, to) => network.byMode(mode, network.indexOf(from), network.indexOf(to));
}

/** The problem in indices: which demand sites each candidate covers. */
interface Coverage {
  /** Candidate site ids (fixed posts appended when missing). */
  readonly sites: readonly string[];
  /** Candidate indices of the fixed posts. */
  readonly fixed: readonly number[];
  /** For each candidate, the demand indices within S of it. */
  readonly covers: readonly (readonly number[])[];
  /** h_j. */
  readonly weights: readonly number[];
  /** q. */
  readonly busy: number;
}

function buildCoverage(problem: PlacementProblem, fixed: readonly string[]): Coverage {
  const q = problem.busyFraction ?? 0;
  if (!(q >= 0 && q < 1)) throw new RangeError(`busyFraction must be in [0, 1) (got ${q})`);
  if (!(problem.standardMinutes >= 0)) {
    throw new RangeError(`standardMinutes must be 0 or more (got ${problem.standardMinutes})`);
  }
  if (new Set(problem.candidates).size !== problem.candidates.length) {
    throw new RangeError('candidate sites must not repeat');
  }
  if (new Set(fixed).size !== fixed.length) throw new RangeError('fixed posts must not repeat');
  const sites = [...problem.candidates, ...fixed.filter((f) => !problem.candidates.includes(f))];
  const demand = [...problem.demand.entries()];
  for (const [site, weight] of demand) {
    if (!(Number.isFinite(weight) && weight >= 0)) {
      throw new RangeError(`demand at "${site}" must be 0 or more (got ${weight})`);
    }
  }
  return {
    sites,
    fixed: fixed.map((f) => sites.indexOf(f)),
    covers: sites.map((post) =>
      demand.flatMap(([site], j) =>
        problem.travelMinutes(post, site) <= problem.standardMinutes ? [j] : [],
      ),
    ),
    weights: demand.map(([, weight]) => weight),
    busy: q,
  };
}

function checkPosts(coverage: Coverage, posts: number): void {
  const { fixed, sites } = coverage;
  if (!(Number.isInteger(posts) && posts >= fixed.length && posts <= sites.length)) {
    throw new RangeError(
      `posts must be an integer from ${fixed.length} (the fixed posts) to ${sites.length} (the candidates) (got ${posts})`,
    );
  }
}

/** Σ_j h_j (1 − q^{n_j}) for the open candidate indices. */
function objective(coverage: Coverage, open: readonly number[]): number {
  const counts = coverCounts(coverage, open);
  return counts.reduce((sum, n, j) => sum + coverage.weights[j]! * (1 - coverage.busy ** n), 0);
}

function coverCounts(coverage: Coverage, open: readonly number[]): number[] {
  const counts = coverage.weights.map(() => 0);
  for (const c of open) for (const j of coverage.covers[c]!) counts[j]! += 1;
  return counts;
}

function result(
  coverage: Coverage,
  open: readonly number[],
  method: PlacementResult['method'],
  evaluated: number,
): PlacementResult {
  const counts = coverCounts(coverage, open);
  const sorted = [...open].sort((a, b) => a - b);
  return {
    open: sorted.map((c) => coverage.sites[c]!),
    value: objective(coverage, sorted),
    coveredDemand: counts.reduce((sum, n, j) => sum + (n > 0 ? coverage.weights[j]! : 0), 0),
    totalDemand: coverage.weights.reduce((sum, h) => sum + h, 0),
    method,
    evaluated,
  };
}

/** C(n, k), or a number above `cap` as soon as it exceeds it (no overflow). */
function subsetCount(n: number, k: number, cap: number): number {
  let count = 1;
  for (let i = 1; i <= k; i++) {
    count = (count * (n - k + i)) / i;
    if (count > cap) return cap + 1;
  }
  return Math.round(count);
}

/** Enumerates every set of `free` posts among the non-fixed candidates, keeping the first best. */
function exactPlacement(coverage: Coverage, free: number): PlacementResult {
  const choices = coverage.sites.map((_, c) => c).filter((c) => !coverage.fixed.includes(c));
  let best: { open: number[]; value: number } | null = null;
  let evaluated = 0;
  const chosen: number[] = [];
  const visit = (start: number): void => {
    if (chosen.length === free) {
      const open = [...coverage.fixed, ...chosen];
      const value = objective(coverage, open);
      evaluated++;
      if (best === null || value > best.value) best = { open, value };
      return;
    }
    for (let i = start; i <= choices.length - (free - chosen.length); i++) {
      chosen.push(choices[i]!);
      visit(i + 1);
      chosen.pop();
    }
  };
  visit(0);
  return result(coverage, best!.open, 'exact', evaluated);
}

/** Opens `free` posts one at a time, each the largest gain (the earliest on a tie). */
function greedyOpen(coverage: Coverage, free: number): { open: number[]; evaluated: number } {
  const open = [...coverage.fixed];
  let evaluated = 0;
  for (let step = 0; step < free; step++) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    coverage.sites.forEach((_, c) => {
      if (open.includes(c)) return;
      const value = objective(coverage, [...open, c]);
      evaluated++;
      if (value > bestValue) {
        best = c;
        bestValue = value;
      }
    });
    open.push(best);
  }
  return { open, evaluated };
}

/**
 * Teitz–Bart vertex substitution: for each closed candidate in turn, the best swap with an open
 * non-fixed post is made if it improves the objective; passes repeat until none does.
 */
function interchange(
  coverage: Coverage,
  start: readonly number[],
): { open: number[]; evaluated: number } {
  let open = [...start];
  let current = objective(coverage, open);
  let evaluated = 0;
  // A gain below this is rounding, not an improvement (it would let passes cycle).
  const tolerance =
    1e-12 *
    Math.max(
      1,
      coverage.weights.reduce((sum, h) => sum + h, 0),
    );
  for (let improved = true; improved; ) {
    improved = false;
    for (let c = 0; c < coverage.sites.length; c++) {
      if (open.includes(c)) continue;
      let bestSwap: { open: number[]; value: number } | null = null;
      for (const out of open) {
        if (coverage.fixed.includes(out)) continue;
        const trial = open.map((o) => (o === out ? c : o));
        const value = objective(coverage, trial);
        evaluated++;
        if (bestSwap === null || value > bestSwap.value) bestSwap = { open: trial, value };
      }
      if (bestSwap !== null && bestSwap.value > current + tolerance) {
        open = bestSwap.open;
        current = bestSwap.value;
        improved = true;
      }
    }
  }
  return { open, evaluated };
}
