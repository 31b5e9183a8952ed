/**
 * Little's law on the simulated incidents: over a window, the time-average number of incidents
 * present (occurred, not yet cleared), L, against λW, the window's arrival rate times the mean
 * time from occurrence to clearance of the incidents that occurred in it. The two differ only by
 * incidents that straddle the window's edges (src/analytic/little.ts), which cancel on average in
 * steady state; a systematic gap means the records contradict each other (an incident counted
 * open for longer or shorter than its own times say).
 */
import { checkLittlesLaw, type SojournRecord } from '../analytic/little.js';
import type { ReplicationResult } from '../model/records.js';
import type { TimeSpan } from '../stats/time-spans.js';
import type { MeasureCheck } from './judgement.js';

/** What Little's law is checked over, and the allowance for the window's edges. */
export interface LittleOptions {
  readonly window: TimeSpan;
  /**
   * Allowance on the relative gap (L − λW)/L: 0 in steady state, where the edges cancel on
   * average; more when the window ends while incidents are open and the load is not steady.
   */
  readonly tolerance: number;
  /** Why the tolerance is what it is. */
  readonly note: string;
}

/**
 * The relative gap (L − λW)/L in each replication, analytic value 0. A replication with an
 * incident that was never cleared gets NaN (which fails the check: every incident must clear).
 *
 * @example littlesLawCheck(results, { window: { start: 1440, end: 14400 }, tolerance: 0, note: '' })
 */
export function littlesLawCheck(
  results: readonly ReplicationResult[],
  options: LittleOptions,
): MeasureCheck {
  return {
    label: "Little's law (L − λW)/L, incidents",
    unit: '',
    values: results.map((result) => relativeGap(result, options.window)),
    analytic: 0,
    kind: 'stochastic',
    tolerance: options.tolerance,
    note: options.note,
  };
}

/** (L − λW)/L over the window for one replication; NaN when an incident was never cleared. */
function relativeGap(result: ReplicationResult, window: TimeSpan): number {
  const sojourns: SojournRecord[] = [];
  for (const incident of result.incidents) {
    if (incident.cleared === null) return Number.NaN;
    sojourns.push({ arrival: incident.occurred, departure: incident.cleared });
  }
  const account = checkLittlesLaw(sojourns, window);
  if (account.meanNumberInSystem === 0) return 0;
  const littleProduct = account.arrivalRate * (account.meanTimeInSystem ?? 0);
  return (account.meanNumberInSystem - littleProduct) / account.meanNumberInSystem;
}
