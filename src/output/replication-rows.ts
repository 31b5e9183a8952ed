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
  readonly occupancy: string;
}

/** The rows of one replication's records; `startDate` is the scenario's calendar.start. */
export function formatReplicationRows(
  result: ReplicationResult,
  startDate: string,
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
    occupancy: text(OCCUPANCY_COLUMNS, result.occupancy),
  };
}
