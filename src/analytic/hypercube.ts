/**
 * Larson's hypercube queueing model (R. C. Larson, "A hypercube queuing model for facility location
 * and redistricting in urban emergency services", Computers & Operations Research 1, 1974),
 * solved exactly. N distinguishable units serve calls from J atoms (sites); atom j's calls arrive
 * as a Poisson stream of rate λ_j and go to the first free unit on the atom's preference list
 * (for example units ordered by travel time). Service times are exponential with the same rate μ
 * for every unit, including travel. The state is the set of busy units, a vertex of the
 * N-dimensional unit hypercube: 2^N states.
 *
 * Two variants, as in Larson (1974):
 * - `lineCapacity: 'zero'`: a call that finds every unit busy is lost (handled elsewhere);
 * - `lineCapacity: 'infinite'`: it waits in a FCFS queue and the first unit to become free takes
 *   it. While all units are busy only the queue length k changes (up at rate λ, down at rate Nμ),
 *   so the all-busy states form a birth–death tail with P(all busy, k) = P(all busy, 0)·r^k,
 *   r = λ/(Nμ). The cut between k−1 and k balances, so the flow from the tail back into the
 *   all-busy vertex equals the flow into the tail, and the balance equations of the 2^N vertices
 *   are the same as in the zero-capacity model. One sparse solve therefore serves both variants;
 *   the infinite variant adds the geometric tail and renormalises.
 *
 * A queued call is taken by the first unit to finish; with equal exponential service rates that
 * unit is equally likely to be any of the N units, so a queued call from atom j counts 1/N towards
 * each f_nj (Larson's convention).
 *
 * States are numbered by bit masks: bit n (value 1 << n) is set when unit n is busy. Units and
 * atoms are numbered from 0, in the order given.
 */
import { requireIntegerBetween, requireNonNegative, requirePositive } from './checks.js';

/** The largest number of units: 2^16 states is already far beyond any station's car fleet. */
export const MAX_HYPERCUBE_UNITS = 16;

/** What happens to a call that finds every unit busy: it waits (`infinite`) or is lost (`zero`). */
export type LineCapacity = 'infinite' | 'zero';

/** The inputs of the hypercube model. Rates and times share one time unit. */
export interface HypercubeModel {
  /** N, the number of units (1 to {@link MAX_HYPERCUBE_UNITS}). */
  readonly units: number;
  /** λ_j, the call rate of each atom (0 or more; their total must be greater than 0). */
  readonly arrivalRates: readonly number[];
  /** For each atom, every unit 0..N−1 exactly once, in dispatch order (most preferred first). */
  readonly preferences: readonly (readonly number[])[];
  /** μ, the service rate of every unit (1 / mean time from dispatch to free again). */
  readonly serviceRate: number;
  readonly lineCapacity: LineCapacity;
  /** Optional travelTimes[n][j]: travel time of unit n, from its home, to atom j. */
  readonly travelTimes?: readonly (readonly number[])[];
}

/** Controls of the iterative solver. */
export interface HypercubeSolverOptions {
  /** Stop when one sweep changes the probabilities by less than this in total (L1). Default 1e-13. */
  readonly tolerance?: number;
  /** Give up (and throw) after this many sweeps. Default 100,000. */
  readonly maxSweeps?: number;
}

/** Mean travel times; see {@link HypercubeResult.travel}. */
export interface HypercubeTravel {
  /** Mean travel time over calls dispatched at once (a unit was free when the call arrived). */
  readonly immediate: number;
  /** The same for each atom's calls. */
  readonly immediateByAtom: readonly number[];
  /**
   * Infinite variant only (null for zero): mean travel time of queued calls, assuming the unit
   * that takes a queued call travels from its home, and is each unit with probability 1/N. Larson
   * (1974) instead assumes the unit starts from the scene of its previous call; that needs
   * atom-to-atom times, which this model does not take. Mix the two with `probabilityAllBusy` if
   * an overall mean is wanted.
   */
  readonly queuedFromHome: number | null;
}

