/**
 * The rule for whether a plan can answer an incident type (at a site), owned here and applied
 * twice: by the scenario checks, which locate the problem in the file (capability.ts: kinds
 * present in the plan), and by the model's plan preparation, per site (model/plan-model.ts:
 * kinds whose units can get there). A plan that fails it would leave incidents open forever.
 *
 * The rule: the officers a type may need (from the start, or after escalation) must be on duty
 * at once at some time, and some officer unit must be able to get there; a type needing no
 * officers from the start must have one of its handler kinds able to get there.
 */
import type { ResponderKindName } from '../model/responder-kinds.js';

/** What an incident type asks for. */
export interface TypeNeeds {
  /** Officers needed from the start. */
  readonly officers: number;
  /** Officers needed after an escalation (0 when it cannot escalate). */
  readonly escalatedOfficers: number;
  /** Kinds that may be first on scene and act. */
  readonly handlers: readonly ResponderKindName[];
}

/** What a plan offers toward it. */
export interface PlanOffer {
  /** The most officers on duty at the same time. */
  readonly mostOfficersOnDuty: number;
  /** Whether the plan has units of the kind that can get there. */
  readonly reaches: (kind: ResponderKindName) => boolean;
}

/** Why a plan cannot answer a type. */
export type AnswerGap =
  | { readonly gap: 'too-few-officers'; readonly needed: number; readonly escalated: boolean }
  | { readonly gap: 'no-officer-reaches' }
  | { readonly gap: 'no-handler-reaches' };

/**
 * Why the plan cannot answer incidents of the type, or undefined when it can.
 * @example answerGap({ officers: 2, escalatedOfficers: 0, handlers: ['officer'] }, { mostOfficersOnDuty: 1, reaches: () => true })
 * // { gap: 'too-few-officers', needed: 2, escalated: false }
 */
export function answerGap(needs: TypeNeeds, offer: PlanOffer): AnswerGap | undefined {
  const needed = Math.max(needs.officers, needs.escalatedOfficers);
  if (needed > 0) {
    if (needed > offer.mostOfficersOnDuty) {
      return { gap: 'too-few-officers', needed, escalated: needs.officers === 0 };
    }
    if (!offer.reaches('officer')) return { gap: 'no-officer-reaches' };
  }
  if (needs.officers > 0) return undefined;
  return needs.handlers.some((kind) => offer.reaches(kind))
    ? undefined
    : { gap: 'no-handler-reaches' };
}
