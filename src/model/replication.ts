/**
 * One replication of one staffing plan, simulated event by event: the public entry point of the
 * model. Everything random comes from named streams keyed by (scenario seed, replication, name),
 * so two plans run with the same replication number see the same crowd and the same incidents
 * (common random numbers) and differ only in how they respond.
 *
 * The run: arrivals stop at the horizon (days × 1440 minutes); the simulation then goes on,
 * rosters and patrols included, until every incident has been cleared and every responder is
 * back, which is the end of the simulated span that the responders' state minutes add up to.
 * Only the incidents are held to the overrun limit (an incident still open then means the plan
 * cannot keep up); a walk home takes as long as it takes.
 */
import { Engine } from '../engine/index.js';
import type { RandomStream } from '../rng/index.js';
import { streamFor } from '../rng/index.js';
import { MINUTES_PER_DAY } from '../scenario/clock.js';
import { type DutyWindow, everyDay } from '../scenario/duty.js';
import type { Scenario } from '../scenario/types.js';
import { ThinnedArrivals } from './arrivals.js';
import { BreakRota } from './breaks.js';
import { Detection } from './detection.js';
import { Dispatcher } from './dispatch.js';
import { drawIncident, Incident } from './incident.js';
import { IncidentTable } from './incident-table.js';
import {
  dayVisitors,
  expectedOccupancy,
  type Occupancy,
  occupancyRecords,
  sampleDemandMultipliers,
} from './occupancy.js';
import { OfficerUnit } from './officers.js';
import { type PatrolHost, PatrolTeam } from './patrols.js';
import type { PlanModel } from './plan-model.js';
import { PlatformStaff } from './platforms.js';
import type { IncidentSource } from './rates.js';
import type { ReplicationResult } from './records.js';
import type { Responder } from './responder.js';
import { Roster, type RosterRun } from './roster.js';
import { planModelOf, type ScenarioModel, scenarioModelOf } from './scenario-model.js';
import { Scene } from './scene.js';
import { Travel } from './travel.js';

export { prepareScenarioModel, type ScenarioModel } from './scenario-model.js';

/** How long after the overrun limit responders may take to get back (see waitForRespondersBack). */
const RETURN_LIMIT_MINUTES = 365 * MINUTES_PER_DAY;

/**
 * Simulates replication `replication` of plan `planName`.
 *
 * Pass a {@link ScenarioModel} from {@link prepareScenarioModel} when running many replications,
 * so that the plan-independent work is done once; a bare Scenario is prepared on each call.
 * @throws Error when the plan is unknown, the scenario cannot be prepared, or an incident is
 *   still open two days after the horizon (the plan cannot cope with the load).
 * @example
 * ```ts
 * const model = prepareScenarioModel(scenario);
 * const result = simulateReplication(model, 'baseline', 0);
 * result.incidents.length; // incidents in this replication (the same for every plan)
 * ```
 */
export function simulateReplication(
  scenario: Scenario | ScenarioModel,
  planName: string,
  replication: number,
  options: ReplicationOptions = {},
): ReplicationResult {
  const steps = simulateReplicationSteps(
    scenario,
    planName,
    replication,
    options,
    Number.POSITIVE_INFINITY,
  );
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link simulateReplication} in slices: it pauses after every `sliceEvents` events, so that the
 * main thread can give the event loop a turn in the middle of a long replication (and drop the
 * replication there, on a stop signal). The events run in the same order however it is sliced,
 * so the result is the same as {@link simulateReplication}'s.
 * @throws as {@link simulateReplication}, when the generator is resumed.
 * @example
 * ```ts
 * const steps = simulateReplicationSteps(model, 'baseline', 1, {}, 10_000);
 * let step = steps.next();
 * while (!step.done) { await nextTurn(); step = steps.next(); }
 * step.value.incidents.length; // as simulateReplication(model, 'baseline', 1)
 * ```
 */
