/**
 * Hour-by-hour views of a run over its whole simulated span (hour 0 is 00:00–01:00 of day 1):
 * incidents per hour by type, crowd occupancy per hour by site, and responder utilisation per
 * hour. Each is a mean over replications, so it reads as "a typical run of this scenario".
 */
import { MINUTES_PER_HOUR } from '../../scenario/clock.js';
import { confidenceInterval, type Interval } from '../../stats/interval.js';
import type { IncidentRow, OccupancyRow, ResponderRow } from './report-records.js';

/**
 * Mean number of incidents that occurred in each hour, by incident type.
 *
 * @param rows one plan's incidents, all replications
 * @param replications replications the rows come from (a replication without incidents counts)
 * @param hours hours in the simulated span; an incident at or after its end counts in the last
 * @returns counts per hour (length `hours`) by type id, types in order of first appearance
 */
export function incidentsPerHour(
  rows: readonly IncidentRow[],
  replications: number,
  hours: number,
): Map<string, number[]> {
  const byType = new Map<string, number[]>();
  for (const row of rows) {
    let counts = byType.get(row.type);
    if (counts === undefined) {
      counts = new Array<number>(hours).fill(0);
      byType.set(row.type, counts);
    }
    counts[hourIndex(row.occurred, hours)]! += 1 / replications;
  }
  return byType;
}

/**
 * Mean visitors present at each site in each hour: the time-average over the hour of the
 * occupancy intervals (which may be shorter or longer than an hour), averaged over the
 * replications in the rows.
 *
 * @param intervalMinutes length of each occupancy interval (outputs.occupancyIntervalMinutes)
 * @returns values per hour (length `hours`) by site id, sites in order of first appearance
 */
export function occupancyPerHour(
  rows: readonly OccupancyRow[],
  intervalMinutes: number,
  hours: number,
): Map<string, number[]> {
  const replications = new Set(rows.map((r) => r.replication)).size;
  const bySite = new Map<string, number[]>();
  for (const row of rows) {
    let values = bySite.get(row.site);
    if (values === undefined) {
      values = new Array<number>(hours).fill(0);
      bySite.set(row.site, values);
    }
    const end = row.start + intervalMinutes;
    for (let h = Math.floor(row.start / MINUTES_PER_HOUR); h * MINUTES_PER_HOUR < end; h++) {
      if (h >= hours) break;
      const overlap =
        Math.min(end, (h + 1) * MINUTES_PER_HOUR) - Math.max(row.start, h * MINUTES_PER_HOUR);
      values[h]! += (row.occupancy * overlap) / MINUTES_PER_HOUR / replications;
    }
  }
  return bySite;
}

/**
 * The length of the occupancy intervals as the rows show it: the smallest gap between two
 * interval starts of one site in one replication (null with fewer than two intervals).
 */
export function inferIntervalMinutes(rows: readonly OccupancyRow[]): number | null {
  const first = rows[0];
  if (first === undefined) return null;
  const starts = rows
    .filter((r) => r.site === first.site && r.replication === first.replication)
    .map((r) => r.start)
    .sort((a, b) => a - b);
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < starts.length; i++) gap = Math.min(gap, starts[i]! - starts[i - 1]!);
  return Number.isFinite(gap) && gap > 0 ? gap : null;
}

/**
 * Utilisation of one kind of responder in each hour, in percent, with its interval over
 * replications: per replication Σ persons·busy / Σ persons·on duty in that hour (crew-weighted,
 * as the overall `officerUtilisation`), then the Student t interval of those values. An hour
 * with nobody of that kind on duty is undefined in that replication.
 *
 * @returns one interval per hour, or null when a row lacks the by-hour minutes
 */
export function utilisationPerHour(
  rows: readonly ResponderRow[],
  kind: string,
  hours: number,
  level = 0.95,
): Interval[] | null {
  const ofKind = rows.filter((r) => r.kind === kind);
  if (ofKind.some((r) => r.busyMinutesByHour === null || r.onDutyMinutesByHour === null)) {
    return null;
  }
  const byReplication = new Map<number, { busy: number[]; duty: number[] }>();
  for (const row of ofKind) {
    let sums = byReplication.get(row.replication);
    if (sums === undefined) {
      sums = { busy: new Array(hours).fill(0), duty: new Array(hours).fill(0) };
      byReplication.set(row.replication, sums);
    }
    for (let h = 0; h < hours; h++) {
      sums.busy[h]! += row.persons * (row.busyMinutesByHour![h] ?? 0);
      sums.duty[h]! += row.persons * (row.onDutyMinutesByHour![h] ?? 0);
    }
  }
  const runs = [...byReplication.values()];
  return Array.from({ length: hours }, (_, h) =>
    confidenceInterval(
      runs.map((s) => (s.duty[h]! > 0 ? (100 * s.busy[h]!) / s.duty[h]! : Number.NaN)),
      level,
    ),
  );
}

/** The hour an instant falls in, within [0, hours). */
function hourIndex(minutes: number, hours: number): number {
  return Math.min(hours - 1, Math.max(0, Math.floor(minutes / MINUTES_PER_HOUR)));
}
