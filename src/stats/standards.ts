/**
 * Judging incidents against the scenario's service standards. Each standard either does not
 * cover an incident, or the incident met it, or it missed it; a replication's share for the
 * standard is met / covered (in percent), the value the verdict's intervals are built from
 * (docs/statistics.md, "Service standards").
 */
import type { IncidentRecord } from '../model/records.js';
import { dailyWindow, dayOfRun, isWithinWindow } from '../scenario/clock.js';
import type { RecoveryStandard, ResponseStandard, StandardScope } from '../scenario/standards.js';
import type { Scenario, Standard } from '../scenario/types.js';
import { TARGET_SLACK_MINUTES } from './incident-measures.js';

/** What a standard needs to know of an incident (an IncidentRecord has all of it). */
export type StandardIncident = Pick<
  IncidentRecord,
  | 'type'
  | 'site'
  | 'occurred'
  | 'alert'
  | 'detectedBy'
  | 'dispatched'
  | 'firstOnScene'
  | 'firstOnSceneByKind'
  | 'officersRequired'
  | 'officersOnScene'
  | 'recovered'
  | 'found'
>;

/** How one incident stands against one standard. */
export type StandardOutcome = 'uncovered' | 'met' | 'missed';

/** The parts of a scenario that judging needs, looked up once. */
export interface StandardSetting {
  /** Site kind by site id. */
  readonly siteKinds: ReadonlyMap<string, string>;
  /** Ids of the incident types with a recovery model. */
  readonly recoverableTypes: ReadonlySet<string>;
  /** The station's decision time (alert to decision). */
  readonly dispatchMinutes: number;
}

/** The lookups of a scenario. */
export function standardSetting(scenario: Scenario): StandardSetting {
  return {
    siteKinds: new Map(scenario.sites.map((s) => [s.id, s.kind])),
    recoverableTypes: new Set(
      scenario.incidentTypes.filter((t) => t.recovery !== undefined).map((t) => t.id),
    ),
    dispatchMinutes: scenario.detection.dispatchMinutes,
  };
}

/**
 * The id under which a replication's share of a standard is kept in its summary.
 *
 * @example standardMeasureId('public-first-help') // 'standard@public-first-help'
 */
export function standardMeasureId(standardId: string): string {
  return `standard@${standardId}`;
}

/**
 * Whether the standard covers the incident and, if so, whether the incident met it.
 *
 * @example
 * ```ts
 * judgeIncident(standard, record, standardSetting(scenario)); // 'met'
 * ```
 */
export function judgeIncident(
  standard: Standard,
  incident: StandardIncident,
  setting: StandardSetting,
): StandardOutcome {
  if (!inScope(standard.scope, incident, setting)) return 'uncovered';
  switch (standard.measure) {
    case 'response':
      return judgeResponse(standard, incident, setting);
    case 'recovery':
      return judgeRecovery(standard, incident, setting);
    case 'waiting': {
      const decision = incident.alert + setting.dispatchMinutes;
      return isInTime(decision, incident.dispatched, standard.maxWaitMinutes) ? 'met' : 'missed';
    }
  }
}

/**
 * The share (percent) of covered incidents that met each standard, keyed by
 * {@link standardMeasureId}; NaN for a standard that covers none of these incidents.
 */
export function measureStandards(
  incidents: readonly StandardIncident[],
  standards: readonly Standard[],
  setting: StandardSetting,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const standard of standards) {
    const tally = tallyOutcomes(standard, incidents, setting);
    values[standardMeasureId(standard.id)] = shareMet(tally);
  }
  return values;
}

/** Incidents covered by a standard and how many of them met it. */
export interface StandardTally {
  readonly covered: number;
  readonly met: number;
}

/** Counts the incidents a standard covers and those that met it. */
export function tallyOutcomes(
  standard: Standard,
  incidents: readonly StandardIncident[],
  setting: StandardSetting,
): StandardTally {
  let covered = 0;
  let met = 0;
  for (const incident of incidents) {
    const outcome = judgeIncident(standard, incident, setting);
    if (outcome === 'uncovered') continue;
    covered += 1;
    if (outcome === 'met') met += 1;
  }
  return { covered, met };
}

/** met / covered in percent; NaN when nothing is covered. */
export function shareMet(tally: StandardTally): number {
  return tally.covered === 0 ? Number.NaN : (100 * tally.met) / tally.covered;
}

/** The target minutes of a response standard at a site (the site's override, else the default). */
export function targetMinutesAt(standard: ResponseStandard, site: string): number {
  return standard.siteMinutes[site] ?? standard.minutes;
}

function judgeRecovery(
  standard: RecoveryStandard,
  incident: StandardIncident,
  setting: StandardSetting,
): StandardOutcome {
  if (!setting.recoverableTypes.has(incident.type)) return 'uncovered';
  const { within } = standard;
  if (within === null) return incident.recovered === true ? 'met' : 'missed';
  const start = within.from === 'occurrence' ? incident.occurred : incident.alert;
  return isInTime(start, incident.found, within.minutes) ? 'met' : 'missed';
}

function judgeResponse(
  standard: ResponseStandard,
  incident: StandardIncident,
  setting: StandardSetting,
): StandardOutcome {
  const { arrive } = standard;
  if (arrive.who === 'officers' && incident.officersRequired === 0) return 'uncovered';
  const start =
    standard.from === 'occurrence'
      ? incident.occurred
      : standard.from === 'alert'
        ? incident.alert
        : incident.alert + setting.dispatchMinutes;
  const reached =
    arrive.who === 'officers'
      ? incident.officersOnScene
      : arrive.kinds === null
        ? incident.firstOnScene
        : earliest(arrive.kinds.map((kind) => incident.firstOnSceneByKind[kind]));
  return isInTime(start, reached, targetMinutesAt(standard, incident.site)) ? 'met' : 'missed';
}

/**
 * Whether a standard's scope covers an incident of this type and site, reported by this channel
 * and occurring at this minute: the one rule of what a standard judges, used by the judge and by
 * the optimizer's screens, which ask it of incidents not yet simulated.
 *
 * @example inScope(standard.scope, { type: 'dispute', site: 'lot-1', detectedBy: 'phone', occurred: 600 }, setting)
 */
export function inScope(
  scope: StandardScope,
  incident: Pick<StandardIncident, 'type' | 'site' | 'detectedBy' | 'occurred'>,
  setting: StandardSetting,
): boolean {
  const day = dayOfRun(incident.occurred);
  return (
    (scope.types === null || scope.types.includes(incident.type)) &&
    (scope.sites === null || scope.sites.includes(incident.site)) &&
    (scope.siteKinds === null || scope.siteKinds.includes(setting.siteKinds.get(incident.site)!)) &&
    (scope.detectedBy === null || scope.detectedBy.includes(incident.detectedBy)) &&
    (scope.days === null || scope.days.includes(day)) &&
    (scope.hours === null ||
      isWithinWindow(
        dailyWindow({ start: scope.hours.from, end: scope.hours.to }),
        incident.occurred,
      ))
  );
}

/** Whether `reached` (null or undefined: never) is at most `minutes` after `from`. */
function isInTime(from: number, reached: number | null | undefined, minutes: number): boolean {
  return (
    reached !== null && reached !== undefined && reached - from <= minutes + TARGET_SLACK_MINUTES
  );
}

/** The earliest of some times (undefined when none is defined). */
function earliest(times: readonly (number | undefined)[]): number | undefined {
  const defined = times.filter((t): t is number => t !== undefined);
  return defined.length === 0 ? undefined : Math.min(...defined);
}
