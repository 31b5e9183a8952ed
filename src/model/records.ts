/**
 * Plain records that one replication of one plan produces. Every statistic peakwatch reports is
 * computed from these records (as in Ciw's data records), and every CSV row is one of them.
 * Times are minutes since 00:00 of the scenario's first day; `null` means "did not happen".
 */

/** The ways an incident comes to the station's attention. */
export const DETECTION_CHANNELS = ['phone', 'platform', 'patrol'] as const;

/** How an incident first came to the station's attention. */
export type DetectionChannel = (typeof DETECTION_CHANNELS)[number];

/** The kinds of responder (the registry in responder-kinds.ts). */
export type { ResponderKindName } from './responder-kinds.js';

import type { ResponderKindName } from './responder-kinds.js';

/** One incident's life, from occurrence to clearance. */
export interface IncidentRecord {
  /** Sequence number within the replication, in order of occurrence (same for every plan). */
  readonly id: number;
  readonly type: string;
  readonly priority: number;
  readonly site: string;
  readonly occurred: number;
  readonly alert: number;
  readonly detectedBy: DetectionChannel;
  /** First dispatch of any responder. */
  readonly dispatched: number | null;
  readonly firstOnScene: number | null;
  readonly firstResponder: string | null;
  readonly firstResponderKind: ResponderKindName | null;
  /**
   * When the first responder of each kind reached the scene (absent: none of that kind did).
   * Arrivals after the incident was cleared do not count.
   */
  readonly firstOnSceneByKind: Readonly<Partial<Record<ResponderKindName, number>>>;
  /** Officers required, including escalation (0 when none). */
  readonly officersRequired: number;
  /** When the required officers were all on scene (null when none were required). */
  readonly officersOnScene: number | null;
  readonly cleared: number | null;
  /** Whether no capable responder was free at the dispatch decision, so the incident queued. */
  readonly waited: boolean;
  /** Minutes from alert to first dispatch. */
  readonly waitMinutes: number | null;
  /** Travel minutes of the first responder on scene. */
  readonly travelMinutes: number | null;
  /** For types with a recovery model: whether the item or person was found. */
  readonly recovered: boolean | null;
  /**
   * When the lost item or person was found: the end of the search (the first arrival for a type
   * without a search duration); null when not found or for types without a recovery model.
   */
  readonly found: number | null;
  /** Alert to the required responder (officers if required, else first) on scene ≤ target. */
  readonly withinTarget: boolean | null;
  /** Ids of every responder that worked on it, in order of dispatch. */
  readonly responders: readonly string[];
}

/** Minutes one responder spent in each state over the replication. */
export interface StateMinutes {
  readonly idle: number;
  readonly travelling: number;
  readonly onScene: number;
  readonly returning: number;
  readonly offShift: number;
}

/** One responder's account for a replication. */
export interface ResponderRecord {
  readonly id: string;
  readonly kind: ResponderKindName;
  /** Site id of its base (station, platform post or first route stop). */
  readonly home: string;
  /** Officers or staff in this unit (a car's crew, 1 for a platform staff member or team). */
  readonly persons: number;
  readonly minutes: StateMinutes;
  readonly incidents: number;
  /** Total travel minutes to incidents and back (the distance measure). */
  readonly travelMinutes: number;
  /** On-duty minutes × persons, including overtime. */
  readonly staffMinutes: number;
  /** Minutes worked past the end of a shift or post hours. */
  readonly overtimeMinutes: number;
  /**
   * Minutes on meal break within the horizon (on duty, counted as idle or returning; a break
   * still going on when the run ends counts up to then).
   */
  readonly breakMinutes: number;
  /** Times it was taken off its trip to an incident and sent to a higher-priority one. */
  readonly divertedTrips: number;
  /**
   * Busy minutes (travelling, on scene or returning) in each clock hour of the simulated span,
   * index = hours since the first day's 00:00 (length days × 24; work after the horizon is
   * added to the last hour). Feeds utilisation by hour in the report.
   */
  readonly busyMinutesByHour: readonly number[];
  /** On-duty minutes (any state but off shift) in each clock hour, indexed as above. */
  readonly onDutyMinutesByHour: readonly number[];
}

/** Expected occupancy of a site over one output interval. */
export interface OccupancyRecord {
  readonly site: string;
  /** Interval start, minutes since the first day's 00:00. */
  readonly start: number;
  /** Mean expected number of visitors present over the interval. */
  readonly occupancy: number;
}

/** Everything one replication of one plan produced. */
export interface ReplicationResult {
  readonly plan: string;
  readonly replication: number;
  /**
   * In order of id. The records of a simulated replication are read-only views onto its
   * incident table (src/model/incident-table.ts): read their fields, but do not spread them or
   * send them to another thread (their fields are getters); {@link copyIncidentRecord} makes a
   * plain copy for that.
   */
  readonly incidents: readonly IncidentRecord[];
  readonly responders: readonly ResponderRecord[];
  readonly occupancy: readonly OccupancyRecord[];
  /**
   * The day-level demand multiplier of each day (1 when the scenario's crowd has no demand
   * uncertainty): the day's visitors are the scenario's number times it.
   */
  readonly demandMultipliers: readonly number[];
  /** Engine events processed (for the benchmark). */
  readonly events: number;
  /** Trips diverted from an incident to a higher-priority one (preemption): the responders' sum. */
  readonly divertedTrips: number;
}

/**
 * A plain copy of an incident record (its lists copied too): what to spread, compare whole or
 * send to another thread, since a simulated replication's records are views (see
 * {@link ReplicationResult.incidents}).
 *
 * @example
 * ```ts
 * const rows = result.incidents.map((r) => ({ ...copyIncidentRecord(r), plan: 'baseline' }));
 * ```
 */
export function copyIncidentRecord(record: IncidentRecord): IncidentRecord {
  return {
    id: record.id,
    type: record.type,
    priority: record.priority,
    site: record.site,
    occurred: record.occurred,
    alert: record.alert,
    detectedBy: record.detectedBy,
    dispatched: record.dispatched,
    firstOnScene: record.firstOnScene,
    firstResponder: record.firstResponder,
    firstResponderKind: record.firstResponderKind,
    firstOnSceneByKind: { ...record.firstOnSceneByKind },
    officersRequired: record.officersRequired,
    officersOnScene: record.officersOnScene,
    cleared: record.cleared,
    waited: record.waited,
    waitMinutes: record.waitMinutes,
    travelMinutes: record.travelMinutes,
    recovered: record.recovered,
    found: record.found,
    withinTarget: record.withinTarget,
    responders: [...record.responders],
  };
}