export function* simulateReplicationSteps(
  scenario: Scenario | ScenarioModel,
  planName: string,
  replication: number,
  options: ReplicationOptions,
  sliceEvents: number,
): Generator<undefined, ReplicationResult, undefined> {
  const model = scenarioModelOf(scenario);
  const run = new Replication(model, planModelOf(model, planName), replication, options);
  return yield* run.steps(sliceEvents);
}

/** An incident to replay: when (minutes since the first day's 00:00), where, and of what type. */
export interface ScriptedIncident {
  readonly time: number;
  /** Site id. */
  readonly site: string;
  /** Incident type id. */
  readonly type: string;
}

/** Options of {@link simulateReplication}. */
export interface ReplicationOptions {
  /**
   * Replay these incidents instead of generating them from the crowd (e.g. a call log, or a
   * hand-made test case). Everything else about each incident is still drawn from its stream,
   * as for generated incidents. Times must lie within the horizon.
   */
  readonly incidents?: readonly ScriptedIncident[];
  /**
   * Whether to build the occupancy records (default true). They depend only on the
   * replication's demand draw, not on the plan, and building them costs more than simulating
   * the incidents: skip them when they are not written.
   */
  readonly occupancy?: boolean;
  /**
   * Master seed of the random streams (default: the scenario's `seed`). An experiment passes
   * `--seed`, or a plan's own seed under independent streams, here; the prepared model is shared.
   */
  readonly seed?: number;
}

/** The state of one run; it owns everything it touches. */
class Replication implements PatrolHost, RosterRun {
  readonly engine = new Engine();
  readonly travel: Travel;
  readonly horizon: number;
  finished = false;

  private readonly occupancy: Occupancy;
  /** The day-level demand multipliers this replication drew (see occupancy.ts). */
  private readonly demandMultipliers: readonly number[];
  /** Every incident's row, written at its occurrence and its clearance. */
  private readonly incidents: IncidentTable;
  /** Cleared incidents whose rows may still change (see IncidentTable.isSettled). */
  private readonly unsettled: Incident[] = [];
  private readonly responders: Responder[] = [];
  private readonly rosters: Roster[] = [];
  private readonly breakRotas: BreakRota[] = [];
  private readonly detection: Detection;
  private readonly dispatcher: Dispatcher;
  private readonly scene: Scene;
  /** The dispatch decision's event action, made once: each event carries its incident. */
  private readonly decideAction = (incident: Incident) => this.dispatcher.decide(incident);

  constructor(
    private readonly model: ScenarioModel,
    private readonly plan: PlanModel,
    private readonly replication: number,
    private readonly options: ReplicationOptions,
  ) {
    this.horizon = model.horizon;
    this.demandMultipliers = sampleDemandMultipliers(model.crowd, this.stream('demand'));
    const visitors = dayVisitors(model.crowd, this.demandMultipliers);
    this.occupancy = expectedOccupancy(model.crowd, model.network.size, visitors, model.runLimit);
    this.travel = new Travel(model.network, model.travel, this.occupancy);
    const staffByPost = this.deployPlan();
    const teams = this.responders.filter((r): r is PatrolTeam => r instanceof PatrolTeam);
    this.dispatcher = new Dispatcher(this.engine, plan.policy, this.responders, plan.coveringPosts);
    this.incidents = new IncidentTable({
      types: model.types,
      siteIds: model.network.siteIds,
      responders: this.responders,
    });
    this.scene = new Scene(this.engine, this.dispatcher, (incident) => this.cleared(incident));
    this.detection = new Detection(this.engine, plan, staffByPost, teams, model, (incident) =>
      this.reportToStation(incident),
    );
  }

