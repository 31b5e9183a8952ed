/**
 * Response times of incident rows, as the report charts them: minutes from the alert to the
 * first responder on scene, and to the required officers on scene (statistics.md's f − a and
 * p − a), pooled over replications.
 */
import type { IncidentRow } from './report-records.js';

/** Minutes from alert to the first responder on scene, for incidents someone reached. */
export function alertToFirstMinutes(rows: readonly IncidentRow[]): number[] {
  return rows.filter((r) => !Number.isNaN(r.firstOnScene)).map((r) => r.firstOnScene - r.alert);
}

/** Minutes from alert to all required officers on scene, for incidents that required officers. */
export function alertToOfficersMinutes(rows: readonly IncidentRow[]): number[] {
  return rows
    .filter((r) => r.officersRequired > 0 && !Number.isNaN(r.officersOnScene))
    .map((r) => r.officersOnScene - r.alert);
}

/** Mean alert-to-first minutes at one site and how many incidents it is over. */
export interface SiteResponse {
  readonly mean: number;
  readonly incidents: number;
}

/**
 * Mean minutes from alert to the first responder on scene at each site, over every incident
 * of every replication there (sites without incidents are absent).
 *
 * @example meanResponseBySite(rows).get('mihuntai')?.mean // e.g. 4.2
 */
export function meanResponseBySite(rows: readonly IncidentRow[]): Map<string, SiteResponse> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    if (Number.isNaN(row.firstOnScene)) continue;
    const entry = sums.get(row.site) ?? { total: 0, count: 0 };
    entry.total += row.firstOnScene - row.alert;
    entry.count += 1;
    sums.set(row.site, entry);
  }
  return new Map(
    [...sums].map(([site, { total, count }]) => [site, { mean: total / count, incidents: count }]),
  );
}
