/**
 * A responder unit (an officer car, a platform staff member, a volunteer patrol team): where it
 * is, what it is doing, and the minutes it spends in each state. The kinds differ in how they
 * travel and where they go after an incident (officers.ts, platforms.ts, patrols.ts).
 *
 * States: idle (on duty and free: at base, or walking the patrol route), travelling (to an
 * incident), onScene, returning (heading back after an incident; free to be re-tasked while on
 * duty), offShift. A unit whose shift or post hours end while it works finishes the incident and
 * goes back; that time is overtime. Each unit has at most one pending event.
 */

import type { Engine, EventHandle } from '../engine/index.js';
import { MINUTES_PER_HOUR } from '../scenario/clock.js';
import type { Incident } from './incident.js';
import type { ResponderKindName, ResponderRecord, StateMinutes } from './records.js';
import { interpolatedTime, type Travel } from './travel.js';

/** What a responder is doing. */
export type ResponderState = keyof StateMinutes;

/** What a responder needs from the replication it belongs to. */
export interface ResponderHost {
  readonly engine: Engine;
  readonly travel: Travel;
  /** End of the simulated horizon (staff time after it counts only while working). */
  readonly horizon: number;
  /** True once the run has finished: recurring activity stops. */
  readonly finished: boolean;
  /** A responder reached the scene of the incident it was sent to. */
  arrivedAtIncident(responder: Responder, incident: Incident): void;
  /** A responder has just become free for dispatch (released, back on duty). */
  becameFree(responder: Responder): void;
  /** A responder finished a trip back to base or route. */
  finishedReturn(responder: Responder): void;
}

/**
 * The common part of every responder unit.
 *
 * @example
 * ```ts
 * const car = new OfficerUnit(host, 'car-1-1', stationIndex, 2, 'vehicle');
 * car.startDuty();
 * car.expectedMinutesTo(lotIndex, host.engine.now); // from the station, by vehicle
 * ```
 */
export abstract class Responder {
  abstract readonly kind: ResponderKindName;
  state: ResponderState = 'offShift';
  /** Whether the roster has it on duty now. */
  rostered = false;
  /** The incident it is travelling to or working on. */
  incident: Incident | null = null;
  /** When it was last dispatched. */
  dispatchedAt = 0;
  /** Whether it is on a meal break (on duty, not available). */
  onBreak = false;
  /** A break due while it was working: taken when it is released. */
  private breakDue: (() => void) | null = null;

  private readonly minutes = { idle: 0, travelling: 0, onScene: 0, returning: 0, offShift: 0 };
  private since = 0;
  private overtime = 0;
  private staffTime = 0;
  private incidentsServed = 0;
  /** Trips it was taken off to go to a higher-priority incident (preemption). */
  private diversions = 0;
  /** Minutes on meal break within the horizon, and when the current break started. */
  private breakTime = 0;
  private breakStart = 0;
  // Plain arrays: handed over as they are in the record (the run is over by then).
  private readonly busyByHour: number[];
  private readonly onDutyByHour: number[];

  // Where it is: a fraction of the way along a leg (a return trip or a patrol walk) from
  // `legFrom` to `legTo`; both equal when it stands still.
  protected legFrom: number;
  protected legTo: number;
  protected legStart = 0;
  protected legMinutes = 0;

  private pending: EventHandle | null = null;
  private readonly wakeAction = () => this.wake();

  constructor(
    protected readonly host: ResponderHost,
    readonly id: string,
    /** Site index of its base (station, post, first route stop). */
    readonly home: number,
    /** Officers or staff in the unit. */
    readonly persons: number,
  ) {
    this.legFrom = home;
    this.legTo = home;
    const hours = Math.ceil(host.horizon / MINUTES_PER_HOUR);
    this.busyByHour = new Array<number>(hours).fill(0);
    this.onDutyByHour = new Array<number>(hours).fill(0);
  }

  /** Whether it can be dispatched now: on duty and idle or heading back. */
  get available(): boolean {
    return this.rostered && !this.onBreak && (this.state === 'idle' || this.state === 'returning');
  }

  /** Whether it is working on an incident (travelling, on scene or heading back). */
  get working(): boolean {
    return this.state === 'travelling' || this.state === 'onScene' || this.state === 'returning';
  }

