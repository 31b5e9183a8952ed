/**
 * Dispatch policies as objects: each says who goes first to a newly reported incident and which
 * queued incidents a freed responder may take beyond the common rules of dispatch.ts. The
 * registry below is what the scenario schema's `dispatch` values, the dispatcher and the
 * hypercube approximation read; adding a policy is adding an entry here (docs/model.md, "How to
 * add a dispatch policy").
 */
import type { Incident } from './incident.js';
import type { Responder } from './responder.js';

/** What a policy may do to an incident, and ask about responders (given by the dispatcher). */
export interface DispatchActions {
  /** Sends the nearest free staff member of a post whose coverage includes the incident's site. */
  sendCoveringStaff(incident: Incident): void;
  /** Whether `responder` is staff of a post whose coverage includes the incident's site. */
  covers(responder: Responder, incident: Incident): boolean;
}

/** A dispatch policy. */
export interface DispatchPolicy {
  /**
   * The first step of the decision for a newly reported incident, before the common rule sends
   * the officers it needs (or else the nearest capable responder, if nobody was sent).
   */
  sendFirst(incident: Incident, actions: DispatchActions): void;
  /**
   * The queue rule beyond the common one: whether a freed `responder` may go first to a queued
   * incident that needs officers and has nobody on the way yet.
   */
  goesFirstToOfficerIncident(
    incident: Incident,
    responder: Responder,
    actions: DispatchActions,
  ): boolean;
  /** Whether the covering post's staff are radioed first (the hypercube approximation's units). */
  readonly coveringPostFirst: boolean;
}

/** `nearest`: the common rule only: officers the incident needs, else the nearest capable. */
const nearest: DispatchPolicy = {
  sendFirst() {},
  goesFirstToOfficerIncident: () => false,
  coveringPostFirst: false,
};

/**
 * `platform-first`: when platform staff may handle the type, a free member of a covering post
 * goes first (to search, mediate, guide), also to an incident that needs officers.
 */
const platformFirst: DispatchPolicy = {
  sendFirst(incident, actions) {
    if (incident.type.handledBy.platform) actions.sendCoveringStaff(incident);
  },
  goesFirstToOfficerIncident: (incident, responder, actions) =>
    incident.type.handledBy.platform && actions.covers(responder, incident),
  coveringPostFirst: true,
};

/** Every dispatch policy, by the name a plan's `dispatch` gives. */
export const DISPATCH_POLICIES = {
  nearest,
  'platform-first': platformFirst,
} as const satisfies Readonly<Record<string, DispatchPolicy>>;

/** A dispatch policy's name. */
export type DispatchPolicyName = keyof typeof DISPATCH_POLICIES;

/** The policy names, in registry order (the schema's allowed values). */
export const DISPATCH_POLICY_NAMES = Object.keys(DISPATCH_POLICIES) as [
  DispatchPolicyName,
  ...DispatchPolicyName[],
];
