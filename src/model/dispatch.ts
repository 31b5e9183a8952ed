/**
 * Dispatch: who is sent to an incident, and the queue of incidents waiting for someone.
 *
 * At the decision (alert + dispatch minutes) the plan's policy makes the first assignment:
 * - `nearest`: an incident needing officers gets the nearest free officer cars (by expected
 *   travel time from where they are now) until their crew covers the officers required, and no
 *   one else; any other incident gets the single nearest free responder of a kind that may
 *   handle it;
 * - `platform-first`: if platform staff may handle the type and a post whose coverage includes
 *   the site has someone free, the nearest such member goes first (to search, mediate, guide);
 *   officers the incident requires are sent at the same time as under `nearest`. Posts act in
 *   their own area only: with no covering post free it falls back to `nearest` (which may still
 *   pick platform staff from farther away when they would arrive first).
 * An incident that still needs someone (officers short, or nobody sent at all) waits in a queue
 * ordered by priority (1 first), then alert time, then id. Whenever a responder becomes free
 * (released from an incident, back on duty), it takes the first queued incident it can serve:
 * officers fill officer shortfalls; anyone capable serves an incident nobody was sent to yet
 * (under `platform-first`, staff of a covering post also go first to one that needs officers).
 */
import type { Engine } from '../engine/index.js';
import { insertAt, removeAt } from './array-edits.js';
import {
  DISPATCH_POLICIES,
  type DispatchActions,
  type DispatchPolicy,
} from './dispatch-policies.js';
import type { Incident, IncidentTypeModel } from './incident.js';
import type { PlanModel } from './plan-model.js';
import { PlatformStaff } from './platforms.js';
import type { Responder } from './responder.js';
import { countsTowardOfficers } from './responder-kinds.js';

/**
 * The dispatcher of one replication.
 *
 * @example
 * ```ts
 * const dispatcher = new Dispatcher(engine, 'nearest', responders, plan.coveringPosts);
 * dispatcher.decide(incident);   // at alert + dispatch minutes
 * dispatcher.offer(car);         // when the car becomes free
 * ```
 */
export class Dispatcher implements DispatchActions {
  private readonly queue: Incident[] = [];
  private readonly officers: readonly Responder[];
  private readonly platformStaff: readonly Responder[];
  private readonly policy: DispatchPolicy;

  constructor(
    private readonly engine: Engine,
    policy: PlanModel['policy'],
    private readonly responders: readonly Responder[],
    /** For each site index, the posts whose coverage includes it (from the plan model). */
    private readonly coveringPosts: readonly (readonly number[])[],
  ) {
    this.policy = DISPATCH_POLICIES[policy];
    this.officers = responders.filter((r) => countsTowardOfficers(r.kind));
    this.platformStaff = responders.filter((r) => r.kind === 'platform');
  }

  /** Incidents waiting for a responder. */
  get waiting(): number {
    return this.queue.length;
  }

  /** The dispatch decision for a newly reported incident. */
  decide(incident: Incident): void {
    this.policy.sendFirst(incident, this);
    if (incident.officersRequired > 0) this.sendNearestOfficers(incident);
    else if (incident.responders.length === 0) this.sendNearestCapable(incident);
    if (incident.type.preempts) this.preemptFor(incident);
    incident.waited = incident.dispatched === null;
    this.queueIfUnmet(incident);
  }

  /** The first responder found that officers are needed: send them (or queue for them). */
  escalate(incident: Incident): void {
    this.sendNearestOfficers(incident);
    this.queueIfUnmet(incident);
  }

  /** A responder became free: it takes the first queued incident it can serve, if any. */
  offer(responder: Responder): void {
    if (!responder.available) return;
    const now = this.engine.now;
    for (let i = 0; i < this.queue.length; i++) {
      const incident = this.queue[i]!;
      if (!this.canServe(incident, responder)) continue;
      if (responder.expectedMinutesTo(incident.site, now) === Number.POSITIVE_INFINITY) continue;
      this.send(incident, responder);
      if (!incident.hasUnmetNeed) {
        removeAt(this.queue, i);
        incident.queued = false;
      }
      return;
    }
  }

  /** Sends the nearest free staff member of a post covering the incident's site, if any. */
  sendCoveringStaff(incident: Incident): void {
    const covering = this.platformStaff.filter((staff) => this.covers(staff, incident));
    const staff = this.nearestAvailable(covering, incident, null);
    if (staff !== null) this.send(incident, staff);
  }

  /** Whether `staff` belongs to a post whose coverage includes the incident's site. */
  covers(staff: Responder, incident: Incident): boolean {
    return (
      staff instanceof PlatformStaff && this.coveringPosts[incident.site]!.includes(staff.post)
    );
  }