  /** Expected minutes of a trip from site a to site b started at t (before variation). */
  protected abstract tripMinutes(a: number, b: number, t: number): number;

  /** Once released from an incident at `site`: heads back to base (a patrol: to its route). */
  protected goBack(site: number): void {
    const now = this.host.engine.now;
    this.startLeg(site, this.home, now, this.tripMinutes(site, this.home, now));
    this.enter('returning');
    this.wakeIn(this.legMinutes);
  }

  /** Completes a trip back: at base, idle if still on duty, otherwise off shift. */
  protected reachBack(): void {
    this.standAt(this.home);
    this.enter(this.rostered ? 'idle' : 'offShift');
  }

  /** Its regular activity while idle (a patrol's next stop); nothing for units at a base. */
  protected continueRound(): void {}

  /** Expected minutes to reach `site` from where it is at time t, before the incident's variation. */
  expectedMinutesTo(site: number, t: number): number {
    const fraction = this.legMinutes > 0 ? (t - this.legStart) / this.legMinutes : 1;
    if (fraction <= 0 || this.legFrom === this.legTo)
      return this.tripMinutes(this.legFrom, site, t);
    if (fraction >= 1) return this.tripMinutes(this.legTo, site, t);
    return interpolatedTime(
      fraction,
      this.tripMinutes(this.legFrom, site, t),
      this.tripMinutes(this.legTo, site, t),
    );
  }

  /** Sends it to `incident` now (the trip takes the expected time × the incident's variation). */
  dispatchTo(incident: Incident): void {
    const now = this.host.engine.now;
    const minutes = this.expectedMinutesTo(incident.site, now) * incident.draws.variation;
    const origin = this.nearerEnd(now);
    // Only a unit on its way to another incident is sent while travelling: a diversion.
    if (this.state === 'travelling') this.diversions++;
    this.enter('travelling');
    this.incident = incident;
    this.dispatchedAt = now;
    this.incidentsServed++;
    // Where it is on the way matters only if it is diverted (preemption).
    this.startLeg(origin, incident.site, now, minutes);
    this.wakeIn(minutes);
  }

  /** The end of its current leg it is nearer to at `t` (where it stands, if it stands). */
  private nearerEnd(t: number): number {
    if (this.legFrom === this.legTo || this.legMinutes <= 0) return this.legTo;
    return (t - this.legStart) / this.legMinutes < 0.5 ? this.legFrom : this.legTo;
  }

  /** Releases it from its incident: it heads back, and is offered new work if free. */
  release(): void {
    const site = this.incident!.site;
    this.incident = null;
    this.goBack(site);
    const breakDue = this.breakDue;
    this.breakDue = null;
    breakDue?.();
    if (this.available) this.host.becameFree(this);
  }

  /** Starts a meal break: it stays where it is going but cannot be dispatched. */
  beginBreak(): void {
    this.onBreak = true;
    this.breakStart = this.host.engine.now;
  }

  /** Ends a meal break: it is offered new work if free. */
  endBreak(): void {
    this.breakTime += this.breakMinutesUntil(this.host.engine.now);
    this.onBreak = false;
    if (this.available) this.host.becameFree(this);
  }

  /**
   * Minutes of the current break (none if not on break) from its start to `t`, within the
   * horizon: a break after the last day belongs to a day not simulated, like idle time.
   */
  private breakMinutesUntil(t: number): number {
    if (!this.onBreak) return 0;
    return Math.max(0, Math.min(t, this.host.horizon) - this.breakStart);
  }

  /** Asks to be told, by `start`, when it is released from its incident (a postponed break). */
  breakWhenFree(start: () => void): void {
    this.breakDue = start;
  }

  /** Its roster puts it on duty. */
  startDuty(): void {
    this.account(this.host.engine.now);
    this.rostered = true;
    if (this.state === 'offShift') this.beginDuty();
    if (this.available) this.host.becameFree(this);
  }

  /** Its roster takes it off duty; work in hand is finished first (overtime). */
  endDuty(): void {
    this.account(this.host.engine.now);
    this.rostered = false;
    if (this.state === 'idle') {
      this.cancelPending();
      this.enter('offShift');
    }
  }

