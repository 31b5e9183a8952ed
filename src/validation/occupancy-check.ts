/**
 * Simulated crowd and incident counts of the occupancy validation scenarios against M_t/G/∞.
 *
 * The model's crowd is an expectation computed on a 1-minute grid, the same in every replication
 * when there is no day-level demand variation: its occupancy is compared with the continuous
 * reference within a numerical tolerance. Incident counts are random: their mean over
 * replications is compared with ∫ λ(t) dt.
 */

import type { ReplicationResult } from '../model/records.js';
import { spanLabel } from '../output/clock-label.js';
import { horizonMinutes } from '../scenario/clock.js';
import type { Scenario } from '../scenario/types.js';
import type { TimeSpan } from '../stats/time-spans.js';
import { incidentReference } from './incident-reference.js';
import type { MeasureCheck } from './judgement.js';
import { siteOccupancyReference } from './occupancy-reference.js';

/** A window in which incidents are counted, of one type or (no type) of all. */
export interface CountWindow extends TimeSpan {
  readonly type?: string;
}

/** Where the occupancy scenarios are measured. */
export interface OccupancySpec {
  /** Times (minutes since 00:00 of day 1) whose output interval is compared, at every site. */
  readonly times: readonly number[];
  /** Windows whose incident counts are compared. */
  readonly windows: readonly CountWindow[];
}

/**
 * Relative allowance on occupancy for the model's numerical method (a 1-minute grid, linear in
 * between, and the stay kernel's quadrature): the gaps measured are below 1e-4 of the value,
 * while a crowd error worth finding (a lag off by a minute next to a step, a stay mean off by
 * 1 %) moves occupancy by well over 1e-3.
 */
export const OCCUPANCY_RELATIVE_TOLERANCE = 0.001;

/**
 * Occupancy at the chosen times and its largest deviation over the whole horizon, for every site
 * visitors use, then incident counts in the chosen windows.
 *
 * @example occupancyChecks(scenario, results, { times: [60, 720], windows: [{ start: 0, end: 1440 }] })
 */
export function occupancyChecks(
  scenario: Scenario,
  results: readonly ReplicationResult[],
  spec: OccupancySpec,
): MeasureCheck[] {
  const kind = scenario.crowd.demandCv > 0 ? 'stochastic' : 'deterministic';
  const interval = scenario.occupancyIntervalMinutes;
  const horizon = horizonMinutes(scenario.calendar);
  const sites = [...new Set(scenario.crowd.sites.map((entry) => entry.site))];
  const recorded = results.map(indexOccupancy);
  const occupancy = sites.flatMap((site): MeasureCheck[] => {
    const reference = siteOccupancyReference(scenario, site);
    const analyticOf = (start: number) =>
      reference.meanOver(start, Math.min(start + interval, horizon));
    const atTimes = spec.times.map((t): MeasureCheck => {
      const start = Math.floor(t / interval) * interval;
      const analytic = analyticOf(start);
      return {
        label: `occupancy ${site} ${spanLabel(start, start + interval)}`,
        unit: 'visitors',
        values: recorded.map((records) => valueAt(records, site, start)),
        analytic,
        kind,
        tolerance: OCCUPANCY_RELATIVE_TOLERANCE * analytic,
        note: 'mean over the output interval; the model’s 1-minute grid against continuous-time M_t/G/∞',
      };
    });
    if (kind === 'stochastic') return atTimes;
    const starts = Array.from({ length: Math.ceil(horizon / interval) }, (_, k) => k * interval);
    const analytic = starts.map(analyticOf);
    const peak = Math.max(...analytic);
    const largestGap = (records: RecordIndex) =>
      Math.max(...starts.map((start, k) => Math.abs(valueAt(records, site, start) - analytic[k]!)));
    return [
      ...atTimes,
      {
        label: `occupancy ${site}: largest gap over ${starts.length} intervals`,
        unit: 'visitors',
        values: recorded.map(largestGap),
        analytic: 0,
        kind,
        tolerance: OCCUPANCY_RELATIVE_TOLERANCE * peak,
        note: `allowance ${OCCUPANCY_RELATIVE_TOLERANCE * 100} % of the peak occupancy`,
      },
    ];
  });
  const incidents = incidentReference(scenario);
  const counts = spec.windows.map(
    (window): MeasureCheck => ({
      label: `incidents${window.type === undefined ? '' : ` ${window.type}`} ${spanLabel(window.start, window.end)}`,
      unit: 'count',
      values: results.map(
        (r) =>
          r.incidents.filter(
            (i) =>
              i.occurred >= window.start &&
              i.occurred < window.end &&
              (window.type === undefined || i.type === window.type),
          ).length,
      ),
      analytic: incidents.expectedCount(window, window.type),
      kind: 'stochastic',
      tolerance: 0,
      note: 'expected count ∫ λ(t) dt, λ from the M_t/G/∞ occupancy and the crowding effect',
    }),
  );
  return [...occupancy, ...counts];
}

/** A replication's occupancy records by site and interval start. */
type RecordIndex = ReadonlyMap<string, number>;

function indexOccupancy(result: ReplicationResult): RecordIndex {
  return new Map(
    result.occupancy.map((record) => [`${record.site}@${record.start}`, record.occupancy]),
  );
}

/** The occupancy of a site over the interval starting at `start`; NaN when not recorded. */
function valueAt(records: RecordIndex, site: string, start: number): number {
  return records.get(`${site}@${start}`) ?? Number.NaN;
}