  /**
   * Preemption: while the incident still needs someone, the unit travelling to a lower-priority
   * incident that can serve it and would arrive first is diverted to it; the incident it leaves
   * goes back to the queue if it now needs someone.
   */
  private preemptFor(incident: Incident): void {
    while (incident.hasUnmetNeed) {
      const unit = this.nearestDivertible(incident);
      if (unit === null) return;
      const left = unit.incident!;
      this.withdraw(left, unit);
      this.send(incident, unit);
      this.queueIfUnmet(left);
    }
  }

  /** The on-duty unit travelling to a lower-priority incident that would reach this one first. */
  private nearestDivertible(incident: Incident): Responder | null {
    return this.firstToArrive(this.responders, incident, this.isDivertibleTo, incident);
  }

  /** Whether `unit` travels to a lower-priority incident than `incident` and can serve it. */
  private readonly isDivertibleTo = (unit: Responder, incident: Incident): boolean => {
    const target = unit.incident;
    if (unit.state !== 'travelling' || !unit.rostered || target === null) return false;
    return target.type.priority > incident.type.priority && this.canServe(incident, unit);
  };

  /** Takes `unit` off the incident it was travelling to. */
  private withdraw(incident: Incident, unit: Responder): void {
    incident.responders.splice(incident.responders.indexOf(unit), 1);
    if (countsTowardOfficers(unit.kind)) incident.assignedCrew -= unit.persons;
  }

  private sendNearestOfficers(incident: Incident): void {
    while (incident.officerShortfall > 0) {
      const car = this.nearestAvailable(this.officers, incident, null);
      if (car === null) return;
      this.send(incident, car);
    }
  }

  private sendNearestCapable(incident: Incident): void {
    const responder = this.nearestAvailable(this.responders, incident, incident.type.handledBy);
    if (responder !== null) this.send(incident, responder);
  }

  /** Whether `responder` can meet one of the incident's unmet needs. */
  private canServe(incident: Incident, responder: Responder): boolean {
    if (countsTowardOfficers(responder.kind) && incident.officerShortfall > 0) return true;
    if (incident.responders.length > 0) return false;
    if (incident.officersRequired === 0) return incident.type.handledBy[responder.kind];
    return this.policy.goesFirstToOfficerIncident(incident, responder, this);
  }

  /**
   * The free responder of `pool` (of a kind in `kinds`, when given) that would arrive first
   * (the first of equals).
   */
  private nearestAvailable(
    pool: readonly Responder[],
    incident: Incident,
    kinds: IncidentTypeModel['handledBy'] | null,
  ): Responder | null {
    return this.firstToArrive(pool, incident, isFreeOfKinds, kinds);
  }

  /**
   * The responder of `pool` that qualifies (by `qualifies(responder, criterion)`: a function made
   * once, not per call) and would reach the incident first (the first of equals).
   */
  private firstToArrive<C>(
    pool: readonly Responder[],
    incident: Incident,
    qualifies: (responder: Responder, criterion: C) => boolean,
    criterion: C,
  ): Responder | null {
    const now = this.engine.now;
    let best: Responder | null = null;
    let bestMinutes = Number.POSITIVE_INFINITY;
    for (const responder of pool) {
      if (!qualifies(responder, criterion)) continue;
      const minutes = responder.expectedMinutesTo(incident.site, now);
      if (minutes < bestMinutes) {
        best = responder;
        bestMinutes = minutes;
      }
    }
    return best;
  }

  private send(incident: Incident, responder: Responder): void {
    responder.dispatchTo(incident);
    incident.addResponder(responder);
    if (incident.dispatched === null) incident.dispatched = this.engine.now;
    if (countsTowardOfficers(responder.kind)) incident.assignedCrew += responder.persons;
  }

  /** Puts the incident in the queue, in priority order, if it still needs someone. */
  private queueIfUnmet(incident: Incident): void {
    if (incident.queued || !incident.hasUnmetNeed) return;
    let i = this.queue.length;
    while (i > 0 && comesBefore(incident, this.queue[i - 1]!)) i--;
    insertAt(this.queue, i, incident);
    incident.queued = true;
  }
}

/** Whether the responder is free and of one of `kinds` (any kind when null). */
function isFreeOfKinds(
  responder: Responder,
  kinds: IncidentTypeModel['handledBy'] | null,
): boolean {
  return responder.available && (kinds === null || kinds[responder.kind]);
}

/** Queue order: priority (1 first), then alert time, then id. */
function comesBefore(a: Incident, b: Incident): boolean {
  if (a.type.priority !== b.type.priority) return a.type.priority < b.type.priority;
  if (a.alert !== b.alert) return a.alert < b.alert;
  return a.id < b.id;
}
