/**
 * The hypercube approximation of any scenario's busiest hour: what Larson's model predicts for
 * the responders' workloads if that hour's load held steady. It is a planner's sanity check,
 * not a validation: the model departs from the hypercube's assumptions in known ways (see
 * {@link WHY_THEY_DIFFER}), and the point is to see how far, and why.
 *
 * Construction, for hour h (the busiest by expected incidents unless given):
 * - Expected incidents of each (site, type) in the hour come from the model's crowd and rate
 *   functions at the scenario's visitor numbers.
 * - Units: the officer units on shift at the middle of the hour, each at its shift's base (the
 *   station, or where the shift is posted: scenario/officer-bases.ts) and travelling by its
 *   shift's mode, and the platform staff on duty, each a unit at its post (both policies
 *   dispatch them). A plan with officers walking a patrol route is declined: they have no base.
 *   With cars alone all at the station every atom has the same preference order: the hypercube
 *   then reduces to ordered hunting (Erlang C for the pool, workloads falling down the order).
 * - Atoms (call streams): at each site, officer calls (officer units by their travel time from
 *   their base, ties in unit order, then platform staff by walking time) and, under platform-first, platform calls for types platform staff
 *   may handle at a site in some post's area (that post's staff by walking time, then everyone
 *   else by travel time, as the model falls back to the nearest). Under `nearest`, an incident
 *   needing no officers that platform staff may handle is one call at its site to the nearest
 *   unit by travel time (officers by their mode, staff on foot), as the model sends the nearest free
 *   capable unit; patrols, which are not units, are left out of these calls. Each car an incident needs is
 *   one call: a type needing k officers from cars of crew c counts ⌈k/c⌉ calls, an escalation
 *   its probability times that. A type needing no officers that a car, a post or a patrol may
 *   answer is an officer call for the share a car answers first (first-responders.ts: when no
 *   free unit of another kind is nearer).
 * - Service: one rate for every unit (the hypercube's assumption), from the call-weighted mean of
 *   on-scene time plus the round trip (for officer calls the nearest officer unit's trip by its
 *   mode at the hour's congestion and crowd, walking for staff; staff at an incident needing
 *   officers also wait for them). The return is
 *   counted because the model's utilisation counts returning as busy.
 * - Queue: infinite, FCFS (the model's queue, apart from priorities).
 */
import {
  type HypercubeResult,
  MAX_HYPERCUBE_UNITS,
  solveHypercube,
} from '../analytic/hypercube.js';
import { DISPATCH_POLICIES, type DispatchPolicyName } from '../model/dispatch-policies.js';
import type { IncidentTypeModel } from '../model/incident.js';
import type { PatrolModel, PlanModel, PostModel } from '../model/plan-model.js';
import { planModelOf, type ScenarioModel, scenarioModelOf } from '../model/scenario-model.js';
import { Travel } from '../model/travel.js';
import { prepareDistribution } from '../rng/distribution.js';
import { isWithinWindow } from '../scenario/clock.js';
import { isOnDuty } from '../scenario/duty.js';
import type { TravelModeName } from '../scenario/schema.js';
import type { Scenario } from '../scenario/types.js';
import {
  busiestHour,
  type HourOfRun,
  hourOfRun,
  hourRates,
  nominalOccupancy,
  type SourceHourRate,
} from './busiest-hour.js';
import { carFirstShares, type OtherPool } from './first-responders.js';

/** One unit of the approximation. */
export interface ApproximationUnit {
  /** The responder id the model gives it. */
  readonly id: string;
  readonly kind: 'officer' | 'platform';
  /** Site id of its base or post. */
  readonly home: string;
  /** How it travels (platform staff walk). */
  readonly mode: TravelModeName;
}

/** One atom of the approximation: a stream of calls at a site. */
export interface CallStream {
  readonly site: string;
  /** Who the calls go to first: officer cars, or platform staff. */
  readonly kind: 'officer' | 'platform';
  /** Expected calls in the hour. */
  readonly callsPerHour: number;
  /** Mean minutes a unit is committed per call (on scene and round trip). */
  readonly serviceMinutes: number;
}

/** The hypercube approximation of one hour of one plan. */
export interface HypercubeApproximation {
  readonly plan: string;
  readonly policy: DispatchPolicyName;
  readonly hour: HourOfRun;
  /** Whether the hour was chosen as the busiest (rather than given). */
  readonly busiest: boolean;
  /** Expected incidents of every type in the hour. */
  readonly incidentsPerHour: number;
  readonly units: readonly ApproximationUnit[];
  readonly calls: readonly CallStream[];
  /** Σ calls in the hour (a call per car needed). */
  readonly callsPerHour: number;
  /** The one mean service time used (call-weighted mean). */
  readonly serviceMinutes: number;
  /** λ/μ: the units' expected busy count if none ever queued. */
  readonly offeredLoad: number;
  /** Whether every atom has the same preference order (ordered hunting, Erlang C). */
  readonly identicalPreferences: boolean;
  /** The hypercube's solution; null when it cannot be solved (see `unsolved`). */
  readonly result: HypercubeResult | null;
  /** Why there is no solution (no units, no calls, too many units, overloaded); else null. */
  readonly unsolved: string | null;
}

