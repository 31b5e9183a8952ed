/**
 * The CSV rows of one replication, for incidents.csv, responders.csv and demand.csv, each by its
 * direct builder (`formatRecordBytes` over the file's columns), as UTF-8 bytes. Formatted where the
 * replication was simulated (a worker thread), and moved to the main thread without a copy, so
 * that the main thread only appends bytes to the files.
 */
import type { ReplicationResult } from '../model/records.js';
import type { ClockLabels } from './clock.js';
import {
  appendRecordRows,
  type Column,
  DEMAND_COLUMNS,
  type DemandRecord,
  INCIDENT_COLUMNS,
  RESPONDER_COLUMNS,
  type RowContext,
} from './csv-columns.js';
import type { RecordSelection } from './record-selection.js';
import { Utf8Builder } from './utf8-builder.js';

/**
 * CSV rows (no header, UTF-8, each buffer its own) of each per-replication file; null for a file
 * not asked for.
 */
export interface ReplicationRows {
  readonly incidents: Uint8Array | null;
  readonly responders: Uint8Array | null;
  /** The replication's demand multipliers (the per-replication part of the occupancy). */
  readonly demand: Uint8Array | null;
}

/**
 * The rows of one replication's records.
 *
 * @param clock clock labels from the scenario's calendar.start (kept across replications: it
 *   remembers the labels it made)
 * @param selection which files to format; `occupancy` gives the demand rows, which a comparison
 *   needs from one plan only (the crowd does not depend on the plan), hence `withDemand`
 * @param withDemand whether this job is the one whose demand rows are written
 * @param out the builder the rows are made in (a thread keeps one for all its replications)
 */
export function formatReplicationRows(
  result: ReplicationResult,
  clock: ClockLabels,
  selection: RecordSelection,
  withDemand: boolean,
  out: Utf8Builder = new Utf8Builder(),
): ReplicationRows {
  const steps = formatReplicationRowsSteps(
    result,
    clock,
    selection,
    withDemand,
    out,
    Number.POSITIVE_INFINITY,
  );
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link formatReplicationRows} in slices: it pauses after every `sliceRows` rows of a file, so
 * that the main thread can give the event loop a turn while it formats a large replication's
 * rows. The bytes are the same however it is sliced.
 */
export function* formatReplicationRowsSteps(
  result: ReplicationResult,
  clock: ClockLabels,
  selection: RecordSelection,
  withDemand: boolean,
  out: Utf8Builder,
  sliceRows: number,
): Generator<undefined, ReplicationRows, undefined> {
  const context: RowContext = {
    plan: result.plan,
    replication: result.replication,
    clock,
  };
  /** The rows of one file's records, a slice at a time. */
  function* fileRows<R>(
    columns: readonly Column<R, RowContext>[],
    records: readonly R[],
  ): Generator<undefined, Uint8Array, undefined> {
    for (let from = 0; from < records.length; from += sliceRows) {
      if (from > 0) yield;
      appendRecordRows(
        columns,
        records,
        context,
        out,
        from,
        Math.min(records.length, from + sliceRows),
      );
    }
    return out.finish();
  }
  const demand: DemandRecord[] = result.demandMultipliers.map((multiplier, day) => ({
    day: day + 1,
    multiplier,
  }));
  const incidents = selection.incidents
    ? yield* fileRows(INCIDENT_COLUMNS, result.incidents)
    : null;
  const responders = selection.responders
    ? yield* fileRows(RESPONDER_COLUMNS, result.responders)
    : null;
  return {
    incidents,
    responders,
    demand: selection.occupancy && withDemand ? yield* fileRows(DEMAND_COLUMNS, demand) : null,
  };
}

/**
 * The rows of a file a job was asked for.
 *
 * @throws Error when they are missing: the caller built its tasks wrongly (a bug, not a user
 *   error), and a file with replications left out must never be written silently
 */
export function expectRows(rows: Uint8Array | null, file: string, replication: number): Uint8Array {
  if (rows === null) {
    throw new Error(`replication ${replication}: its job was not asked for ${file} rows`);
  }
  return rows;
}
