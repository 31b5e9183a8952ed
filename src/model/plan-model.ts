/**
 * A staffing plan prepared for simulation: its units with their ids and daily windows, patrol
 * routes with walking times, and which platform posts cover which sites. Preparing also checks
 * that the plan can answer every incident the scenario can produce (someone capable can reach
 * it, and enough officers can be on duty at once); otherwise incidents would wait forever, so
 * that is an error with a clear message rather than a silently stalled simulation.
 */

import { answerGap } from '../scenario/answerability.js';
import { type DailyWindow, dailyWindow } from '../scenario/clock.js';
import {
  type DutyWindow,
  dutyWindow,
  mostOfficersOnDuty,
  rosterDayNumber,
} from '../scenario/duty.js';
import { shiftBase } from '../scenario/officer-bases.js';
import type { TravelModeName } from '../scenario/schema.js';
import type { Plan } from '../scenario/types.js';
import type { IncidentTypeModel } from './incident.js';
import type { Network } from './network.js';
import { officerUnitId } from './officers.js';
import type { PatrolRoute } from './patrols.js';
import { patrolTeamId, startingStop } from './patrols.js';
import { platformStaffId } from './platforms.js';
import { coveringPostsBySite } from './post-coverage.js';
import type { IncidentSource } from './rates.js';
import { fieldedGroups, RESPONDER_KIND_NAMES, type ResponderKindName } from './responder-kinds.js';

/** One officer shift: units of `crew` officers posted at `base`, on duty in `window`. */
export interface ShiftModel {
  readonly window: DutyWindow;
  readonly crew: number;
  /** Site index the units are posted at and return to. */
  readonly base: number;
  readonly mode: TravelModeName;
  readonly unitIds: readonly string[];
  /**
   * The loop its units walk instead of waiting at `base` (the route's first stop), and where
   * each unit starts it every day; null for units posted at a base.
   */
  readonly patrol: { readonly route: PatrolRoute; readonly startStops: readonly number[] } | null;
  /** Meal breaks: the clock minute the first starts and each one's minutes; null if none. */
  readonly mealBreak: { readonly startMinute: number; readonly minutes: number } | null;
}

/** One platform post. */
export interface PostModel {
  readonly site: number;
  readonly window: DailyWindow;
  readonly coverageMinutes: number;
  readonly staffIds: readonly string[];
}

/** One patrol: its route and teams. */
export interface PatrolModel {
  readonly window: DailyWindow;
  readonly route: PatrolRoute;
  readonly teams: readonly { readonly id: string; readonly startStop: number }[];
}

/** A plan ready to simulate. */
export interface PlanModel {
  readonly name: string;
  readonly policy: Plan['dispatch'];
  /** Site index of the station (the default base of the shifts). */
  readonly base: number;
  readonly shifts: readonly ShiftModel[];
  readonly posts: readonly PostModel[];
  readonly patrols: readonly PatrolModel[];
  /** For each site index, the posts (indices into `posts`) whose coverage includes it. */
  readonly coveringPosts: readonly (readonly number[])[];
}

/**
 * Prepares a plan.
 * @throws Error naming the plan when a patrol route cannot be walked, or when some incident the
 *   scenario can produce could never be answered by the plan.
 */
export function buildPlanModel(
  plan: Plan,
  network: Network,
  sources: readonly IncidentSource[],
  types: readonly IncidentTypeModel[],
  calendar: { readonly start: string; readonly days: number },
): PlanModel {
  const shifts = plan.officers.shifts.map((shift, s): ShiftModel => {
    const mode = shift.mode ?? 'vehicle';
    const days = shift.days?.map((day) => rosterDayNumber(day, calendar.start));
    return {
      window: dutyWindow(shift, days),
      crew: shift.crew,
      base: network.indexOf(shiftBase(plan.officers, shift)),
      mode,
      unitIds: Array.from({ length: shift.cars }, (_, n) => officerUnitId(mode, s + 1, n + 1)),
      patrol: officerPatrol(plan.name, s, shift, network),
      mealBreak:
        shift.mealBreak === undefined
          ? null
          : {
              startMinute: dailyWindow({ start: shift.mealBreak.from, end: shift.mealBreak.to })
                .start,
              minutes: shift.mealBreak.minutes,
            },
    };
  });
  const posts = plan.platforms.map((post) => ({
    site: network.indexOf(post.site),
    window: dailyWindow(post.hours),
    coverageMinutes: post.coverageMinutes,
    staffIds: Array.from({ length: post.staff }, (_, n) => platformStaffId(post.site, n + 1)),
  }));
  const patrols = plan.patrols.map((patrol) => {
    const route = patrolRoute(plan.name, patrol, network);
    return {
      window: dailyWindow(patrol.hours),
      route,
      teams: Array.from({ length: patrol.teams }, (_, j) => ({
        id: patrolTeamId(patrol.id, j + 1),
        startStop: startingStop(j, patrol.teams, route.stops.length),
      })),
    };
  });
  const coveringPosts = coveringPostsBySite(network, posts);
  const model: PlanModel = {
    name: plan.name,
    policy: plan.dispatch,
    base: network.indexOf(plan.officers.base),
    shifts,
    posts,
    patrols,
    coveringPosts,
  };
  checkPlanCanRespond(model, plan, network, sources, types, calendar.days);
  return model;
}