/** The one-line reason a planner sees for differences between the approximation and the run. */
export const WHY_THEY_DIFFER =
  'They can differ because the run has travel that varies with place and congestion, shifts ' +
  'that start and end, a load that rises and falls within and around the hour (the hypercube ' +
  'assumes it holds steady), incidents needing several officers or escalating later, priorities ' +
  'in the queue, re-tasking on the way back, and non-exponential on-scene times.';

/**
 * The hypercube approximation of a plan in one hour of the run.
 *
 * @param scenario the scenario, or a model prepared from it (saves preparing it again)
 * @param planName the plan
 * @param hour index of the hour in the run (0 = 00:00–01:00 of day 1); default the busiest
 * @throws Error for an unknown plan; RangeError for an hour outside the horizon.
 * @example
 * ```ts
 * const approximation = hypercubeApproximation(scenario, 'current');
 * approximation.result?.workloads; // per unit, in approximation.units order
 * ```
 */
export function hypercubeApproximation(
  scenario: Scenario | ScenarioModel,
  planName: string,
  hour?: number,
): HypercubeApproximation {
  const model = scenarioModelOf(scenario);
  const plan = planModelOf(model, planName);
  const occupancy = nominalOccupancy(model);
  const chosen = hour === undefined ? busiestHour(model, occupancy).hour : hourOfRun(hour);
  if (chosen.end > model.horizon) {
    throw new RangeError(
      `hour ${chosen.index} is past the horizon (${model.horizon / 60} hours; the first is 0)`,
    );
  }
  const middle = (chosen.start + chosen.end) / 2;
  const hourView: HourView = {
    model,
    plan,
    middle,
    travel: new Travel(model.network, model.travel, occupancy),
    duty: onDuty(plan, middle),
  };
  const units = unitsOf(hourView);
  const rates = hourRates(model, occupancy, chosen);
  const calls = callStreams(hourView, rates);
  const callsPerHour = calls.reduce((sum, c) => sum + c.callsPerHour, 0);
  const serviceMinutes =
    calls.reduce((sum, c) => sum + c.callsPerHour * c.serviceMinutes, 0) / callsPerHour;
  const offeredLoad = (callsPerHour / 60) * serviceMinutes;
  const preferences = calls.map((stream) => preferenceOrder(hourView, units, stream));
  const base = {
    plan: plan.name,
    policy: plan.policy,
    hour: chosen,
    busiest: hour === undefined,
    incidentsPerHour: rates.reduce((sum, r) => sum + r.incidents, 0),
    units,
    calls,
    callsPerHour,
    serviceMinutes,
    offeredLoad,
    identicalPreferences: preferences.every((order) => order.join() === preferences[0]!.join()),
  };
  const unsolved =
    whyOfficersDoNotFit(plan) ?? whyUnsolvable(units.length, callsPerHour, offeredLoad);
  if (unsolved !== null) return { ...base, result: null, unsolved };
  const result = solveHypercube({
    units: units.length,
    arrivalRates: calls.map((c) => c.callsPerHour / 60),
    preferences,
    serviceRate: 1 / serviceMinutes,
    lineCapacity: 'infinite',
  });
  return { ...base, result, unsolved: null };
}

/** The plan in the chosen hour: what the call streams and preference lists are built from. */
interface HourView {
  readonly model: ScenarioModel;
  readonly plan: PlanModel;
  /** The middle of the hour, when duty, congestion and crowd are read. */
  readonly middle: number;
  readonly travel: Travel;
  readonly duty: Duty;
}

/** Who is on duty at the middle of the hour. */
interface Duty {
  /** Officer units on duty, each at its shift's base (site index), travelling by its mode. */
  readonly cars: readonly OfficerCar[];
  readonly posts: readonly PostModel[];
  /** Platform staff as hypercube units (every post on duty, under either policy). */
  readonly staff: readonly { readonly id: string; readonly post: PostModel }[];
  readonly patrols: readonly PatrolModel[];
}

/** An officer unit of the approximation. */
interface OfficerCar {
  readonly id: string;
  readonly crew: number;
  readonly base: number;
  readonly mode: TravelModeName;
}

