/**
 * The CSV rows of one replication, for incidents.csv, responders.csv and occupancy.csv.
 * Formatted where the replication was simulated (a worker thread), so that the main thread only
 * appends text to the files.
 */
import type { ReplicationResult } from '../model/records.js';
import { ClockLabels } from './clock.js';
import {
  type Column,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
  type RowContext,
  rowCells,
} from './csv-columns.js';
import { formatCsvRows } from './csv-format.js';

/** CSV text (no header) of each per-replication file. */
export interface ReplicationRowsText {
  readonly incidents: string;
  readonly responders: string;
  /** Null when not asked for (see {@link formatReplicationRows}). */
  readonly occupancy: string | null;
}

/**
 * The rows of one replication's records.
 *
 * @param startDate the scenario's calendar.start
 * @param options.occupancy whether to format the occupancy rows too: they do not depend on the
 *   plan, so a comparison needs them from one plan only, and there are many of them (sites ×
 *   intervals: formatting them can take longer than simulating the replication)
 */
export function formatReplicationRows(
  result: ReplicationResult,
  startDate: string,
  options: { readonly occupancy: boolean },
): ReplicationRowsText {
  const context: RowContext = {
    plan: result.plan,
    replication: result.replication,
    clock: new ClockLabels(startDate),
  };
  const text = <R>(columns: readonly Column<R>[], records: readonly R[]) =>
    formatCsvRows(records.map((record) => rowCells(columns, record, context)));
  return {
    incidents: text(INCIDENT_COLUMNS, result.incidents),
    responders: text(RESPONDER_COLUMNS, result.responders),
    occupancy: options.occupancy ? text(OCCUPANCY_COLUMNS, result.occupancy) : null,
  };
}

/**
 * The occupancy rows of a job whose task asked for them.
 *
 * @throws Error when they are missing: the caller built its tasks wrongly (a bug, not a user
 *   error), and an occupancy file with replications left out must never be written silently
 */
export function expectOccupancy(rows: ReplicationRowsText, replication: number): string {
  if (rows.occupancy === null) {
    throw new Error(`replication ${replication}: its job was not asked for occupancy rows`);
  }
  return rows.occupancy;
}