/** The loop a shift's officers walk, and each unit's first stop; null for a posted shift. */
function officerPatrol(
  planName: string,
  s: number,
  shift: Plan['officers']['shifts'][number],
  network: Network,
): ShiftModel['patrol'] {
  if (shift.patrol === undefined) return null;
  const route = patrolRoute(planName, { id: `of shift ${s + 1}`, ...shift.patrol }, network);
  const startStops = Array.from({ length: shift.cars }, (_, j) =>
    startingStop(j, shift.cars, route.stops.length),
  );
  return { route, startStops };
}

function patrolRoute(
  planName: string,
  patrol: Pick<Plan['patrols'][number], 'id' | 'route' | 'dwellMinutes'>,
  network: Network,
): PatrolRoute {
  const stops = patrol.route.map((id) => network.indexOf(id));
  const legMinutes = stops.map((stop, i) => network.walk(stop, stops[(i + 1) % stops.length]!));
  legMinutes.forEach((minutes, i) => {
    if (minutes === Number.POSITIVE_INFINITY) {
      const next = patrol.route[(i + 1) % stops.length];
      throw new Error(
        `plan "${planName}", patrol "${patrol.id}": no walking path from "${patrol.route[i]}" to "${next}"`,
      );
    }
  });
  const loopMinutes =
    legMinutes.reduce((sum, m) => sum + m, 0) + stops.length * patrol.dwellMinutes;
  if (!(loopMinutes > 0)) {
    throw new Error(
      `plan "${planName}", patrol "${patrol.id}": a round of the route takes no time (walks and dwellMinutes are all 0)`,
    );
  }
  return { stops, legMinutes, dwellMinutes: patrol.dwellMinutes };
}

/** The most officers on duty at the same time over `days` days, whatever their mode or base. */
export function maxCrewOnDuty(shifts: readonly ShiftModel[], days: number): number {
  return mostOfficersOnDuty(
    shifts.map((shift) => ({ window: shift.window, officers: shift.crew * shift.unitIds.length })),
    days,
  );
}

/** Throws when some incident source could never be answered by the plan. */
function checkPlanCanRespond(
  plan: PlanModel,
  input: Plan,
  network: Network,
  sources: readonly IncidentSource[],
  types: readonly IncidentTypeModel[],
  days: number,
): void {
  const maxCrew = maxCrewOnDuty(plan.shifts, days);
  const reaches = kindReach(input, network);
  for (const source of sources) {
    const type = types[source.typeIndex]!;
    const site = source.siteIndex;
    const where = `incident type "${type.id}" at site "${network.siteIds[site]}"`;
    const fail = (why: string): never => {
      throw new Error(`plan "${plan.name}" cannot answer ${where}: ${why}`);
    };
    const handlers = RESPONDER_KIND_NAMES.filter((kind) => type.handledBy[kind]);
    const gap = answerGap(
      { officers: type.officers, escalatedOfficers: type.escalation?.officers ?? 0, handlers },
      { mostOfficersOnDuty: maxCrew, reaches: (kind) => reaches(kind, site) },
    );
    if (gap?.gap === 'too-few-officers') {
      fail(`it may need ${gap.needed} officers, and at most ${maxCrew} are on duty at once`);
    }
    if (gap?.gap === 'no-officer-reaches') {
      fail('it may need officers, and no officer unit can get there');
    }
    if (gap?.gap === 'no-handler-reaches') {
      fail(`only ${handlers.join(', ')} may handle it, and the plan has none that can reach it`);
    }
  }
}

/**
 * Whether some unit of a kind the plan fields can get to a site (site index) at all, from where
 * the registry's `deployments` say it sets off, by its mode.
 */
function kindReach(
  plan: Plan,
  network: Network,
): (kind: ResponderKindName, site: number) => boolean {
  const origins = new Map(
    RESPONDER_KIND_NAMES.map((kind) => [
      kind,
      fieldedGroups(plan, kind).flatMap((group) =>
        group.from.map((id) => ({ mode: group.mode, from: network.indexOf(id) })),
      ),
    ]),
  );
  return (kind, site) =>
    origins
      .get(kind)!
      .some(({ mode, from }) => network.byMode(mode, from, site) < Number.POSITIVE_INFINITY);
}