function onDuty(plan: PlanModel, t: number): Duty {
  const posts = plan.posts.filter((post) => isWithinWindow(post.window, t));
  return {
    cars: plan.shifts.flatMap((shift) =>
      isOnDuty(shift.window, t)
        ? shift.unitIds.map((id) => ({ id, crew: shift.crew, base: shift.base, mode: shift.mode }))
        : [],
    ),
    posts,
    staff: posts.flatMap((post) => post.staffIds.map((id) => ({ id, post }))),
    patrols: plan.patrols.filter((patrol) => isWithinWindow(patrol.window, t)),
  };
}

/** The hypercube's units: the cars, then the platform staff. */
function unitsOf({ model, duty }: HourView): ApproximationUnit[] {
  const { siteIds } = model.network;
  return [
    ...duty.cars.map((car) => ({
      id: car.id,
      kind: 'officer' as const,
      home: siteIds[car.base]!,
      mode: car.mode,
    })),
    ...duty.staff.map((s) => ({
      id: s.id,
      kind: 'platform' as const,
      home: siteIds[s.post.site]!,
      mode: 'foot' as const,
    })),
  ];
}

/** Minutes an officer unit takes from its base to site `j` at the middle of the hour. */
function carMinutes({ travel, middle }: HourView, car: OfficerCar, j: number): number {
  return travel.byMode(car.mode, car.base, j, middle);
}

/** The nearest officer unit's minutes to site `j` (Infinity with none on duty). */
function nearestCarMinutes(view: HourView, j: number): number {
  return Math.min(
    Number.POSITIVE_INFINITY,
    ...view.duty.cars.map((car) => carMinutes(view, car, j)),
  );
}

/** Posts and patrols that may answer an incident needing no officers before a car. */
function otherPools({
  travel,
  duty,
}: HourView): (OtherPool & { readonly kind: 'platform' | 'patrol' })[] {
  return [
    ...duty.posts.map((post) => ({
      kind: 'platform' as const,
      units: post.staffIds.length,
      nearerThanCar: (j: number, drive: number) => (travel.walk(post.site, j) < drive ? 1 : 0),
    })),
    ...duty.patrols.map((patrol) => ({
      kind: 'patrol' as const,
      units: patrol.teams.length,
      nearerThanCar: (j: number, drive: number) =>
        patrol.route.stops.filter((stop) => travel.walk(stop, j) < drive).length /
        patrol.route.stops.length,
    })),
  ];
}

/** One (site, type)'s expected incidents in the hour, with what the call streams need. */
interface HourIncidents {
  readonly site: string;
  readonly j: number;
  readonly count: number;
  readonly type: IncidentTypeModel;
  readonly onScene: number;
  /** The nearest officer unit's minutes there (Infinity with none on duty). */
  readonly drive: number;
  /** Walking minutes from the nearest post whose area includes the site (Infinity if none). */
  readonly postWalk: number;
  /** Walking minutes from the nearest post on duty (Infinity if none). */
  readonly staffWalk: number;
}