  /** Runs to the end, pausing after every `sliceEvents` events, and returns the records. */
  *steps(sliceEvents: number): Generator<undefined, ReplicationResult, undefined> {
    this.engine.scheduleAt(this.horizon, () => this.checkFinished());
    if (this.options.incidents === undefined) {
      for (const source of this.model.sources) this.startArrivals(source);
    } else {
      this.scheduleScripted(this.options.incidents);
    }
    for (const roster of this.rosters) roster.begin();
    for (const rota of this.breakRotas) rota.begin();
    yield;
    while (!this.engine.runSliceUntil(this.model.runLimit, sliceEvents)) yield;
    if (this.incidents.openCount > 0) this.failUnfinished();
    yield* this.waitForRespondersBack(sliceEvents);
    for (const incident of this.unsettled) this.incidents.close(incident);
    yield;
    const siteIds = this.model.network.siteIds;
    const responders = this.responders.map((responder) => responder.toRecord(siteIds));
    return {
      plan: this.plan.name,
      replication: this.replication,
      incidents: this.incidents.records(),
      responders,
      demandMultipliers: this.demandMultipliers,
      occupancy:
        this.options.occupancy === false
          ? []
          : occupancyRecords(
              this.occupancy,
              siteIds,
              this.model.scenario.occupancyIntervalMinutes,
              this.horizon,
            ),
      events: this.engine.eventsProcessed,
      divertedTrips: responders.reduce((sum, r) => sum + r.divertedTrips, 0),
    };
  }

  // Host callbacks (responders, patrols, rosters).

  arrivedAtIncident(responder: Responder, incident: Incident): void {
    this.scene.arrive(responder, incident);
  }

  becameFree(responder: Responder): void {
    this.dispatcher.offer(responder);
  }

  finishedReturn(): void {
    this.checkFinished();
  }

  patrolAtStop(team: PatrolTeam, site: number): void {
    this.detection.patrolAtStop(team, site);
  }

  rosterChanged(): void {
    this.checkFinished();
  }

  private stream(name: string): RandomStream {
    return streamFor(this.options.seed ?? this.model.scenario.seed, this.replication, name);
  }

  /** Creates the plan's units and their rosters; returns the platform staff by post. */
  private deployPlan(): PlatformStaff[][] {
    const { plan } = this;
    for (const shift of plan.shifts) {
      const { patrol } = shift;
      const units = shift.unitIds.map((id, j) =>
        patrol === null
          ? new OfficerUnit(this, id, shift.base, shift.crew, shift.mode)
          : new PatrolTeam(this, id, patrol.route, patrol.startStops[j]!, 'officer', shift.crew),
      );
      this.enlist(units, shift.window);
      if (shift.mealBreak !== null && units.length > 0) {
        const { startMinute, minutes } = shift.mealBreak;
        this.breakRotas.push(new BreakRota(this.engine, startMinute, minutes, units, this));
      }
    }
    const staffByPost = plan.posts.map((post, p) =>
      post.staffIds.map((id) => new PlatformStaff(this, id, post.site, p)),
    );
    plan.posts.forEach((post, p) => {
      this.enlist(staffByPost[p]!, everyDay(post.window));
    });
    for (const patrol of plan.patrols) {
      const teams = patrol.teams.map(
        (team) => new PatrolTeam(this, team.id, patrol.route, team.startStop),
      );
      this.enlist(teams, everyDay(patrol.window));
    }
    return staffByPost;
  }

  private enlist(units: Responder[], window: DutyWindow): void {
    if (units.length === 0) return;
    this.responders.push(...units);
    this.rosters.push(new Roster(this.engine, window, units, this));
  }

  /** Generates the source's incidents lazily: one pending arrival at a time. */
  private startArrivals(source: IncidentSource): void {
    const arrivals = new ThinnedArrivals(
      source,
      this.occupancy,
      this.horizon,
      this.stream(source.arrivalsStream),
    );
    // Created at the first incident: many sources have none in a replication.
    let draws: RandomStream | null = null;
    const arrive = (): void => {
      draws ??= this.stream(source.incidentStream);
      this.createIncident(source.siteIndex, source.typeIndex, draws);
      const next = arrivals.next(this.engine.now);
      if (next < this.horizon) this.engine.scheduleAt(next, arrive);
    };
    const first = arrivals.next(0);
    if (first < this.horizon) this.engine.scheduleAt(first, arrive);
  }

