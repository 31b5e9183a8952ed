/**
 * The rows of incidents.csv, responders.csv and occupancy.csv that the report draws from, read
 * back into typed records. Only the columns the report uses are kept; docs/outputs.md describes
 * every column.
 */
import { parseNumberCell } from '../../output/csv-format.js';
import { replicationOccupancy } from '../../output/expected-occupancy.js';
import { type CsvTable, columnIndex, optionalColumnIndex } from './csv-table.js';

/** One incident of one replication, as the report needs it. Times in minutes since day 1 00:00. */
export interface IncidentRow {
  readonly plan: string;
  readonly replication: number;
  readonly type: string;
  readonly site: string;
  readonly occurred: number;
  readonly alert: number;
  /** NaN when nobody reached it. */
  readonly firstOnScene: number;
  readonly officersRequired: number;
  /** NaN when no officers were required. */
  readonly officersOnScene: number;
}

/** One responder unit of one replication. */
export interface ResponderRow {
  readonly plan: string;
  readonly replication: number;
  readonly responder: string;
  readonly kind: string;
  readonly persons: number;
  /**
   * Busy minutes in each clock hour since day 1 00:00 (column `busy_minutes_by_hour`, minutes
   * separated by `;`); null when the file has no such column.
   */
  readonly busyMinutesByHour: readonly number[] | null;
  /** On-duty minutes in each clock hour (column `on_duty_minutes_by_hour`); null when absent. */
  readonly onDutyMinutesByHour: readonly number[] | null;
}

/** Expected visitors present at one site over one output interval. */
export interface OccupancyRow {
  /**
   * The replication; 0 for the mean over replications that {@link meanOccupancyRows} rebuilds
   * from occupancy.csv and demand.csv.
   */
  readonly replication: number;
  readonly site: string;
  /** Interval start, minutes since day 1 00:00. */
  readonly start: number;
  readonly occupancy: number;
}

/** Names of the by-hour columns of responders.csv the report reads when present. */
export const BY_HOUR_COLUMNS = {
  busy: 'busy_minutes_by_hour',
  onDuty: 'on_duty_minutes_by_hour',
} as const;

/** Reads incidents.csv rows. @throws Error naming the file and line for a bad cell. */
export function readIncidentRows(table: CsvTable): IncidentRow[] {
  const col = columnReader(table);
  const plan = col.text('plan');
  const replication = col.number('replication');
  const type = col.text('type');
  const site = col.text('site');
  const occurred = col.number('occurred');
  const alert = col.number('alert');
  const firstOnScene = col.number('first_on_scene');
  const officersRequired = col.number('officers_required');
  const officersOnScene = col.number('officers_on_scene');
  return table.rows.map((row, i) => ({
    plan: plan(row, i),
    replication: replication(row, i),
    type: type(row, i),
    site: site(row, i),
    occurred: occurred(row, i),
    alert: alert(row, i),
    firstOnScene: firstOnScene(row, i),
    officersRequired: officersRequired(row, i),
    officersOnScene: officersOnScene(row, i),
  }));
}

/** Reads responders.csv rows, with the by-hour columns when the file has them. */
export function readResponderRows(table: CsvTable): ResponderRow[] {
  const col = columnReader(table);
  const plan = col.text('plan');
  const replication = col.number('replication');
  const responder = col.text('responder');
  const kind = col.text('kind');
  const persons = col.number('persons');
  const busy = col.optionalList(BY_HOUR_COLUMNS.busy);
  const onDuty = col.optionalList(BY_HOUR_COLUMNS.onDuty);
  return table.rows.map((row, i) => ({
    plan: plan(row, i),
    replication: replication(row, i),
    responder: responder(row, i),
    kind: kind(row, i),
    persons: persons(row, i),
    busyMinutesByHour: busy(row, i),
    onDutyMinutesByHour: onDuty(row, i),
  }));
}

/**
 * Whether an occupancy.csv is written once per experiment (with `entry_day`, read with
 * {@link meanOccupancyRows}) rather than, as by older versions, once per replication.
 */
export function isEntryDayOccupancy(table: CsvTable): boolean {
  return optionalColumnIndex(table, 'entry_day') >= 0;
}

/**
 * The mean occupancy over the replications of demand.csv, from occupancy.csv's rows by entry
 * day: the occupancy is linear in each day's multiplier, so the mean over replications is the
 * occupancy at each day's mean multiplier (docs/outputs.md).
 *
 * @throws Error naming the file and line for a bad cell, or a day without a multiplier
 */
export function meanOccupancyRows(occupancy: CsvTable, demand: CsvTable): OccupancyRow[] {
  const d = columnReader(demand);
  const day = d.number('day');
  const multiplier = d.number('multiplier');
  const sums: number[] = [];
  const counts: number[] = [];
  demand.rows.forEach((row, i) => {
    const index = day(row, i) - 1;
    if (!Number.isInteger(index) || index < 0) {
      throw new Error(`${demand.source}:${i + 2}: day: not a day number 1, 2, …`);
    }
    sums[index] = (sums[index] ?? 0) + multiplier(row, i);
    counts[index] = (counts[index] ?? 0) + 1;
  });
  const means: number[] = [];
  for (let index = 0; index < sums.length; index++) {
    const count = counts[index];
    if (count === undefined)
      throw new Error(`${demand.source}: no multiplier for day ${index + 1}`);
    means.push(sums[index]! / count);
  }
  const o = columnReader(occupancy);
  const site = o.text('site');
  const start = o.number('start');
  const entryDay = o.number('entry_day');
  const value = o.number('occupancy');
  const rows = occupancy.rows.map((row, i) => ({
    site: site(row, i),
    start: start(row, i),
    entryDay: entryDay(row, i),
    occupancy: value(row, i),
  }));
  try {
    return replicationOccupancy(rows, means).map((record) => ({ replication: 0, ...record }));
  } catch (error) {
    throw new Error(`${demand.source}: ${(error as Error).message}`);
  }
}

/** Reads occupancy.csv rows written once per replication (older versions of peakwatch). */
export function readOccupancyRows(table: CsvTable): OccupancyRow[] {
  const col = columnReader(table);
  const replication = col.number('replication');
  const site = col.text('site');
  const start = col.number('start');
  const occupancy = col.number('occupancy');
  return table.rows.map((row, i) => ({
    replication: replication(row, i),
    site: site(row, i),
    start: start(row, i),
    occupancy: occupancy(row, i),
  }));
}

/** Reads a cell of row `i` (0-based data row). */
type CellReader<T> = (row: readonly string[], i: number) => T;

/** Cell readers by column name that locate errors at file:line. */
function columnReader(table: CsvTable) {
  // Data row i is on line i + 2 (the header is line 1; our cells never span lines).
  const where = (i: number, name: string) => `${table.source}:${i + 2}: ${name}`;
  const parse = (text: string, i: number, name: string): number => {
    try {
      return parseNumberCell(text);
    } catch (error) {
      throw new Error(`${where(i, name)}: ${(error as Error).message}`);
    }
  };
  return {
    text(name: string): CellReader<string> {
      const k = columnIndex(table, name);
      return (row) => row[k]!;
    },
    number(name: string): CellReader<number> {
      const k = columnIndex(table, name);
      return (row, i) => parse(row[k]!, i, name);
    },
    optionalList(name: string): CellReader<number[] | null> {
      const k = optionalColumnIndex(table, name);
      if (k < 0) return () => null;
      return (row, i) => {
        const cell = row[k]!;
        return cell === '' ? [] : cell.split(';').map((part) => parse(part, i, name));
      };
    },
  };
}
