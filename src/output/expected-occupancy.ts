/**
 * The crowd's occupancy as peakwatch writes it: once per scenario, not once per replication.
 * The model's expected occupancy is linear in each day's visitors (it is
 * Σ_d visitors_d · unitResponse(t − 1440·d)), and a replication's visitors differ from the
 * scenario's only by one demand multiplier per day. So occupancy.csv holds, for each site and
 * interval, the contribution of each entry day at the scenario's visitors, and demand.csv each
 * replication's multipliers; any replication's occupancy is Σ_d multiplier_d · contribution_d.
 * docs/outputs.md gives the rule to users; {@link replicationOccupancy} applies it.
 */
import { expectedOccupancy } from '../model/occupancy.js';
import type { OccupancyRecord } from '../model/records.js';
import type { ScenarioModel } from '../model/scenario-model.js';
import { MINUTES_PER_DAY } from '../scenario/clock.js';
import { ClockLabels } from './clock.js';
import { formatRecords, OCCUPANCY_COLUMNS } from './csv-columns.js';

/** Expected visitors present at a site over one interval who entered on one day. */
export interface EntryDayOccupancy {
  readonly site: string;
  /** Interval start, minutes since the first day's 00:00. */
  readonly start: number;
  /** The day the visitors entered, 1 = the calendar's first day. */
  readonly entryDay: number;
  /** Mean expected visitors present over the interval, at the scenario's visitors that day. */
  readonly occupancy: number;
}

/**
 * The rows of occupancy.csv: for each site visitors use (in site order) and each output
 * interval (in time order), one row for the interval's own day (even when it is 0, so that every
 * interval is listed) and one for each earlier entry day whose visitors are still present.
 * Each day's visitors are looked at only over the span their stays can reach (the unit
 * response's length), so the cost grows with days × intervals of a day, not days².
 */
export function expectedOccupancyByEntryDay(model: ScenarioModel): EntryDayOccupancy[] {
  const { crowd, network, horizon, runLimit } = model;
  const interval = model.scenario.occupancyIntervalMinutes;
  const byDay = crowd.visitorsPerDay.map((visitors, day) =>
    expectedOccupancy(
      crowd,
      network.size,
      crowd.visitorsPerDay.map((_, d) => (d === day ? visitors : 0)),
      runLimit,
    ),
  );
  const reachBySite = new Map(crowd.sites.map((s) => [s.siteIndex, s.unitResponse.length]));
  const rows: EntryDayOccupancy[] = [];
  network.siteIds.forEach((site, index) => {
    const reach = reachBySite.get(index);
    if (reach === undefined) return;
    for (let start = 0; start < horizon; start += interval) {
      const end = Math.min(start + interval, horizon);
      const ownDay = Math.floor(start / MINUTES_PER_DAY);
      // Days before this one leave nobody here once their stays have ended; an interval that
      // runs past midnight also holds the next day's first visitors.
      const firstDay = Math.max(0, Math.floor((start - reach) / MINUTES_PER_DAY));
      const lastDay = Math.min(byDay.length - 1, Math.ceil(end / MINUTES_PER_DAY) - 1);
      for (let day = firstDay; day <= lastDay; day++) {
        const occupancy = byDay[day]!.meanOver(index, start, end);
        if (day === ownDay || occupancy !== 0) {
          rows.push({ site, start, entryDay: day + 1, occupancy });
        }
      }
    }
  });
  return rows;
}

/**
 * One replication's occupancy from the rows of occupancy.csv and that replication's demand
 * multipliers (demand.csv): for each site and interval, Σ over its rows of
 * multiplier[entryDay] · occupancy. Rows of one site and interval must be consecutive, as
 * {@link expectedOccupancyByEntryDay} writes them.
 *
 * @param multipliers by day, index 0 = day 1
 * @throws RangeError when a row names a day without a multiplier
 */
export function replicationOccupancy(
  rows: readonly EntryDayOccupancy[],
  multipliers: readonly number[],
): OccupancyRecord[] {
  const records: OccupancyRecord[] = [];
  let current: { site: string; start: number; occupancy: number } | undefined;
  for (const row of rows) {
    const multiplier = multipliers[row.entryDay - 1];
    if (multiplier === undefined) {
      throw new RangeError(`no demand multiplier for day ${row.entryDay}`);
    }
    if (current === undefined || current.site !== row.site || current.start !== row.start) {
      current = { site: row.site, start: row.start, occupancy: 0 };
      records.push(current);
    }
    current.occupancy += multiplier * row.occupancy;
  }
  return records;
}

/** The text of occupancy.csv after its header (see {@link expectedOccupancyByEntryDay}). */
export function formatExpectedOccupancy(model: ScenarioModel): string {
  const clock = new ClockLabels(model.scenario.calendar.start);
  return formatRecords(OCCUPANCY_COLUMNS, expectedOccupancyByEntryDay(model), { clock });
}