/** The call streams (atoms) of the hour, as described in the module notes. */
function callStreams(view: HourView, rates: readonly SourceHourRate[]): CallStream[] {
  const { model, plan, travel, duty } = view;
  const { network } = model;
  const incidents: HourIncidents[] = rates.map(({ site, type: typeId, incidents: count }) => {
    const typeIndex = model.types.findIndex((t) => t.id === typeId);
    const j = network.indexOf(site);
    const covering = duty.posts
      .map((post) => travel.walk(post.site, j))
      .filter((walk, p) => walk <= duty.posts[p]!.coverageMinutes);
    return {
      site,
      j,
      count,
      type: model.types[typeIndex]!,
      onScene: prepareDistribution(model.scenario.incidentTypes[typeIndex]!.onScene).mean(),
      drive: nearestCarMinutes(view, j),
      postWalk: Math.min(...covering),
      staffWalk: Math.min(...duty.posts.map((post) => travel.walk(post.site, j))),
    };
  });
  // Under platform-first, the post whose area includes the site is radioed first.
  const platformCall = (i: HourIncidents) =>
    DISPATCH_POLICIES[plan.policy].coveringPostFirst &&
    i.type.handledBy.platform &&
    i.postWalk < Number.POSITIVE_INFINITY;
  // Under nearest, the nearest free unit of either kind goes: the hypercube's own rule.
  const nearestCall = (i: HourIncidents) =>
    plan.policy === 'nearest' &&
    i.type.officers === 0 &&
    i.type.handledBy.platform &&
    i.staffWalk < Number.POSITIVE_INFINITY;
  const contested = incidents.filter(
    (i) =>
      !platformCall(i) &&
      !nearestCall(i) &&
      i.type.officers === 0 &&
      i.type.handledBy.officer &&
      duty.cars.length > 0,
  );
  const pools = otherPools(view);
  const shares = carFirstShares(
    contested.map((i) => ({
      site: i.j,
      perMinute: i.count / 60,
      drive: i.drive,
      // Another unit answers only when nearer than the car: its trip is at most the car's.
      busyMinutes: i.onScene + 2 * i.drive,
      pools: pools.flatMap((pool, p) => (i.type.handledBy[pool.kind] ? [p] : [])),
    })),
    pools,
  );
  const meanCrew =
    duty.cars.reduce((sum, car) => sum + car.crew, 0) / Math.max(1, duty.cars.length);
  const carsFor = (officers: number) => Math.ceil(officers / meanCrew);
  const streams = new Map<
    string,
    { site: string; kind: CallStream['kind']; calls: number; busy: number }
  >();
  const addCalls = (site: string, kind: CallStream['kind'], calls: number, minutes: number) => {
    if (!(calls > 0)) return;
    const key = `${kind}@${site}`;
    const stream = streams.get(key) ?? { site, kind, calls: 0, busy: 0 };
    stream.calls += calls;
    stream.busy += calls * minutes;
    streams.set(key, stream);
  };
  for (const i of incidents) {
    const { site, count, type, onScene, drive, postWalk, staffWalk } = i;
    const carNearer = type.handledBy.officer && drive <= staffWalk;
    const carFirst = contested.includes(i)
      ? shares[contested.indexOf(i)]!
      : nearestCall(i) && carNearer
        ? 1
        : 0;
    if (nearestCall(i) && !carNearer) addCalls(site, 'platform', count, onScene + 2 * staffWalk);
    if (platformCall(i)) {
      const wait = type.officers > 0 ? Math.max(0, drive - postWalk) : 0;
      addCalls(site, 'platform', count, onScene + 2 * postWalk + wait);
    }
    addCalls(site, 'officer', count * carFirst, onScene + 2 * drive);
    const carsCalled =
      type.officers > 0
        ? carsFor(type.officers)
        : type.escalation === null
          ? 0
          : (1 - carFirst) * type.escalation.probability * carsFor(type.escalation.officers);
    addCalls(site, 'officer', count * carsCalled, onScene + 2 * drive);
  }
  return [...streams.values()].map((stream) => ({
    site: stream.site,
    kind: stream.kind,
    callsPerHour: stream.calls,
    serviceMinutes: stream.busy / stream.calls,
  }));
}

/**
 * A call stream's preference list. Officer calls: the officer units by their minutes from their
 * base (cars all at the station: in unit order), then platform staff by walking time. Platform calls (under platform-first, at a site in some post's
 * area): the staff of the covering posts by walking time, then everyone else by travel time, as
 * the model falls back to the nearest. Ties keep unit order.
 */
function preferenceOrder(
  view: HourView,
  units: readonly ApproximationUnit[],
  stream: CallStream,
): number[] {
  const { model, plan, travel, duty } = view;
  const j = model.network.indexOf(stream.site);
  const ranked = units.map((unit, n) => {
    if (unit.kind === 'officer') {
      const time = carMinutes(view, duty.cars[n]!, j);
      return { n, group: stream.kind === 'officer' ? 0 : 1, time };
    }
    const post = duty.staff[n - duty.cars.length]!.post;
    const walk = travel.walk(post.site, j);
    // Under platform-first a covering post is radioed first; under nearest time alone decides.
    const first =
      plan.policy === 'platform-first' &&
      stream.kind === 'platform' &&
      walk <= post.coverageMinutes;
    return { n, group: first ? 0 : 1, time: walk };
  });
  return ranked.sort((a, b) => a.group - b.group || a.time - b.time || a.n - b.n).map(({ n }) => n);
}

/**
 * Why the construction above does not describe the plan's officers, or null: it places every
 * officer unit at a base, which officers walking a patrol route do not have.
 */
function whyOfficersDoNotFit(plan: PlanModel): string | null {
  const walking = plan.shifts.some((shift) => shift.unitIds.length > 0 && shift.patrol !== null);
  return walking
    ? 'some officers walk a patrol route; the approximation places every unit at a base'
    : null;
}

/** Why the hypercube cannot be solved for this hour, or null when it can. */
function whyUnsolvable(units: number, callsPerHour: number, offeredLoad: number): string | null {
  if (units === 0) return 'no officer car or platform staff is on duty then';
  if (!(callsPerHour > 0)) return 'no calls for these units are expected in that hour';
  if (units > MAX_HYPERCUBE_UNITS) {
    return `${units} units are more than the hypercube's ${MAX_HYPERCUBE_UNITS} (2^N states)`;
  }
  if (offeredLoad >= units) {
    return `overloaded: the offered load ${offeredLoad.toFixed(2)} erlangs is not below the ${units} units, so the queue would grow without bound if the hour's load held`;
  }
  return null;
}
