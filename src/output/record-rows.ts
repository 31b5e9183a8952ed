/**
 * The direct row builders of the per-replication record files (incidents.csv, responders.csv,
 * demand.csv): each writes a record's row as one string, cell by cell in the order of the file's
 * column list in csv-columns.ts, by the cell rules of csv-format.ts, and appends it to a
 * {@link Utf8Builder}. The column lists stay the one description of the files (the header, the
 * docs, and the reference rows that csv-stringify writes); a test holds each builder's bytes equal
 * to csv-stringify's text of those reference rows on every column type, so a column added, moved
 * or changed in a list and not here fails it. They exist because the generic
 * route (a closure per cell, a value boxed per cell, the cell's text appended code by code, a
 * time's number converted again for each column that repeats it) cost about half the replication
 * thread's time on a run with rows (docs/performance.md, "Row formatting, second round").
 */
import type { IncidentRecord, ResponderRecord } from '../model/records.js';
import { type DemandRecord, idList, numberList, type RowContext } from './csv-columns.js';
import { cellText, csvCell } from './csv-format.js';
import { formatKindTimes } from './kind-times.js';
import { RowNumbers } from './row-numbers.js';
import { Utf8Builder } from './utf8-builder.js';

/** The first two cells of every per-replication row, `<plan>,<replication>,`. */
function runCells(context: RowContext): string {
  return `${csvCell(context.plan)},${cellText(context.replication)},`;
}

/** A number that may be missing (null: an empty cell). */
function optional(numbers: RowNumbers, value: number | null): string {
  return value === null ? '' : numbers.numberText(value);
}

/** One incidents.csv row (with its line end), cells in INCIDENT_COLUMNS' order. */
function incidentRow(r: IncidentRecord, run: string, n: RowNumbers): string {
  // Left to right, as the columns: a time met again is found among the row's last numbers.
  return (
    `${run}${cellText(r.id)},${csvCell(r.type)},${cellText(r.priority)},${csvCell(r.site)},` +
    `${n.timeCells(r.occurred)},${n.timeCells(r.alert)},${csvCell(r.detectedBy)},` +
    `${n.timeCells(r.dispatched)},${n.timeCells(r.firstOnScene)},` +
    `${csvCell(r.firstResponder)},${csvCell(r.firstResponderKind)},` +
    `${csvCell(formatKindTimes(r.firstOnSceneByKind, n.numberText))},${cellText(r.officersRequired)},` +
    `${n.timeCells(r.officersOnScene)},${n.timeCells(r.cleared)},${cellText(r.waited)},` +
    `${optional(n, r.waitMinutes)},${optional(n, r.travelMinutes)},${cellText(r.recovered)},` +
    `${n.timeCells(r.found)},${cellText(r.withinTarget)},${csvCell(idList(r.responders))}\n`
  );
}

/** One responders.csv row (with its line end), cells in RESPONDER_COLUMNS' order. */
function responderRow(r: ResponderRecord, run: string, n: RowNumbers): string {
  const m = r.minutes;
  return (
    `${run}${csvCell(r.id)},${csvCell(r.kind)},${csvCell(r.home)},${cellText(r.persons)},` +
    `${n.numberText(m.idle)},${n.numberText(m.travelling)},${n.numberText(m.onScene)},` +
    `${n.numberText(m.returning)},${n.numberText(m.offShift)},${cellText(r.incidents)},` +
    `${n.numberText(r.travelMinutes)},${n.numberText(r.staffMinutes)},` +
    `${n.numberText(r.overtimeMinutes)},${n.numberText(r.breakMinutes)},` +
    // A list of numbers never holds a comma or a quote: it is never quoted.
    `${cellText(r.divertedTrips)},${numberList(r.busyMinutesByHour)},` +
    `${numberList(r.onDutyMinutesByHour)}\n`
  );
}

/** One demand.csv row (with its line end), cells in DEMAND_COLUMNS' order. */
function demandRow(r: DemandRecord, run: string, n: RowNumbers): string {
  return `${run}${cellText(r.day)},${n.numberText(r.multiplier)}\n`;
}

/**
 * Rows are joined into a string of about this many UTF-16 code units before it is encoded: one
 * call to the encoder per few dozen rows instead of one per row (about 10 % faster than a call
 * per row, measured; strings of a few hundred rows were about twice as slow again).
 */
const PENDING_UNITS = 8192;

/** A file's row builder: a record, its run's first cells, the row's number texts. */
type RowBuilder<R> = (record: R, run: string, numbers: RowNumbers) => string;

/** The UTF-8 bytes of the rows of records, each built by `row`, appended to `out`. */
function buildRows<R>(
  row: RowBuilder<R>,
  records: readonly R[],
  context: RowContext,
  out: Utf8Builder,
): Uint8Array {
  const run = runCells(context);
  const numbers = new RowNumbers(context.clock);
  let pending = '';
  for (const record of records) {
    pending += row(record, run, numbers);
    if (pending.length >= PENDING_UNITS) {
      out.append(pending);
      pending = '';
    }
  }
  out.append(pending);
  return out.finish();
}

/**
 * incidents.csv rows of one replication's incidents (no header): the bytes of
 * `formatRecords(INCIDENT_COLUMNS, …)`'s text.
 *
 * @param out the builder to append to (one kept by the caller keeps its grown buffer); it is
 *   left empty
 */
export function formatIncidentRows(
  records: readonly IncidentRecord[],
  context: RowContext,
  out: Utf8Builder = new Utf8Builder(),
): Uint8Array {
  return buildRows(incidentRow, records, context, out);
}

/** responders.csv rows (see {@link formatIncidentRows}): RESPONDER_COLUMNS' text as bytes. */
export function formatResponderRows(
  records: readonly ResponderRecord[],
  context: RowContext,
  out: Utf8Builder = new Utf8Builder(),
): Uint8Array {
  return buildRows(responderRow, records, context, out);
}

/** demand.csv rows (see {@link formatIncidentRows}): DEMAND_COLUMNS' text as bytes. */
export function formatDemandRows(
  records: readonly DemandRecord[],
  context: RowContext,
  out: Utf8Builder = new Utf8Builder(),
): Uint8Array {
  return buildRows(demandRow, records, context, out);
}
