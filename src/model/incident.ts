/**
 * An incident during one replication: what it is (drawn once, at creation, so that every plan
 * sees the same incident) and what has happened to it so far. Its record is written to the
 * replication's incident table (incident-table.ts) when it is cleared.
 */

import type { EventHandle } from '../engine/index.js';
import type { RandomStream, Sampler } from '../rng/index.js';
import type { DetectionChannel } from './records.js';
import type { Responder } from './responder.js';
import type { ResponderKindName } from './responder-kinds.js';

/** An incident type, prepared once per scenario. */
export interface IncidentTypeModel {
  readonly id: string;
  readonly priority: number;
  /** Which responder kinds may be first on scene and act. */
  readonly handledBy: Readonly<Record<ResponderKindName, boolean>>;
  /** Officers required from the start (0 = none). */
  readonly officers: number;
  /** Chance that an incident needing no officers turns out to need them, and how many. */
  readonly escalation: { readonly probability: number; readonly officers: number } | null;
  readonly onScene: Sampler;
  /** Whether it may take units travelling to lower-priority incidents. */
  readonly preempts: boolean;
  readonly targetMinutes: number;
  readonly recovery: RecoveryModel | null;
}

/** How a lost item or person is found: the chance, and how long the search takes. */
export interface RecoveryModel {
  /** Chance of recovery if the search starts at the occurrence. */
  readonly initial: number;
  /** Minutes of delay before the search starts that halve the chance. */
  readonly halfLifeMinutes: number;
  /** Minutes the search takes; null: none (found, if at all, when the first responder arrives). */
  readonly search: Sampler | null;
}

/** Samplers of the detection delays, shared by all types. */
export interface DetectionDelays {
  readonly phone: Sampler;
  readonly platform: Sampler;
  readonly patrol: Sampler;
  /** The trip-time multiplier (lognormal, mean 1); null when trips do not vary. */
  readonly variation: Sampler | null;
}

/** Everything random about an incident, drawn at creation in this order. */
export interface IncidentDraws {
  readonly onSceneMinutes: number;
  readonly phoneDelay: number;
  readonly platformDelay: number;
  readonly patrolDelay: number;
  /** Escalates iff this uniform is below the type's escalation probability. */
  readonly escalationDraw: number;
  /** Recovered iff this uniform is below the recovery chance at the search delay. */
  readonly recoveryDraw: number;
  /** Multiplier of every trip to this incident. */
  readonly variation: number;
  /** Minutes the search takes (0 for a type without a search duration). */
  readonly searchMinutes: number;
}

/**
 * Draws an incident's random quantities from its stream, always all of them and always in the
 * same order, whatever the plan needs, so that every plan sees the same incidents. The search
 * minutes come last and only for a type with a search duration, so a scenario without one draws
 * exactly what it drew before searches took time.
 */
export function drawIncident(
  type: IncidentTypeModel,
  delays: DetectionDelays,
  stream: RandomStream,
): IncidentDraws {
  const onSceneMinutes = type.onScene(stream);
  const phoneDelay = delays.phone(stream);
  const platformDelay = delays.platform(stream);
  const patrolDelay = delays.patrol(stream);
  const escalationDraw = stream.uniform();
  const recoveryDraw = stream.uniform();
  const variation = delays.variation === null ? 1 : delays.variation(stream);
  const search = type.recovery?.search ?? null;
  const searchMinutes = search === null ? 0 : search(stream);
  return {
    onSceneMinutes,
    phoneDelay,
    platformDelay,
    patrolDelay,
    escalationDraw,
    recoveryDraw,
    variation,
    searchMinutes,
  };
}

/**
 * One incident's state. Fields are written by detection, dispatch and the scene as the
 * replication runs; `null` means "not yet".
 *
 * @example
 * ```ts
 * const incident = new Incident(1, type, siteIndex, now, drawIncident(type, delays, stream));
 * incident.officersRequired; // type.officers until an escalation is discovered
 * ```
 */
export class Incident {
  // Detection.
  /** Alert time: the earliest channel's so far, final once `alerted`. */
  alert = Number.POSITIVE_INFINITY;
  detectedBy: DetectionChannel = 'phone';
  alerted = false;
  /** The pending alert event (rescheduled when an earlier channel is found). */
  alertEvent: EventHandle | null = null;

  // Dispatch.
  officersRequired: number;
  /** Officers (crew) dispatched so far, and on scene so far. */
  assignedCrew = 0;
  crewOnScene = 0;
  /** Every responder dispatched, in order of dispatch (add with {@link addResponder}). */
  responders: Responder[] = [];
  dispatched: number | null = null;
  waited = false;
  /** Whether it sits in the dispatch queue (it has an unmet need). */
  queued = false;

  // Scene.
  firstOnScene: number | null = null;
  /** When the first responder of each kind reached the scene (service standards ask for kinds). */
  readonly firstOnSceneByKind: Partial<Record<ResponderKindName, number>> = {};
  firstResponder: Responder | null = null;
  travelMinutes: number | null = null;
  officersOnScene: number | null = null;
  workStarted = false;
  cleared: number | null = null;
  recovered: boolean | null = null;
  /** Whether the search is under way (the work cannot start before it ends). */
  searching = false;
  /** When the lost item or person was found (null: not found, or no recovery model). */
  found: number | null = null;

  constructor(
    readonly id: number,
    readonly type: IncidentTypeModel,
    readonly site: number,
    readonly occurred: number,
    readonly draws: IncidentDraws,
  ) {
    this.officersRequired = type.officers;
  }

  /**
   * Adds a responder dispatched to it. The first makes a list of its own size: a push onto the
   * empty list would reserve room for about sixteen, for every incident of the replication.
   */
  addResponder(responder: Responder): void {
    if (this.responders.length === 0) this.responders = [responder];
    else this.responders.push(responder);
  }

  /** Officers still to dispatch (0 when enough are on their way or there). */
  get officerShortfall(): number {
    return Math.max(0, this.officersRequired - this.assignedCrew);
  }

  /** Whether it still needs a responder: officers short, or nobody sent at all. */
  get hasUnmetNeed(): boolean {
    return this.officersRequired > this.assignedCrew || this.responders.length === 0;
  }

  /** Time the required responder was on scene: the officers if required, else the first. */
  get requiredOnScene(): number | null {
    return this.officersRequired > 0 ? this.officersOnScene : this.firstOnScene;
  }
}
