/**
 * The columns of the record CSV files (incidents.csv, responders.csv, demand.csv and
 * occupancy.csv of `peakwatch run`; the same files of `peakwatch compare`, the first two per
 * plan). Each file is a list of columns, each a name and how to read its cell from a model
 * record, so the header and the rows cannot drift apart; {@link formatRecords} turns records
 * into CSV text directly from that list. docs/outputs.md describes every column; a test checks
 * that it names them all.
 */
import type { IncidentRecord, ResponderRecord } from '../model/records.js';
import type { ClockLabels } from './clock.js';
import { type CellValue, cellText, csvCell } from './csv-format.js';
import { CsvRowWriter } from './csv-row-writer.js';
import type { EntryDayOccupancy } from './expected-occupancy.js';
import { formatKindTimes, writeKindTimes } from './kind-times.js';
import { Utf8Builder } from './utf8-builder.js';

/** What a row with times needs besides its record: the calendar's first day. */
export interface ClockContext {
  /** Clock labels from calendar.start. */
  readonly clock: ClockLabels;
}

/** What a per-replication row needs besides its record: which run it belongs to, and the clock. */
export interface RowContext extends ClockContext {
  readonly plan: string;
  readonly replication: number;
}

/**
 * One CSV column: its header and how to compute its cell; and, for a cell that is costly to make
 * as a value (a clock label, a list), how to write it straight into a row, which must write the
 * very bytes of the cell's value (the tests hold both ways to csv-stringify's text).
 */
export interface Column<R, C = RowContext> {
  readonly name: string;
  readonly cell: (record: R, context: C) => CellValue;
  /** Writes the cell of `cell`'s value straight into a row (absent: the row writes that value). */
  readonly write?: (record: R, context: C, row: CsvRowWriter) => void;
}

/** A simulation time and its clock label, as two columns `<name>` and `<name>_time`. */
function timeColumns<R>(
  name: string,
  minutes: (record: R) => number | null,
): Column<R, ClockContext>[] {
  return [
    { name, cell: minutes },
    {
      name: `${name}_time`,
      cell: (r, c) => {
        const m = minutes(r);
        return m === null ? null : c.clock.label(m);
      },
      write: (r, c, row) => row.label(c.clock, minutes(r)),
    },
  ];
}

/**
 * A list of numbers as one cell, each written as {@link cellText} writes a number, separated by
 * `;` (a number's text never contains one, nor a comma).
 */
function numberList(values: readonly number[]): string {
  return values.map(cellText).join(';');
}

const SEMICOLON = 0x3b;

const runColumns = <R>(): Column<R>[] => [
  { name: 'plan', cell: (_r, c) => c.plan },
  { name: 'replication', cell: (_r, c) => c.replication },
];

/** incidents.csv: one row per incident and replication. */
export const INCIDENT_COLUMNS: readonly Column<IncidentRecord>[] = [
  ...runColumns<IncidentRecord>(),
  { name: 'incident', cell: (r) => r.id },
  { name: 'type', cell: (r) => r.type },
  { name: 'priority', cell: (r) => r.priority },
  { name: 'site', cell: (r) => r.site },
  ...timeColumns<IncidentRecord>('occurred', (r) => r.occurred),
  ...timeColumns<IncidentRecord>('alert', (r) => r.alert),
  { name: 'detected_by', cell: (r) => r.detectedBy },
  ...timeColumns<IncidentRecord>('dispatched', (r) => r.dispatched),
  ...timeColumns<IncidentRecord>('first_on_scene', (r) => r.firstOnScene),
  { name: 'first_responder', cell: (r) => r.firstResponder },
  { name: 'first_responder_kind', cell: (r) => r.firstResponderKind },
  {
    name: 'first_on_scene_by_kind',
    cell: (r) => formatKindTimes(r.firstOnSceneByKind),
    write: (r, _c, row) => writeKindTimes(r.firstOnSceneByKind, row),
  },
  { name: 'officers_required', cell: (r) => r.officersRequired },
  ...timeColumns<IncidentRecord>('officers_on_scene', (r) => r.officersOnScene),
  ...timeColumns<IncidentRecord>('cleared', (r) => r.cleared),
  { name: 'waited', cell: (r) => r.waited },
  { name: 'wait_minutes', cell: (r) => r.waitMinutes },
  { name: 'travel_minutes', cell: (r) => r.travelMinutes },
  { name: 'recovered', cell: (r) => r.recovered },
  ...timeColumns<IncidentRecord>('found', (r) => r.found),
  { name: 'within_target', cell: (r) => r.withinTarget },
  // Responder ids are ids (letters, digits, '-', '_'), so ';' cannot occur inside one.
  {
    name: 'responders',
    cell: (r) => r.responders.join(';'),
    write: (r, _c, row) => row.textList(r.responders, SEMICOLON),
  },
];

