/**
 * The fast models that come before the simulation in `peakwatch optimize`:
 *
 * - **unreachable standards**: a response standard that even the most generous plan of the
 *   search space cannot meet, because too few of its incidents are at sites any responder able
 *   to satisfy it could reach in time from where it is based (free-flow travel, nobody busy:
 *   analytic/standard-reach.ts; officers from each shift's base, by vehicle, so a plan with
 *   units on foot or e-bike is not screened). No number of units changes that, so the standard is reported
 *   and left out of the search rather than chased;
 * - **post placement**: with `--posts` and `--platforms N`, the maximal covering location
 *   (MCLP, placement.ts) of N platforms over the scenario's walking network and its expected
 *   incidents by site gives the search its starting plan.
 */
import { fastestArrival, isUnreachable } from '../analytic/standard-reach.js';
import { prepareScenarioModel } from '../model/replication.js';
import { dailyWindow, MINUTES_PER_DAY, parseClock, windowLength } from '../scenario/clock.js';
import { dutyWindow, isOnDuty, rosterDayNumber } from '../scenario/duty.js';
import type { ResponseStandard } from '../scenario/standards.js';
import type { Plan, Scenario, Standard } from '../scenario/types.js';
import { candidateParts } from './candidate.js';
import {
  expectedIncidentsBySite,
  type PlacementResult,
  placePosts,
  travelTimes,
} from './placement.js';
import { type Choice, clampChoice, type Dimension, type SearchSpace } from './search-space.js';
import { type HourBlock, screenBlocks } from './staffing.js';

/** A standard no plan of the space can meet. */
export interface UnreachableStandard {
  readonly standard: string;
  /** Percent of its expected incidents at sites some responder could reach in time. */
  readonly reachableShare: number;
  /** Required share, percent. */
  readonly required: number;
}

/**
 * The response standards that the most generous plan of the space (every dimension at its
 * highest value) cannot meet: the expected incidents at sites within reach (free-flow, from
 * where responders are based) are fewer than the required share of all its expected incidents.
 * The incidents a standard covers are approximated by its types, sites and site kinds (not its
 * days, hours or reporting channel).
 */
export function unreachableStandards(
  scenario: Scenario,
  base: Plan,
  dimensions: readonly Dimension[],
  standards: readonly Standard[],
): UnreachableStandard[] {
  const model = prepareScenarioModel(scenario);
  const generous: Plan = {
    ...base,
    ...candidateParts(
      base,
      dimensions,
      dimensions.map((d) => d.max),
    ),
  };
  // fastestArrival times officers by vehicle: units on foot or e-bike may reach sites no car
  // can, so with any of them nothing is claimed out of reach.
  if (generous.officers.shifts.some((s) => (s.mode ?? 'vehicle') !== 'vehicle')) return [];
  return standards.flatMap((standard) => {
    if (standard.measure !== 'response') return [];
    const demand = coveredDemand(scenario, model, standard);
    const total = [...demand.values()].reduce((a, b) => a + b, 0);
    if (!(total > 0)) return [];
    let reachable = 0;
    for (const [site, incidents] of demand) {
      const fastest = Math.min(
        ...byBase(generous).map((plan) =>
          fastestArrival(
            model.network,
            plan,
            standard,
            site,
            null,
            scenario.detection.dispatchMinutes,
          ),
        ),
      );
      if (!isUnreachable(standard, site, fastest)) reachable += incidents;
    }
    const reachableShare = (100 * reachable) / total;
    const required = 100 * standard.share;
    return reachableShare < required ? [{ standard: standard.id, reachableShare, required }] : [];
  });
}

/**
 * The plan split by where its shifts are based: one plan per base, holding the shifts based
 * there (`fastestArrival` drives officers from the plan's base only, by vehicle).
 */
function byBase(plan: Plan): Plan[] {
  const { officers } = plan;
  const bases = [...new Set(officers.shifts.map((s) => s.base ?? officers.base))];
  if (bases.length === 0) return [plan];
  return bases.map((base) => ({
    ...plan,
    officers: {
      ...officers,
      base,
      shifts: officers.shifts.filter((s) => (s.base ?? officers.base) === base),
    },
  }));
}

/** Expected incidents by site of the types and at the sites the standard covers. */
function coveredDemand(
  scenario: Scenario,
  model: ReturnType<typeof prepareScenarioModel>,
  standard: ResponseStandard,
): Map<string, number> {
  const { scope } = standard;
  const bySite = expectedIncidentsBySite(model, scope.types ? { types: scope.types } : {});
  const kindOf = new Map(scenario.sites.map((s) => [s.id, s.kind as string]));
  return new Map(
    [...bySite].filter(
      ([site, incidents]) =>
        incidents > 0 &&
        (scope.sites === null || scope.sites.includes(site)) &&
        (scope.siteKinds === null || scope.siteKinds.includes(kindOf.get(site) ?? '')),
    ),
  );
}

/** The placement screen's proposal: where the posts go, and the start choice it makes. */
export interface PlacementStart {
  readonly placement: PlacementResult;
  readonly choice: Choice;
  /** The walking minutes a post covers (the base plan's first platform's coverage). */
  readonly coverageMinutes: number;
}