  /** Comes on duty from off shift: idle at base by default. */
  protected beginDuty(): void {
    this.standAt(this.home);
    this.enter('idle');
  }

  /**
   * Changes state, first adding the minutes since the last change to the old state (and to
   * overtime and staff time as they apply).
   */
  protected enter(state: ResponderState): void {
    this.account(this.host.engine.now);
    this.state = state;
  }

  /** Adds the minutes up to `now` to the current state's account. */
  account(now: number): void {
    const elapsed = now - this.since;
    if (elapsed <= 0) return;
    this.minutes[this.state] += elapsed;
    const working = this.working;
    if (working && !this.rostered) this.overtime += elapsed;
    // Staff time: every on-duty minute up to the horizon; after it, only minutes spent
    // finishing incidents (idle rostered time after the horizon belongs to the next days).
    const beforeHorizon = Math.max(0, Math.min(now, this.host.horizon) - this.since);
    if (this.state !== 'offShift') {
      this.staffTime += beforeHorizon;
      addByHour(this.onDutyByHour, this.since, now, this.host.horizon, working);
    }
    if (working) {
      this.staffTime += elapsed - beforeHorizon;
      addByHour(this.busyByHour, this.since, now, this.host.horizon, true);
    }
    this.since = now;
  }

  /** Puts it at rest at `site`. */
  protected standAt(site: number): void {
    this.legFrom = site;
    this.legTo = site;
    this.legMinutes = 0;
  }

  /** Starts a leg from `from` to `to` at `start`, lasting `minutes`. */
  protected startLeg(from: number, to: number, start: number, minutes: number): void {
    this.legFrom = from;
    this.legTo = to;
    this.legStart = start;
    this.legMinutes = minutes;
  }

  /** Schedules its next event (replacing any pending one) `minutes` from now. */
  protected wakeIn(minutes: number): void {
    this.cancelPending();
    this.pending = this.host.engine.schedule(minutes, this.wakeAction);
  }

  /** Cancels its pending event, if any. */
  protected cancelPending(): void {
    if (this.pending !== null) {
      this.host.engine.cancel(this.pending);
      this.pending = null;
    }
  }

  private wake(): void {
    this.pending = null;
    switch (this.state) {
      case 'travelling':
        this.enter('onScene');
        this.host.arrivedAtIncident(this, this.incident!);
        return;
      case 'returning':
        this.reachBack();
        this.host.finishedReturn(this);
        return;
      case 'idle':
        if (!this.host.finished) this.continueRound();
        return;
      default:
        return;
    }
  }

  /** Its account for the replication (call after the final {@link account}). */
  toRecord(siteIds: readonly string[]): ResponderRecord {
    const m = this.minutes;
    return {
      id: this.id,
      kind: this.kind,
      home: siteIds[this.home]!,
      persons: this.persons,
      minutes: { ...m },
      incidents: this.incidentsServed,
      travelMinutes: m.travelling + m.returning,
      staffMinutes: this.staffTime * this.persons,
      overtimeMinutes: this.overtime,
      breakMinutes: this.breakTime + this.breakMinutesUntil(this.since),
      divertedTrips: this.diversions,
      busyMinutesByHour: this.busyByHour,
      onDutyMinutesByHour: this.onDutyByHour,
    };
  }
}

/**
 * Adds the minutes of [from, to) to the clock hours they fall in. Minutes after the horizon go
 * to the last hour, and only if `countAfterHorizon` (on-duty time after the horizon counts only
 * while working, as in the staff time).
 */
function addByHour(
  byHour: number[],
  from: number,
  to: number,
  horizon: number,
  countAfterHorizon: boolean,
): void {
  const last = byHour.length - 1;
  let t = from;
  const end = Math.min(to, horizon);
  while (t < end) {
    const hour = Math.floor(t / MINUTES_PER_HOUR);
    const next = Math.min((hour + 1) * MINUTES_PER_HOUR, end);
    byHour[hour]! += next - t;
    t = next;
  }
  if (countAfterHorizon && to > horizon) byHour[last]! += to - Math.max(from, horizon);
}