/** Steady-state results of the hypercube model. */
export interface HypercubeResult {
  readonly lineCapacity: LineCapacity;
  /**
   * P(state) for the 2^N bit-mask states. In the infinite variant the all-busy entry is "all busy,
   * no call waiting"; the states with calls waiting carry {@link probabilityQueueNonEmpty}, so the
   * entries plus that probability sum to 1.
   */
  readonly stateProbabilities: Float64Array;
  /** P(k units busy) for k = 0..N (k = N includes time with calls waiting). */
  readonly busyCountProbabilities: readonly number[];
  /** P(all N units busy), time average; by PASTA also the share of calls that wait (infinite) or
   * are lost (zero). */
  readonly probabilityAllBusy: number;
  /** P(at least one call waiting); 0 in the zero variant. */
  readonly probabilityQueueNonEmpty: number;
  /** Mean number of calls waiting; 0 in the zero variant. */
  readonly meanQueueLength: number;
  /** Mean wait before dispatch over all calls (Little's law on the queue); 0 in the zero variant. */
  readonly meanWaitInQueue: number;
  /** ρ_n, the fraction of time unit n is busy. */
  readonly workloads: readonly number[];
  /**
   * dispatchFractions[n][j]: the share of all dispatches that send unit n to atom j. Lost calls
   * are not dispatches, so the entries sum to 1 in both variants. In the infinite variant they
   * include queued calls (1/N to each unit, see the module notes).
   */
  readonly dispatchFractions: readonly (readonly number[])[];
  /** Mean travel times, when `travelTimes` was given; otherwise null. */
  readonly travel: HypercubeTravel | null;
  /** Gauss–Seidel sweeps used. */
  readonly sweeps: number;
  /** ‖πQ‖₁ / (λ + Nμ) over the 2^N balance equations after the solve: 0 for the exact answer. */
  readonly residual: number;
}

/**
 * Solves the hypercube model exactly.
 *
 * The 2^N balance equations are solved by Gauss–Seidel on the sparse transitions (each state
 * has at most N ways in by a dispatch and N by a service completion), starting from the exact
 * distribution of the number of busy units spread evenly over each level, so the sweeps only have
 * to move probability within levels. Cost per sweep is O(2^N·N); N = 12 takes milliseconds.
 *
 * Throws a `RangeError` for bad inputs or, in the infinite variant, λ ≥ Nμ; throws an `Error` if
 * the solver does not converge within `maxSweeps`.
 *
 * @example
 * ```ts
 * const result = solveHypercube({
 *   units: 2,
 *   arrivalRates: [1, 2],
 *   preferences: [[0, 1], [1, 0]],
 *   serviceRate: 2,
 *   lineCapacity: 'zero',
 * });
 * result.workloads; // [71/145, 79/145]
 * ```
 */
export function solveHypercube(
  model: HypercubeModel,
  options: HypercubeSolverOptions = {},
): HypercubeResult {
  const totalRate = checkModel(model);
  const tolerance = options.tolerance ?? 1e-13;
  const maxSweeps = options.maxSweeps ?? 100_000;
  requirePositive('tolerance', tolerance);
  requireIntegerBetween('maxSweeps', maxSweeps, 1, Number.MAX_SAFE_INTEGER);

  const chain = buildTransitions(model, totalRate);
  const { sweeps } = solveBalanceByGaussSeidel(chain, model, totalRate, tolerance, maxSweeps);
  const residual = balanceResidual(chain, model.units, model.serviceRate) / chain.totalOutRate;
  return summarise(model, totalRate, chain.probabilities, sweeps, residual);
}

/**
 * Preference lists that dispatch the closest free unit: for each atom j, the units sorted by
 * travelTimes[n][j], ties going to the lower unit number (so the result is deterministic).
 *
 * @example preferencesByTravelTime([[2, 5], [6, 3]]) // [[0, 1], [1, 0]]
 */
