/**
 * Erlang's formulas: the loss system M/M/c/c (Erlang B) and the delay system M/M/c (Erlang C).
 * They are the closed-form references for a pool of identical responders: Erlang B is the share
 * of calls that find every unit busy when such calls are lost, Erlang C the share that must wait
 * when they queue (first come, first served, unlimited queue).
 *
 * Notation: λ arrival rate, μ service rate of one server, c servers, A = λ/μ the offered load
 * (erlangs), ρ = A/c the utilisation of each server. Rates and times share one time unit
 * (peakwatch uses minutes).
 */
import { requireIntegerBetween, requireNonNegative, requirePositive } from './checks.js';

/** The largest server count accepted (the recursions are linear in it). */
const MAX_SERVERS = 1_000_000;

/**
 * Erlang B: the probability that a call finds all `servers` busy in M/M/c/c, so is lost.
 * Uses the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which stays within [0, 1] at
 * every step (the textbook formula A^c/c! / Σ A^k/k! overflows for large c).
 *
 * @param servers c, an integer of 0 or more (B = 1 when there are no servers).
 * @param offeredLoad A = λ/μ in erlangs, 0 or more.
 * @example erlangB(1, 2) // 2/3, that is A/(1 + A)
 */
export function erlangB(servers: number, offeredLoad: number): number {
  requireIntegerBetween('servers', servers, 0, MAX_SERVERS);
  requireNonNegative('offeredLoad', offeredLoad);
  let blocking = 1;
  for (let k = 1; k <= servers; k += 1) {
    blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  }
  return blocking;
}

/**
 * Erlang C: the probability that a call has to wait in M/M/c, computed from Erlang B as
 * C = B / (1 − ρ(1 − B)), which keeps the recursion's stability.
 *
 * @param servers c, an integer of 1 or more.
 * @param offeredLoad A = λ/μ in erlangs, 0 or more and below `servers` (otherwise the queue grows
 *   without bound and a `RangeError` is thrown).
 * @example erlangC(2, 1) // 1/3
 */
export function erlangC(servers: number, offeredLoad: number): number {
  requireIntegerBetween('servers', servers, 1, MAX_SERVERS);
  requireNonNegative('offeredLoad', offeredLoad);
  requireStable(servers, offeredLoad);
  const utilisation = offeredLoad / servers;
  const blocking = erlangB(servers, offeredLoad);
  return blocking / (1 - utilisation * (1 - blocking));
}

/** An M/M/c queue: Poisson arrivals, exponential service, c identical servers, FCFS. */
export interface MMcQueue {
  /** λ, calls per time unit (0 or more). */
  readonly arrivalRate: number;
  /** μ, services one server completes per time unit while busy (greater than 0). */
  readonly serviceRate: number;
  /** c, an integer of 1 or more. */
  readonly servers: number;
}

/** Steady-state measures of an M/M/c queue. Times are in the rates' time unit. */
export interface MMcMeasures {
  /** A = λ/μ, the mean number of busy servers (erlangs). */
  readonly offeredLoad: number;
  /** ρ = λ/(cμ), the fraction of time each server is busy. */
  readonly utilisation: number;
  /** C, the probability that a call waits (Erlang C); also the probability all servers are busy. */
  readonly probabilityWait: number;
  /** Lq = C·ρ/(1 − ρ), the mean number of calls waiting. */
  readonly meanQueueLength: number;
  /** Wq = C/(cμ − λ), the mean wait before service over all calls (those that wait and not). */
  readonly meanWaitInQueue: number;
  /** W = Wq + 1/μ, the mean time from arrival to the end of service (the "response" time of
   * queueing theory, not a police response time). */
  readonly meanTimeInSystem: number;
  /** L = λW, the mean number of calls present (waiting or in service). */
  readonly meanNumberInSystem: number;
}

/**
 * Steady-state measures of an M/M/c queue.
 * Throws a `RangeError` for bad parameters or an unstable queue (λ ≥ cμ).
 *
 * @example solveMMc({ arrivalRate: 1, serviceRate: 1, servers: 2 }).probabilityWait // 1/3
 */
export function solveMMc(queue: MMcQueue): MMcMeasures {
  const { arrivalRate, serviceRate, servers } = checkMMc(queue);
  const offeredLoad = arrivalRate / serviceRate;
  const utilisation = offeredLoad / servers;
  const probabilityWait = erlangC(servers, offeredLoad);
  const meanWaitInQueue = probabilityWait / (servers * serviceRate - arrivalRate);
  const meanTimeInSystem = meanWaitInQueue + 1 / serviceRate;
  return {
    offeredLoad,
    utilisation,
    probabilityWait,
    meanQueueLength: (probabilityWait * utilisation) / (1 - utilisation),
    meanWaitInQueue,
    meanTimeInSystem,
    meanNumberInSystem: arrivalRate * meanTimeInSystem,
  };
}

/**
 * P(Wq > t) = C·e^{−(cμ − λ)t} for t ≥ 0: the probability that a call waits longer than `t`
 * before service starts (FCFS).
 *
 * @example mmcWaitExceeds({ arrivalRate: 1, serviceRate: 1, servers: 2 }, 0) // 1/3
 */
export function mmcWaitExceeds(queue: MMcQueue, t: number): number {
  const { arrivalRate, serviceRate, servers } = checkMMc(queue);
  requireNonNegative('t', t);
  const probabilityWait = erlangC(servers, arrivalRate / serviceRate);
  return probabilityWait * Math.exp(-(servers * serviceRate - arrivalRate) * t);
}

/**
 * The `p`-quantile of the wait before service (FCFS): the smallest t with P(Wq ≤ t) ≥ p, that is
 * 0 when p ≤ 1 − C, otherwise ln(C/(1 − p)) / (cμ − λ). Handy for checking a simulated 90th
 * percentile of waiting.
 *
 * @param p a probability in [0, 1); p = 1 is infinite and rejected.
 * @example mmcWaitQuantile({ arrivalRate: 0.5, serviceRate: 1, servers: 1 }, 0.9) // 2·ln 5 ≈ 3.219
 */
export function mmcWaitQuantile(queue: MMcQueue, p: number): number {
  const { arrivalRate, serviceRate, servers } = checkMMc(queue);
  if (!(p >= 0 && p < 1)) throw new RangeError(`p must be in [0, 1) (got ${p})`);
  const probabilityWait = erlangC(servers, arrivalRate / serviceRate);
  if (1 - p >= probabilityWait) return 0;
  return Math.log(probabilityWait / (1 - p)) / (servers * serviceRate - arrivalRate);
}

/** Validates an M/M/c description and returns it. */
function checkMMc(queue: MMcQueue): MMcQueue {
  requireNonNegative('arrivalRate', queue.arrivalRate);
  requirePositive('serviceRate', queue.serviceRate);
  requireIntegerBetween('servers', queue.servers, 1, MAX_SERVERS);
  requireStable(queue.servers, queue.arrivalRate / queue.serviceRate);
  return queue;
}

/** Throws unless the offered load is below the server count (λ < cμ). */
function requireStable(servers: number, offeredLoad: number): void {
  if (offeredLoad >= servers) {
    throw new RangeError(
      `unstable queue: offered load λ/μ = ${offeredLoad} must be below the ${servers} server(s) ` +
        '(λ < cμ), otherwise the queue grows without bound',
    );
  }
}
