/**
 * The CSV rows of one replication, for incidents.csv, responders.csv and demand.csv, each by its
 * direct builder (`formatRecords` over the file's columns). Formatted where the replication was
 * simulated (a worker thread), so that the main thread only appends text to the files.
 */
import type { ReplicationResult } from '../model/records.js';
import type { ClockLabels } from './clock.js';
import {
  DEMAND_COLUMNS,
  type DemandRecord,
  formatRecords,
  INCIDENT_COLUMNS,
  RESPONDER_COLUMNS,
  type RowContext,
} from './csv-columns.js';
import type { RecordSelection } from './record-selection.js';

/** CSV text (no header) of each per-replication file; null for a file not asked for. */
export interface ReplicationRowsText {
  readonly incidents: string | null;
  readonly responders: string | null;
  /** The replication's demand multipliers (the per-replication part of the occupancy). */
  readonly demand: string | null;
}

/**
 * The rows of one replication's records.
 *
 * @param clock clock labels from the scenario's calendar.start (kept across replications: it
 *   remembers the labels it made)
 * @param selection which files to format; `occupancy` gives the demand rows, which a comparison
 *   needs from one plan only (the crowd does not depend on the plan), hence `withDemand`
 * @param withDemand whether this job is the one whose demand rows are written
 */
export function formatReplicationRows(
  result: ReplicationResult,
  clock: ClockLabels,
  selection: RecordSelection,
  withDemand: boolean,
): ReplicationRowsText {
  const context: RowContext = {
    plan: result.plan,
    replication: result.replication,
    clock,
  };
  const demand: DemandRecord[] = result.demandMultipliers.map((multiplier, day) => ({
    day: day + 1,
    multiplier,
  }));
  return {
    incidents: selection.incidents
      ? formatRecords(INCIDENT_COLUMNS, result.incidents, context)
      : null,
    responders: selection.responders
      ? formatRecords(RESPONDER_COLUMNS, result.responders, context)
      : null,
    demand:
      selection.occupancy && withDemand ? formatRecords(DEMAND_COLUMNS, demand, context) : null,
  };
}

/**
 * The rows of a file a job was asked for.
 *
 * @throws Error when they are missing: the caller built its tasks wrongly (a bug, not a user
 *   error), and a file with replications left out must never be written silently
 */
export function expectRows(text: string | null, file: string, replication: number): string {
  if (text === null) {
    throw new Error(`replication ${replication}: its job was not asked for ${file} rows`);
  }
  return text;
}