/**
 * With post dimensions and a platforms count: the MCLP placement of that many platforms (the
 * base plan's platforms at other sites stay open) over the expected incidents by site, covered
 * within the base plan's platform coverage on foot; the start is the base plan with the posts
 * opened there (with the base plan's staff at a site that has a platform, else the dimension's
 * most) and closed elsewhere. Null when there is nothing to place.
 */
export function placementStart(
  scenario: Scenario,
  base: Plan,
  space: SearchSpace,
  baseChoice: Choice,
): PlacementStart | null {
  const posts = space.dimensions.flatMap((d) => (d.kind === 'post' ? [d.site] : []));
  if (space.platforms === undefined || posts.length === 0 || base.platforms.length === 0) {
    return null;
  }
  const model = prepareScenarioModel(scenario);
  const fixed = base.platforms.map((p) => p.site).filter((site) => !posts.includes(site));
  const coverageMinutes = base.platforms[0]!.coverageMinutes;
  const placement = placePosts(
    {
      candidates: posts,
      demand: expectedIncidentsBySite(model),
      travelMinutes: travelTimes(model, 'foot'),
      standardMinutes: coverageMinutes,
    },
    { posts: space.platforms, fixed },
  );
  const choice = space.dimensions.map((d, i) => {
    if (d.kind !== 'post') return baseChoice[i]!;
    if (!placement.open.includes(d.site)) return 0;
    return baseChoice[i]! > 0 ? baseChoice[i]! : d.max;
  });
  return { placement, choice: clampChoice(space.dimensions, choice), coverageMinutes };
}

/** The car screen's finding for one shift. */
export interface ShiftScreen {
  /** Index of the dimension (a cars dimension) in the space. */
  readonly dimension: number;
  /** The standard that needs the most cars of the shift. */
  readonly standard: string;
  /** Cars of this shift the screen asks for, the other shifts on duty as in the base plan. */
  readonly cars: number;
}

/**
 * PCAM-style screen of each cars dimension (staffing.ts, `screenBlocks`): for every response
 * standard that officers must meet (`arrive: officers`) and every day the shift runs, the fewest
 * officer units on duty in its busiest hour that meet the standard's share by M/M/c, less the
 * cars of the base plan's other shifts on duty then; the shift needs the most of these. Blocks
 * where no number suffices (out of reach) are left to the unreachable screen.
 */
export function screenShifts(
  scenario: Scenario,
  base: Plan,
  dimensions: readonly Dimension[],
  standards: readonly Standard[],
): ShiftScreen[] {
  const officerStandards = standards.filter(
    (s): s is ResponseStandard => s.measure === 'response' && s.arrive.who === 'officers',
  );
  if (officerStandards.length === 0) return [];
  const model = prepareScenarioModel(scenario);
  const found: ShiftScreen[] = [];
  for (const [i, d] of dimensions.entries()) {
    if (d.kind !== 'cars') continue;
    const shift = base.officers.shifts[d.shift]!;
    const blocks = shiftBlocks(shift, scenario.calendar.start, model.horizon);
    let best: ShiftScreen | undefined;
    for (const standard of officerStandards) {
      const screened = screenBlocks(model, {
        plan: base.name,
        standard,
        blocks,
        base: shift.base ?? base.officers.base,
        mode: shift.mode ?? 'vehicle',
        crew: shift.crew,
      });
      for (const block of screened) {
        if (block.cars === null) continue;
        const middle = (block.hour.start + block.hour.end) / 2;
        const others = otherCarsOnDuty(base, d.shift, middle, scenario.calendar.start);
        const cars = Math.max(0, block.cars - others);
        if (best === undefined || cars > best.cars)
          best = { dimension: i, standard: standard.id, cars };
      }
    }
    if (best !== undefined) found.push(best);
  }
  return found;
}

/** The spans of the run a shift is on duty: one per day it starts on, within the horizon. */
function shiftBlocks(
  shift: Plan['officers']['shifts'][number],
  calendarStart: string,
  horizon: number,
): HourBlock[] {
  const start = parseClock(shift.start);
  const length = windowLength(dailyWindow(shift));
  const days =
    shift.days === undefined
      ? Array.from({ length: Math.ceil(horizon / MINUTES_PER_DAY) }, (_, d) => d + 1)
      : shift.days.map((day) => rosterDayNumber(day, calendarStart));
  return days.flatMap((day) => {
    const from = (day - 1) * MINUTES_PER_DAY + start;
    const to = Math.min(horizon, from + length);
    return from < to ? [{ from, to }] : [];
  });
}

/** Cars of the base plan's shifts other than `shift` on duty at minute `t` of the run. */
function otherCarsOnDuty(base: Plan, shift: number, t: number, calendarStart: string): number {
  return base.officers.shifts.reduce((sum, s, i) => {
    if (i === shift) return sum;
    const days = s.days?.map((day) => rosterDayNumber(day, calendarStart));
    return isOnDuty(dutyWindow(s, days), t) ? sum + s.cars : sum;
  }, 0);
}