export function preferencesByTravelTime(travelTimes: readonly (readonly number[])[]): number[][] {
  const atoms = travelTimes[0]?.length ?? 0;
  if (atoms === 0 || travelTimes.some((row) => row.length !== atoms)) {
    throw new RangeError('travelTimes must be a non-empty unit × atom table with equal rows');
  }
  return Array.from({ length: atoms }, (_, atom) =>
    travelTimes
      .map((row, unit) => ({ unit, time: row[atom]! }))
      .sort((a, b) => a.time - b.time || a.unit - b.unit)
      .map(({ unit }) => unit),
  );
}

/** The sparse transition structure of the 2^N vertices, and the probabilities being solved. */
interface Transitions {
  /** dispatchRate[s·N + n]: rate of calls that state s sends to (free) unit n. */
  readonly dispatchRate: Float64Array;
  /** Total rate out of each state. */
  readonly outRate: Float64Array;
  readonly probabilities: Float64Array;
  /** λ + Nμ, the scale of the residual. */
  readonly totalOutRate: number;
}

/** Validates the model and returns the total call rate λ. */
function checkModel(model: HypercubeModel): number {
  const { units, arrivalRates, preferences, serviceRate, travelTimes } = model;
  requireIntegerBetween('units', units, 1, MAX_HYPERCUBE_UNITS);
  requirePositive('serviceRate', serviceRate);
  if (model.lineCapacity !== 'infinite' && model.lineCapacity !== 'zero') {
    throw new RangeError(`lineCapacity must be 'infinite' or 'zero' (got ${model.lineCapacity})`);
  }
  if (arrivalRates.length === 0) throw new RangeError('arrivalRates must list at least one atom');
  arrivalRates.forEach((rate, j) => {
    requireNonNegative(`arrivalRates[${j}]`, rate);
  });
  const totalRate = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  requirePositive('the total arrival rate', totalRate);
  if (preferences.length !== arrivalRates.length) {
    throw new RangeError(
      `preferences must have one list per atom (${arrivalRates.length}), got ${preferences.length}`,
    );
  }
  preferences.forEach((list, j) => {
    const seen = new Set(list);
    const isPermutation =
      list.length === units && seen.size === units && list.every((n) => Number.isInteger(n));
    if (!isPermutation || list.some((n) => n < 0 || n >= units)) {
      throw new RangeError(
        `preferences[${j}] must list every unit 0..${units - 1} exactly once (got [${list}])`,
      );
    }
  });
  if (travelTimes !== undefined) {
    if (travelTimes.length !== units) {
      throw new RangeError(`travelTimes must have one row per unit (${units})`);
    }
    travelTimes.forEach((row, n) => {
      if (row.length !== arrivalRates.length) {
        throw new RangeError(
          `travelTimes[${n}] must have one entry per atom (${arrivalRates.length})`,
        );
      }
      row.forEach((time, j) => {
        requireNonNegative(`travelTimes[${n}][${j}]`, time);
      });
    });
  }
  if (model.lineCapacity === 'infinite' && totalRate >= units * serviceRate) {
    throw new RangeError(
      `unstable queue: total arrival rate ${totalRate} must be below units × serviceRate = ` +
        `${units * serviceRate} when calls wait (lineCapacity 'infinite')`,
    );
  }
  return totalRate;
}

/** The first free unit on a preference list in `state`; the list names every unit, so when the
 * state is not all busy there is one. */
function firstFreeUnit(state: number, preference: readonly number[]): number {
  for (const unit of preference) {
    if ((state & (1 << unit)) === 0) return unit;
  }
  return -1;
}

/** Calls `visit(state, atom, unit)` for every state with a free unit and every atom, with the
 * unit that atom's call would be sent to. */
function forEachDispatch(
  model: HypercubeModel,
  visit: (state: number, atom: number, unit: number) => void,
): void {
  const full = (1 << model.units) - 1;
  for (let state = 0; state < full; state += 1) {
    model.preferences.forEach((preference, atom) => {
      visit(state, atom, firstFreeUnit(state, preference));
    });
  }
}

