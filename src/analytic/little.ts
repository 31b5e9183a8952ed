/**
 * Little's law, L = λW, measured on a sample path over an observation window [start, end).
 *
 * - L is the time-average number in the system: the exact area under the count path over the
 *   window divided by its length T (each customer adds the part of [arrival, departure) that lies
 *   inside the window).
 * - λ is the number of arrivals in [start, end) divided by T.
 * - W is the mean full time in system of those arrivals, including any part after the window end.
 *
 * Customers who straddle an edge are what make L and λW differ, and the difference is accounted
 * for exactly:
 *
 *   L·T = λW·T + carriedInArea − carriedOutArea
 *
 * where carriedInArea is the time inside the window of customers who arrived before it (counted
 * in L, not in λ or W) and carriedOutArea is the time after the window of customers who arrived in
 * it (counted in W, not in L). When the system is empty at both ends both are 0 and L = λW holds
 * exactly; over a long window the edge terms are bounded while L·T grows, so the gap shrinks.
 */

/** One customer's stay: arrival ≤ departure, both finite, in the window's time unit. */
export interface SojournRecord {
  readonly arrival: number;
  readonly departure: number;
}

/** The observation window [start, end). */
export interface ObservationWindow {
  readonly start: number;
  readonly end: number;
}

/** Little's law measured over a window; see the module notes for the accounting identity. */
export interface LittlesLawAccount {
  /** T = end − start. */
  readonly duration: number;
  /** L, the time-average number in the system over the window. */
  readonly meanNumberInSystem: number;
  /** Arrivals in [start, end). */
  readonly arrivals: number;
  /** λ = arrivals / T. */
  readonly arrivalRate: number;
  /** W, the mean time in system of the window's arrivals; null when there were none. */
  readonly meanTimeInSystem: number | null;
  /** |L − λW| / L; 0 when L = 0 (then λW = 0 too). */
  readonly relativeGap: number;
  /** Time inside the window spent by customers who arrived before `start`. */
  readonly carriedInArea: number;
  /** Time after `end` spent by customers who arrived in the window. */
  readonly carriedOutArea: number;
}

/**
 * Measures L, λ and W over a window and how far L is from λW. Records entirely outside the
 * window are ignored. Never throws for a gap: it reports it, with the edge terms that explain it.
 * Throws a `RangeError` for a record with departure before arrival or a non-finite time, or for
 * an empty window.
 *
 * @example
 * ```ts
 * const account = checkLittlesLaw(
 *   [{ arrival: 1, departure: 4 }, { arrival: 2, departure: 3 }],
 *   { start: 0, end: 10 },
 * );
 * account.meanNumberInSystem; // 0.4 = λW = 0.2 × 2
 * ```
 */
export function checkLittlesLaw(
  records: readonly SojournRecord[],
  window: ObservationWindow,
): LittlesLawAccount {
  const { start, end } = window;
  if (!(Number.isFinite(start) && Number.isFinite(end) && start < end)) {
    throw new RangeError(`the window must have finite start < end (got ${start} to ${end})`);
  }
  let area = 0;
  let arrivals = 0;
  let sojournTotal = 0;
  let carriedInArea = 0;
  let carriedOutArea = 0;
  records.forEach((record, index) => {
    checkRecord(record, index);
    const { arrival, departure } = record;
    const inside = Math.max(0, Math.min(departure, end) - Math.max(arrival, start));
    area += inside;
    if (arrival < start) {
      carriedInArea += inside;
    } else if (arrival < end) {
      arrivals += 1;
      sojournTotal += departure - arrival;
      carriedOutArea += Math.max(0, departure - end);
    }
  });
  const duration = end - start;
  const meanNumberInSystem = area / duration;
  const littleProduct = sojournTotal / duration;
  return {
    duration,
    meanNumberInSystem,
    arrivals,
    arrivalRate: arrivals / duration,
    meanTimeInSystem: arrivals > 0 ? sojournTotal / arrivals : null,
    relativeGap:
      meanNumberInSystem > 0
        ? Math.abs(meanNumberInSystem - littleProduct) / meanNumberInSystem
        : 0,
    carriedInArea,
    carriedOutArea,
  };
}

/** Validates one record. */
function checkRecord(record: SojournRecord, index: number): void {
  const { arrival, departure } = record;
  if (!(Number.isFinite(arrival) && Number.isFinite(departure) && arrival <= departure)) {
    throw new RangeError(
      `records[${index}] must have finite arrival ≤ departure (got ${arrival} to ${departure})`,
    );
  }
}