  /** Schedules replayed incidents, drawing their details from the usual incident streams. */
  private scheduleScripted(script: readonly ScriptedIncident[]): void {
    const { network, types } = this.model;
    const streams = new Map<string, RandomStream>();
    const ordered = [...script].sort((a, b) => a.time - b.time);
    for (const { time, site, type } of ordered) {
      const typeIndex = types.findIndex((t) => t.id === type);
      if (typeIndex < 0) throw new Error(`scripted incident: unknown incident type "${type}"`);
      if (!(time >= 0 && time < this.horizon)) {
        throw new Error(`scripted incident at ${time}: times must lie within [0, ${this.horizon})`);
      }
      const siteIndex = network.indexOf(site);
      const name = `incident/${site}/${type}`;
      const draws = streams.get(name) ?? this.stream(name);
      streams.set(name, draws);
      this.engine.scheduleAt(time, () => this.createIncident(siteIndex, typeIndex, draws));
    }
  }

  private createIncident(siteIndex: number, typeIndex: number, draws: RandomStream): void {
    const type = this.model.types[typeIndex]!;
    const incident = new Incident(
      this.incidents.size + 1,
      type,
      siteIndex,
      this.engine.now,
      drawIncident(type, this.model.delays, draws),
    );
    this.incidents.open(incident, typeIndex);
    this.detection.incidentOccurred(incident);
  }

  /** An incident was cleared: its row is written, and the run may be over. */
  private cleared(incident: Incident): void {
    this.incidents.close(incident);
    if (!IncidentTable.isSettled(incident)) this.unsettled.push(incident);
    this.checkFinished();
  }

  /** The alert reached the station: the dispatch decision follows after the decision time. */
  private reportToStation(incident: Incident): void {
    const delay = this.model.dispatchMinutes;
    if (delay === 0) this.dispatcher.decide(incident);
    else this.engine.schedule(delay, this.decideAction, incident);
  }

  /** Ends the run once past the horizon, every incident cleared and every responder back. */
  private checkFinished(): void {
    if (this.finished) return;
    const now = this.engine.now;
    if (now < this.horizon || this.incidents.openCount > 0) return;
    if (this.responders.some((responder) => responder.working)) return;
    this.finished = true;
    for (const responder of this.responders) responder.account(now);
  }

  /**
   * Every incident is cleared; responders still out are on their way back, which takes as long
   * as the trip does, however long after the overrun limit. Runs on, a day at a time, until the
   * last is back. A responder still out a year later would be a fault of the model, never of the
   * plan, and is reported as such.
   */
  private *waitForRespondersBack(sliceEvents: number): Generator<undefined, void, undefined> {
    const giveUp = this.model.runLimit + RETURN_LIMIT_MINUTES;
    while (!this.finished && this.engine.now < giveUp) {
      const day = Math.min(this.engine.now + MINUTES_PER_DAY, giveUp);
      while (!this.engine.runSliceUntil(day, sliceEvents)) yield;
    }
    if (this.finished) return;
    const out = this.responders.find((responder) => responder.working);
    throw new Error(
      `plan "${this.plan.name}", replication ${this.replication}: every incident is cleared, but ` +
        `${out ? `responder ${out.id} (${out.state})` : 'a responder'} is still out ` +
        `${RETURN_LIMIT_MINUTES / MINUTES_PER_DAY} days later; this is a fault in peakwatch, not in the plan`,
    );
  }

  private failUnfinished(): never {
    const first = this.incidents.firstOpen();
    const where = first
      ? ` (the first: incident ${first.id}, type "${first.type}" at "${first.site}", occurred at minute ${first.occurred.toFixed(1)})`
      : '';
    throw new Error(
      `plan "${this.plan.name}", replication ${this.replication}: ${this.incidents.openCount} incident(s) still open ` +
        `${this.model.runLimit - this.horizon} minutes after the horizon${where}; ` +
        'the plan cannot keep up with the incidents (add responders or check who may handle them)',
    );
  }
}