/** Number of busy units in a state. */
function busyCount(state: number): number {
  let count = 0;
  for (let rest = state; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** Builds the sparse transitions and the starting guess. */
function buildTransitions(model: HypercubeModel, totalRate: number): Transitions {
  const { units, serviceRate, arrivalRates } = model;
  const states = 1 << units;
  const full = states - 1;
  const dispatchRate = new Float64Array(states * units);
  forEachDispatch(model, (state, atom, unit) => {
    dispatchRate[state * units + unit]! += arrivalRates[atom]!;
  });
  const outRate = new Float64Array(states);
  for (let state = 0; state < states; state += 1) {
    outRate[state] = (state === full ? 0 : totalRate) + serviceRate * busyCount(state);
  }
  return {
    dispatchRate,
    outRate,
    probabilities: levelSpreadGuess(units, totalRate / serviceRate),
    totalOutRate: totalRate + units * serviceRate,
  };
}

/**
 * Starting guess: the number of busy units is a birth–death chain whatever the dispatch rule
 * (up at rate λ below N, down at kμ), so its distribution is known exactly (truncated Poisson);
 * spread each level evenly over its C(N, k) states.
 */
function levelSpreadGuess(units: number, offeredLoad: number): Float64Array {
  const levelWeight = [1];
  const levelSize = [1];
  for (let k = 1; k <= units; k += 1) {
    levelWeight.push((levelWeight[k - 1]! * offeredLoad) / k);
    levelSize.push((levelSize[k - 1]! * (units - k + 1)) / k);
  }
  const total = levelWeight.reduce((sum, weight) => sum + weight, 0);
  const guess = new Float64Array(1 << units);
  for (let state = 0; state < guess.length; state += 1) {
    const k = busyCount(state);
    guess[state] = levelWeight[k]! / total / levelSize[k]!;
  }
  return guess;
}

/** Probability flow into `state` from its neighbours, at the current probabilities. */
function inflow(chain: Transitions, state: number, units: number, serviceRate: number): number {
  const { dispatchRate, probabilities } = chain;
  let flow = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const bit = 1 << unit;
    if ((state & bit) !== 0) {
      const before = state ^ bit;
      flow += probabilities[before]! * dispatchRate[before * units + unit]!;
    } else {
      flow += probabilities[state | bit]! * serviceRate;
    }
  }
  return flow;
}

/** Gauss–Seidel sweeps over π(s)·out(s) = inflow(s), renormalising after each sweep. */
function solveBalanceByGaussSeidel(
  chain: Transitions,
  model: HypercubeModel,
  totalRate: number,
  tolerance: number,
  maxSweeps: number,
): { sweeps: number } {
  const { probabilities, outRate } = chain;
  const { units, serviceRate } = model;
  for (let sweep = 1; sweep <= maxSweeps; sweep += 1) {
    let change = 0;
    let total = 0;
    for (let state = 0; state < probabilities.length; state += 1) {
      const updated = inflow(chain, state, units, serviceRate) / outRate[state]!;
      change += Math.abs(updated - probabilities[state]!);
      probabilities[state] = updated;
      total += updated;
    }
    for (let state = 0; state < probabilities.length; state += 1) {
      probabilities[state]! /= total;
    }
    if (change / total < tolerance) return { sweeps: sweep };
  }
  throw new Error(
    `hypercube solver did not converge in ${maxSweeps} sweeps (N = ${units}, λ = ${totalRate}, ` +
      `μ = ${serviceRate}); raise maxSweeps or loosen tolerance`,
  );
}

/** ‖πQ‖₁: the total imbalance of the balance equations. */
function balanceResidual(chain: Transitions, units: number, serviceRate: number): number {
  let residual = 0;
  for (let state = 0; state < chain.probabilities.length; state += 1) {
    const outflow = chain.probabilities[state]! * chain.outRate[state]!;
    residual += Math.abs(inflow(chain, state, units, serviceRate) - outflow);
  }
  return residual;
}

/** Turns the solved vertex probabilities (zero-capacity normalisation) into the results. */
function summarise(
  model: HypercubeModel,
  totalRate: number,
  lossProbabilities: Float64Array,
  sweeps: number,
  residual: number,
): HypercubeResult {
  const { units, serviceRate, arrivalRates, lineCapacity } = model;
  const full = (1 << units) - 1;
  const queues = lineCapacity === 'infinite';
  // Geometric tail of the infinite variant: Σ_{k≥1} P(full)·r^k and Σ k·P(full)·r^k.
  const r = totalRate / (units * serviceRate);
  const fullLoss = lossProbabilities[full]!;
  const tailMass = queues ? (fullLoss * r) / (1 - r) : 0;
  const tailLengthMass = queues ? (fullLoss * r) / (1 - r) ** 2 : 0;
  const normaliser = 1 + tailMass;
  const stateProbabilities = lossProbabilities.map((p) => p / normaliser);
  const probabilityQueueNonEmpty = tailMass / normaliser;
  const probabilityAllBusy = stateProbabilities[full]! + probabilityQueueNonEmpty;
  const meanQueueLength = tailLengthMass / normaliser;

  const busyCountProbabilities = new Array<number>(units + 1).fill(0);
  const workloads = new Array<number>(units).fill(probabilityQueueNonEmpty);
  stateProbabilities.forEach((p, state) => {
    busyCountProbabilities[busyCount(state)]! += p;
    for (let unit = 0; unit < units; unit += 1) {
      if ((state & (1 << unit)) !== 0) workloads[unit]! += p;
    }
  });
  busyCountProbabilities[units]! += probabilityQueueNonEmpty;

  // Immediate dispatches as a share of all calls: P(state)·λ_j/λ for the chosen unit.
  const immediate = arrivalRates.map(() => new Array<number>(units).fill(0));
  forEachDispatch(model, (state, atom, unit) => {
    immediate[atom]![unit]! += stateProbabilities[state]!;
  });
  const dispatchedShare = queues ? 1 : 1 - probabilityAllBusy;
  const queuedShareEach = queues ? probabilityAllBusy / units : 0;
  const dispatchFractions = Array.from({ length: units }, (_, unit) =>
    arrivalRates.map(
      (rate, atom) =>
        ((rate / totalRate) * (immediate[atom]![unit]! + queuedShareEach)) / dispatchedShare,
    ),
  );

  return {
    lineCapacity,
    stateProbabilities,
    busyCountProbabilities,
    probabilityAllBusy,
    probabilityQueueNonEmpty,
    meanQueueLength,
    meanWaitInQueue: meanQueueLength / totalRate,
    workloads,
    dispatchFractions,
    travel: model.travelTimes
      ? meanTravelTimes(model, model.travelTimes, totalRate, immediate, probabilityAllBusy)
      : null,
    sweeps,
    residual,
  };
}

/**
 * Mean travel times. `immediate[j][n]` is P(a call from atom j would go to unit n at once), i.e.
 * summed over the states where unit n is its first free choice; these sum to 1 − P(all busy) for
 * every atom, which is what makes the per-atom mean defined even for atoms with no calls.
 */
function meanTravelTimes(
  model: HypercubeModel,
  travelTimes: readonly (readonly number[])[],
  totalRate: number,
  immediate: readonly (readonly number[])[],
  probabilityAllBusy: number,
): HypercubeTravel {
  const { units, arrivalRates } = model;
  const notAllBusy = 1 - probabilityAllBusy;
  const immediateByAtom = immediate.map(
    (byUnit, atom) =>
      byUnit.reduce((sum, p, unit) => sum + p * travelTimes[unit]![atom]!, 0) / notAllBusy,
  );
  const byRate = (perAtom: (atom: number) => number): number =>
    arrivalRates.reduce((sum, rate, atom) => sum + (rate / totalRate) * perAtom(atom), 0);
  const fromHomeByAtom = (atom: number): number =>
    travelTimes.reduce((sum, row) => sum + row[atom]!, 0) / units;
  return {
    immediate: byRate((atom) => immediateByAtom[atom]!),
    immediateByAtom,
    queuedFromHome: model.lineCapacity === 'infinite' ? byRate(fromHomeByAtom) : null,
  };
}
