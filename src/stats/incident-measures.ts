/**
 * Measures of a set of incidents (all of a replication's, or one type's): response times,
 * shares within target, waiting, recovery (found at all, and within an hour of the alert) and
 * detection channels. Formulas in
 * docs/statistics.md.
 *
 * A replication is measured in one pass over its incidents: each incident is added to the tally
 * of all incidents and to its type's (with one type, they are the same tally), and each tally
 * sorts its response times once. The sums are
 * taken in the order the formulas define (incident order, or ascending for the response times
 * whose quantiles are also reported), so the values are the same to the last bit as measuring
 * each set separately.
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

/** The time, from the alert, within which `foundWithinHour` counts a lost item or person found. */
export const FOUND_WITHIN_MINUTES = 60;

/** The incident measures of a replication: over all incidents, and per incident type. */
export interface IncidentMeasures {
  /** Values over every incident, keyed by measure id. */
  readonly overall: Record<string, number>;
  /** Values over each type's incidents, by type id, for every type given (in their order). */
  readonly byType: ReadonlyMap<string, Record<string, number>>;
}

/**
 * Values of the per-type measures over all the incidents and over each type's, keyed by measure
 * id. Times in minutes, shares in percent (0–100); NaN where the measure has no incident to be
 * defined on (a type without incidents has 0 incidents and NaN elsewhere).
 *
 * @param incidents the incidents to measure, in incident order
 * @param types the scenario's incident types by id (for targets and recovery models)
 * @throws Error when an incident's type is not among `types`
 */
export function measureIncidentsByType(
  incidents: readonly IncidentRecord[],
  types: ReadonlyMap<string, IncidentType>,
): IncidentMeasures {
  const all = new IncidentTally();
  if (types.size === 1) return measureOneType(incidents, types, all);
  const tallies = new Map<string, IncidentTally>();
  for (const id of types.keys()) tallies.set(id, new IncidentTally());
  for (const incident of incidents) {
    const type = types.get(incident.type);
    if (type === undefined) {
      throw new Error(`incident ${incident.id} has type "${incident.type}", not in the scenario`);
    }
    all.add(incident, type);
    tallies.get(incident.type)!.add(incident, type);
  }
  const byType = new Map<string, Record<string, number>>();
  for (const [id, tally] of tallies) byType.set(id, tally.values());
  return { overall: all.values(), byType };
}

/** Counts and samples of one set of incidents, added one incident at a time. */
/**
 * A scenario of one incident type: its tally would be that of all incidents, added in the same
 * order, so the type's values are the overall values, computed (and sorted) once.
 */
function measureOneType(
  incidents: readonly IncidentRecord[],
  types: ReadonlyMap<string, IncidentType>,
  all: IncidentTally,
): IncidentMeasures {
  const [id, type] = [...types][0]!;
  for (const incident of incidents) {
    if (incident.type !== id) {
      throw new Error(`incident ${incident.id} has type "${incident.type}", not in the scenario`);
    }
    all.add(incident, type);
  }
  const overall = all.values();
  return { overall, byType: new Map([[id, { ...overall }]]) };
}

class IncidentTally {
  private incidents = 0;
  private occurrenceToFirstSum = 0;
  private occurrenceToFirstCount = 0;
  private readonly alertToFirst: number[] = [];
  private needingOfficers = 0;
  private readonly alertToOfficers: number[] = [];
  private withinTarget = 0;
  private officersWithinTarget = 0;
  private waited = 0;
  private waitSum = 0;
  private waitCount = 0;
  /**
   * Waits of those who waited, summed (NaN if one is unknown): over the number of incidents it
   * is the mean wait over all incidents, the Wq of queueing theory (one that did not wait counts
   * 0), a ratio of sums; in each replication it equals `shareWaited` / 100 × `meanWait`.
   */
  private waitAllSum = 0;
  private recoverable = 0;
  private recovered = 0;
  private foundWithinHour = 0;
  private byPlatform = 0;
  private byPatrol = 0;

