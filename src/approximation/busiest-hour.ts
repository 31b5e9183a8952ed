/**
 * Expected incidents hour by hour, from the model's own crowd and rate functions (the expected
 * occupancy for the scenario's visitor numbers, without day-level demand variation, whose mean
 * is 1): no simulation is needed to find the busiest hour.
 */
import { expectedOccupancy, type Occupancy } from '../model/occupancy.js';
import { incidentRate } from '../model/rates.js';
import type { ScenarioModel } from '../model/replication.js';

/** Expected incidents of one (site, type) in one hour. */
export interface SourceHourRate {
  /** Site id. */
  readonly site: string;
  /** Incident type id. */
  readonly type: string;
  /** Expected incidents in the hour. */
  readonly incidents: number;
}

/** An hour of the horizon: index h covers minutes [60h, 60h + 60). */
export interface HourOfRun {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The expected occupancy of a prepared scenario at its nominal visitor numbers.
 *
 * @example nominalOccupancy(prepareScenarioModel(scenario)).at(siteIndex, 600)
 */
export function nominalOccupancy(model: ScenarioModel): Occupancy {
  return expectedOccupancy(
    model.crowd,
    model.network.size,
    model.scenario.crowd.visitorsPerDay,
    model.runLimit + 1,
  );
}

/**
 * Expected incidents in hour `hour` of each (site, type) that can produce any, by the trapezoid
 * rule on the minute grid of the occupancy (exact when λ is linear in the occupancy, which is
 * linear between grid instants; the crowding effect's curvature within a minute is negligible).
 */
export function hourRates(
  model: ScenarioModel,
  occupancy: Occupancy,
  hour: HourOfRun,
): SourceHourRate[] {
  const { siteIds } = model.network;
  return model.sources.map((source) => {
    const rateAt = (t: number) => incidentRate(source, occupancy.at(source.siteIndex, t));
    let incidents = (rateAt(hour.start) + rateAt(hour.end)) / 2;
    for (let t = hour.start + 1; t < hour.end; t++) incidents += rateAt(t);
    return {
      site: siteIds[source.siteIndex]!,
      type: model.types[source.typeIndex]!.id,
      incidents,
    };
  });
}

/**
 * The hour of the horizon with the most expected incidents (all sites and types), and its
 * expected total; the earliest such hour on a tie.
 *
 * @example busiestHour(model, nominalOccupancy(model)) // { hour: { index: 34, start: 2040, end: 2100 }, incidents: 21.7 }
 */
export function busiestHour(
  model: ScenarioModel,
  occupancy: Occupancy,
): { readonly hour: HourOfRun; readonly incidents: number } {
  const hours = Math.ceil(model.horizon / 60);
  let best = { hour: hourOfRun(0), incidents: -1 };
  for (let h = 0; h < hours; h++) {
    const hour = hourOfRun(h);
    const incidents = hourRates(model, occupancy, hour).reduce((sum, s) => sum + s.incidents, 0);
    if (incidents > best.incidents) best = { hour, incidents };
  }
  return best;
}

/**
 * Hour `index` of the run (0 = 00:00–01:00 of day 1).
 * @example hourOfRun(25) // { index: 25, start: 1500, end: 1560 }: 01:00–02:00 of day 2
 */
export function hourOfRun(index: number): HourOfRun {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`an hour of the run is an integer of 0 or more (got ${index})`);
  }
  return { index, start: index * 60, end: index * 60 + 60 };
}
