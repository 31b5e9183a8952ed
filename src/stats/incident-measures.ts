/**
 * Measures of a set of incidents (all of a replication's, or one type's): response times,
 * shares within target, waiting, recovery and detection channels. Formulas in
 * docs/statistics.md.
 */
import type { IncidentRecord } from '../model/records.js';
import type { IncidentType } from '../scenario/types.js';
import { quantile } from './quantile.js';

/**
 * Slack on the "within target" comparison. Times are sums of floating-point minutes, so a
 * response of exactly the target (e.g. constant 3-minute trips) can come out as
 * 3.0000000000000004; a nanosecond-scale slack keeps it within target.
 */
export const TARGET_SLACK_MINUTES = 1e-9;

/**
 * Values of the per-type measures for the given incidents, keyed by measure id. Times in
 * minutes, shares in percent (0–100); NaN where the measure has no incident to be defined on.
 *
 * @param incidents the incidents to measure
 * @param types the scenario's incident types by id (for targets and recovery models)
 * @throws Error when an incident's type is not among `types`
 */
export function measureIncidents(
  incidents: readonly IncidentRecord[],
  types: ReadonlyMap<string, IncidentType>,
): Record<string, number> {
  const typeOf = (incident: IncidentRecord): IncidentType => {
    const type = types.get(incident.type);
    if (type === undefined) {
      throw new Error(`incident ${incident.id} has type "${incident.type}", not in the scenario`);
    }
    return type;
  };
  const needingOfficers = incidents.filter((i) => i.officersRequired > 0);
  const recoverable = incidents.filter((i) => typeOf(i).recovery !== undefined);
  const waited = incidents.filter((i) => i.waited);
  const alertToFirst = ascending(incidents.map((i) => since(i.alert, i.firstOnScene)));
  const alertToOfficers = ascending(needingOfficers.map((i) => since(i.alert, i.officersOnScene)));
  return {
    incidents: incidents.length,
    meanOccurrenceToFirst: mean(incidents.map((i) => since(i.occurred, i.firstOnScene))),
    meanAlertToFirst: mean(alertToFirst),
    medianAlertToFirst: quantile(alertToFirst, 0.5),
    p90AlertToFirst: quantile(alertToFirst, 0.9),
    p95AlertToFirst: quantile(alertToFirst, 0.95),
    meanAlertToOfficers: mean(alertToOfficers),
    medianAlertToOfficers: quantile(alertToOfficers, 0.5),
    p90AlertToOfficers: quantile(alertToOfficers, 0.9),
    shareWithinTarget: percent(incidents, (i) => requiredWithinTarget(i, typeOf(i))),
    shareOfficersWithinTarget: percent(needingOfficers, (i) =>
      reachedWithin(i.alert, i.officersOnScene, typeOf(i).targetMinutes),
    ),
    shareWaited: percent(incidents, (i) => i.waited),
    meanWait: mean(waited.map((i) => i.waitMinutes ?? Number.NaN)),
    recoveryRate: percent(recoverable, (i) => i.recovered === true),
    detectedByPlatformShare: percent(incidents, (i) => i.detectedBy === 'platform'),
    detectedByPatrolShare: percent(incidents, (i) => i.detectedBy === 'patrol'),
  };
}

/**
 * Whether the responder the incident required (officers if any were required, including after
 * escalation; otherwise the first responder) was on scene within the type's target after the
 * alert. An incident nobody reached is not within target.
 */
function requiredWithinTarget(incident: IncidentRecord, type: IncidentType): boolean {
  const reached = incident.officersRequired > 0 ? incident.officersOnScene : incident.firstOnScene;
  return reachedWithin(incident.alert, reached, type.targetMinutes);
}

/** Whether `reached` (null: never) is at most `target` minutes after `from`. */
function reachedWithin(from: number, reached: number | null, target: number): boolean {
  return reached !== null && reached - from <= target + TARGET_SLACK_MINUTES;
}

/** Minutes from `from` to `to`, NaN when `to` did not happen. */
function since(from: number, to: number | null): number {
  return to === null ? Number.NaN : to - from;
}

/** The defined (non-NaN) values in ascending order. */
function ascending(values: readonly number[]): number[] {
  return values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
}

/** Mean of the defined values; NaN when there are none. */
function mean(values: readonly number[]): number {
  const defined = values.filter((x) => !Number.isNaN(x));
  if (defined.length === 0) return Number.NaN;
  return defined.reduce((sum, x) => sum + x, 0) / defined.length;
}

/** Percentage of the incidents that satisfy `test`; NaN for no incidents. */
function percent(
  incidents: readonly IncidentRecord[],
  test: (incident: IncidentRecord) => boolean,
): number {
  if (incidents.length === 0) return Number.NaN;
  return (100 * incidents.filter(test).length) / incidents.length;
}