  /** Adds one incident of the given type. */
  add(incident: IncidentRecord, type: IncidentType): void {
    this.incidents++;
    const occurrenceToFirst = since(incident.occurred, incident.firstOnScene);
    if (!Number.isNaN(occurrenceToFirst)) {
      this.occurrenceToFirstSum += occurrenceToFirst;
      this.occurrenceToFirstCount++;
    }
    const alertToFirst = since(incident.alert, incident.firstOnScene);
    if (!Number.isNaN(alertToFirst)) this.alertToFirst.push(alertToFirst);
    if (incident.officersRequired > 0) {
      this.needingOfficers++;
      const alertToOfficers = since(incident.alert, incident.officersOnScene);
      if (!Number.isNaN(alertToOfficers)) this.alertToOfficers.push(alertToOfficers);
      if (reachedWithin(incident.alert, incident.officersOnScene, type.targetMinutes)) {
        this.officersWithinTarget++;
      }
    }
    if (requiredWithinTarget(incident, type)) this.withinTarget++;
    if (incident.waited) {
      this.waited++;
      const wait = incident.waitMinutes ?? Number.NaN;
      this.waitAllSum += wait;
      if (!Number.isNaN(wait)) {
        this.waitSum += wait;
        this.waitCount++;
      }
    }
    if (type.recovery !== undefined) {
      this.recoverable++;
      if (incident.recovered === true) this.recovered++;
      if (reachedWithin(incident.alert, incident.found, FOUND_WITHIN_MINUTES)) {
        this.foundWithinHour++;
      }
    }
    if (incident.detectedBy === 'platform') this.byPlatform++;
    else if (incident.detectedBy === 'patrol') this.byPatrol++;
  }

  /** The measures of the incidents added, keyed by measure id. */
  values(): Record<string, number> {
    const alertToFirst = ascending(this.alertToFirst);
    // Where the officers were the first on scene at every incident (the usual case when every
    // incident needs officers), both samples are the same: sorted once.
    const alertToOfficers = sameValues(this.alertToOfficers, this.alertToFirst)
      ? alertToFirst
      : ascending(this.alertToOfficers);
    return {
      incidents: this.incidents,
      meanOccurrenceToFirst: ratio(this.occurrenceToFirstSum, this.occurrenceToFirstCount),
      meanAlertToFirst: sumInOrder(alertToFirst, alertToFirst.length),
      medianAlertToFirst: quantile(alertToFirst, 0.5),
      p90AlertToFirst: quantile(alertToFirst, 0.9),
      p95AlertToFirst: quantile(alertToFirst, 0.95),
      meanAlertToOfficers: sumInOrder(alertToOfficers, alertToOfficers.length),
      medianAlertToOfficers: quantile(alertToOfficers, 0.5),
      p90AlertToOfficers: quantile(alertToOfficers, 0.9),
      shareWithinTarget: percent(this.withinTarget, this.incidents),
      shareOfficersWithinTarget: percent(this.officersWithinTarget, this.needingOfficers),
      shareWaited: percent(this.waited, this.incidents),
      meanWait: ratio(this.waitSum, this.waitCount),
      meanWaitAll: ratio(this.waitAllSum, this.incidents),
      recoveryRate: percent(this.recovered, this.recoverable),
      foundWithinHour: percent(this.foundWithinHour, this.recoverable),
      detectedByPlatformShare: percent(this.byPlatform, this.incidents),
      detectedByPatrolShare: percent(this.byPatrol, this.incidents),
    };
  }
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

/** The values (no NaN) in ascending order, as a typed array: its numeric sort is the fastest. */
function ascending(values: readonly number[]): Float64Array {
  return new Float64Array(values).sort();
}

/** Whether two samples hold the same values in the same order (`Object.is`: 0 is not −0). */
function sameValues(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** The mean of the values, summed in their order; NaN when there are none. */
function sumInOrder(values: ArrayLike<number>, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i]!;
  return ratio(sum, count);
}

/** `sum / count`; NaN when `count` is 0. */
function ratio(sum: number, count: number): number {
  return count === 0 ? Number.NaN : sum / count;
}

/** Percentage of `count` in `total`; NaN for a total of 0. */
function percent(count: number, total: number): number {
  return total === 0 ? Number.NaN : (100 * count) / total;
}