/** responders.csv: one row per responder unit and replication. */
export const RESPONDER_COLUMNS: readonly Column<ResponderRecord>[] = [
  ...runColumns<ResponderRecord>(),
  { name: 'responder', cell: (r) => r.id },
  { name: 'kind', cell: (r) => r.kind },
  { name: 'home', cell: (r) => r.home },
  { name: 'persons', cell: (r) => r.persons },
  { name: 'idle_minutes', cell: (r) => r.minutes.idle },
  { name: 'travelling_minutes', cell: (r) => r.minutes.travelling },
  { name: 'on_scene_minutes', cell: (r) => r.minutes.onScene },
  { name: 'returning_minutes', cell: (r) => r.minutes.returning },
  { name: 'off_shift_minutes', cell: (r) => r.minutes.offShift },
  { name: 'incidents', cell: (r) => r.incidents },
  { name: 'travel_minutes', cell: (r) => r.travelMinutes },
  { name: 'staff_minutes', cell: (r) => r.staffMinutes },
  { name: 'overtime_minutes', cell: (r) => r.overtimeMinutes },
  { name: 'break_minutes', cell: (r) => r.breakMinutes },
  { name: 'diverted_trips', cell: (r) => r.divertedTrips },
  { name: 'busy_minutes_by_hour', cell: (r) => numberList(r.busyMinutesByHour) },
  { name: 'on_duty_minutes_by_hour', cell: (r) => numberList(r.onDutyMinutesByHour) },
];

/** One day's demand multiplier in one replication (a row of demand.csv). */
export interface DemandRecord {
  /** 1 = the calendar's first day. */
  readonly day: number;
  readonly multiplier: number;
}

/** demand.csv: one row per day and replication. */
export const DEMAND_COLUMNS: readonly Column<DemandRecord>[] = [
  ...runColumns<DemandRecord>(),
  { name: 'day', cell: (r) => r.day },
  { name: 'multiplier', cell: (r) => r.multiplier },
];

/**
 * occupancy.csv: one row per site, output interval and entry day, once per scenario (see
 * expected-occupancy.ts). Its rows need no run context.
 */
export const OCCUPANCY_COLUMNS: readonly Column<EntryDayOccupancy, ClockContext>[] = [
  { name: 'site', cell: (r) => r.site },
  ...timeColumns<EntryDayOccupancy>('start', (r) => r.start),
  { name: 'entry_day', cell: (r) => r.entryDay },
  { name: 'occupancy', cell: (r) => r.occupancy },
];

/** The header cells of a column list. */
export function columnNames<R, C>(columns: readonly Column<R, C>[]): string[] {
  return columns.map((column) => column.name);
}

/**
 * The cells of one record under a column list, as csv-stringify would be given them: the
 * reference that the tests hold {@link formatRecords} to.
 */
export function rowCells<R, C>(
  columns: readonly Column<R, C>[],
  record: R,
  context: C,
): CellValue[] {
  return columns.map((column) => column.cell(record, context));
}

/**
 * CSV text (a line end after every row, no header) of records under a column list, built
 * directly: the same text csv-stringify writes for {@link rowCells} (a test holds them equal),
 * without its per-row arrays and option handling, which cost more than the simulation. Cells
 * and lines are joined rather than appended one by one: appending leaves a chain of partial
 * strings per cell for the garbage collector (joining took half the CPU time, measured).
 */
export function formatRecords<R, C>(
  columns: readonly Column<R, C>[],
  records: readonly R[],
  context: C,
): string {
  if (records.length === 0) return '';
  const lines = new Array<string>(records.length);
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    for (let k = 0; k < columns.length; k++) cells[k] = csvCell(columns[k]!.cell(record, context));
    lines[i] = cells.join(',');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The UTF-8 bytes of {@link formatRecords}'s text, built without making that text: each cell is
 * written into one buffer by a {@link CsvRowWriter} (a test holds the bytes equal to the text's).
 * This is how the record files' rows are made in the worker threads.
 *
 * @param out the builder to append to (one kept by the caller keeps its grown buffer); it is
 *   left empty
 */
export function formatRecordBytes<R, C>(
  columns: readonly Column<R, C>[],
  records: readonly R[],
  context: C,
  out: Utf8Builder = new Utf8Builder(),
): Uint8Array {
  appendRecordRows(columns, records, context, out, 0, records.length);
  return out.finish();
}

/**
 * Appends the rows of `records[from]` up to (not including) `records[to]` to `out`, as
 * {@link formatRecordBytes} formats them, without finishing: a file's rows appended in several
 * ranges, then finished, are the same bytes as in one call.
 */
export function appendRecordRows<R, C>(
  columns: readonly Column<R, C>[],
  records: readonly R[],
  context: C,
  out: Utf8Builder,
  from: number,
  to: number,
): void {
  const row = new CsvRowWriter(out);
  for (let i = from; i < to; i++) {
    const record = records[i]!;
    for (let k = 0; k < columns.length; k++) {
      if (k > 0) row.nextCell();
      const column = columns[k]!;
      const write = column.write;
      if (write === undefined) row.value(column.cell(record, context));
      else write(record, context, row);
    }
    row.endRow();
  }
}
