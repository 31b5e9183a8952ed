/**
 * What happens at the scene. The first responder to arrive starts the search (the recovery
 * chance of a lost item or person is fixed by the delay from occurrence to this moment) and
 * discovers whether the incident needs officers after all (escalation). A search with a
 * duration lasts the incident's drawn search minutes, found or not; the item or person is found
 * at its end (without a duration, at the first arrival). The on-scene work starts when the
 * search is over and the officers required are all there; cleared = work start + the
 * incident's on-scene minutes. A platform or patrol first responder stays until the officers
 * have arrived and then hands over (it is released); officers stay until the incident is
 * cleared. Someone arriving when they are no longer needed (a late non-officer once the
 * officers or the work have taken over, anyone once the incident is cleared) leaves at once.
 */
import type { Engine } from '../engine/index.js';
import type { Dispatcher } from './dispatch.js';
import type { Incident } from './incident.js';
import type { Responder } from './responder.js';
import { countsTowardOfficers } from './responder-kinds.js';

/**
 * Handles arrivals on scene, the work and the clearance for one replication.
 *
 * @example
 * ```ts
 * const scene = new Scene(engine, dispatcher, (incident) => open--);
 * scene.arrive(car, incident); // when the car reaches the incident
 * ```
 */
export class Scene {
  /** The events' actions, made once: each event carries its incident. */
  private readonly finishSearchAction = (incident: Incident) => this.finishSearch(incident);
  private readonly clearAction = (incident: Incident) => this.clear(incident);

  constructor(
    private readonly engine: Engine,
    private readonly dispatcher: Dispatcher,
    /** Called once an incident is cleared and its responders released. */
    private readonly onCleared: (incident: Incident) => void,
  ) {}

  /** A responder reached the incident it was sent to. */
  arrive(responder: Responder, incident: Incident): void {
    if (
      incident.cleared !== null ||
      (this.handedOver(incident) && !countsTowardOfficers(responder.kind))
    ) {
      responder.release();
      return;
    }
    incident.firstOnSceneByKind[responder.kind] ??= this.engine.now;
    if (incident.firstOnScene === null) this.startSearch(responder, incident);
    if (countsTowardOfficers(responder.kind)) incident.crewOnScene += responder.persons;
    this.startWorkIfReady(incident);
  }

  /** The first arrival: the search starts, and escalation is discovered. */
  private startSearch(responder: Responder, incident: Incident): void {
    const now = this.engine.now;
    incident.firstOnScene = now;
    incident.firstResponder = responder;
    incident.travelMinutes = now - responder.dispatchedAt;
    const { recovery, escalation } = incident.type;
    if (recovery !== null) {
      const chance =
        recovery.initial * 0.5 ** ((now - incident.occurred) / recovery.halfLifeMinutes);
      incident.recovered = incident.draws.recoveryDraw < chance;
      if (recovery.search === null) this.endSearch(incident);
      else {
        incident.searching = true;
        this.engine.schedule(incident.draws.searchMinutes, this.finishSearchAction, incident);
      }
    }
    if (escalation !== null && incident.draws.escalationDraw < escalation.probability) {
      this.escalateToPolice(incident, escalation.officers);
    }
  }

  /** The search ends: the item or person is found now if it is to be found at all. */
  private endSearch(incident: Incident): void {
    incident.searching = false;
    if (incident.recovered === true) incident.found = this.engine.now;
  }

  /** A timed search ends; the work can start if the officers required are there. */
  private finishSearch(incident: Incident): void {
    this.endSearch(incident);
    this.startWorkIfReady(incident);
  }

  private escalateToPolice(incident: Incident, officers: number): void {
    incident.officersRequired = officers;
    this.dispatcher.escalate(incident);
  }

  private startWorkIfReady(incident: Incident): void {
    if (incident.workStarted) return;
    if (incident.officersRequired > 0) {
      if (incident.crewOnScene < incident.officersRequired) return;
      if (incident.officersOnScene === null) {
        incident.officersOnScene = this.engine.now;
        this.handOver(incident);
      }
    }
    if (incident.searching) return;
    incident.workStarted = true;
    this.engine.schedule(incident.draws.onSceneMinutes, this.clearAction, incident);
  }

  /**
   * Whether non-officers are no longer needed: the work has started, or the officers required
   * are all on scene (they carry on a search that is still under way).
   */
  private handedOver(incident: Incident): boolean {
    return incident.workStarted || incident.officersOnScene !== null;
  }

  /** Officers take over: the non-officers on scene are released. */
  private handOver(incident: Incident): void {
    for (const responder of incident.responders) {
      if (!countsTowardOfficers(responder.kind) && isWorkingOn(responder, incident))
        responder.release();
    }
  }

  private clear(incident: Incident): void {
    incident.cleared = this.engine.now;
    for (const responder of incident.responders) {
      if (isWorkingOn(responder, incident)) responder.release();
    }
    this.onCleared(incident);
  }
}

/** Whether the responder is on scene at this incident now. */
function isWorkingOn(responder: Responder, incident: Incident): boolean {
  return responder.incident === incident && responder.state === 'onScene';
}
