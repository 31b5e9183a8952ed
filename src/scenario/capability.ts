/**
 * Whether incidents can be handled at all: escalation applies only to incident types that need
 * no officers from the start, and every plan must be able to send someone to every incident
 * type (a capable first responder, and enough officers on duty at once for the officers a type
 * needs, escalation included). A plan that fails this would leave incidents open forever.
 */

import { fieldedGroups } from '../model/responder-kinds.js';
import { answerGap } from './answerability.js';
import { dutyWindow, mostOfficersOnDuty, rosterDayNumber } from './duty.js';
import type { FieldProblem } from './paths.js';
import type { IncidentType, ScenarioInput } from './schema.js';
import type { Plan } from './types.js';

/** Escalation is the discovery that officers are needed, so a type already needing them has none. */
export function checkEscalation(types: ScenarioInput['incidents']['types']): FieldProblem[] {
  return types.flatMap((type, i): FieldProblem[] =>
    type.escalation !== undefined && type.officers > 0
      ? [
          {
            path: ['incidents', 'types', i, 'escalation'],
            message: `escalation only applies to types with officers: 0, but "${type.id}" already needs ${type.officers}; remove escalation or set officers to 0`,
          },
        ]
      : [],
  );
}

/**
 * Checks that each resolved plan can serve each incident type. `plans[i]` is the resolution of
 * the scenario's plan i (undefined if it could not be resolved, already reported).
 */
export function checkPlansServeTypes(
  plans: readonly (Plan | undefined)[],
  types: readonly IncidentType[],
  calendar: ScenarioInput['calendar'],
): FieldProblem[] {
  return plans.flatMap((plan, i) =>
    plan === undefined
      ? []
      : types.flatMap((type) => {
          const gap = serviceGap(plan, type, calendar);
          return gap === undefined
            ? []
            : [
                {
                  path: ['plans', i],
                  message: `plan "${plan.name}" cannot serve "${type.id}": ${gap}`,
                },
              ];
        }),
  );
}

/** Why a plan can never complete incidents of a type, or undefined if it can. */
function serviceGap(
  plan: Plan,
  type: IncidentType,
  calendar: ScenarioInput['calendar'],
): string | undefined {
  const onDuty = mostOfficersOnDuty(
    plan.officers.shifts.map((shift) => ({
      window: dutyWindow(
        shift,
        shift.days?.map((day) => rosterDayNumber(day, calendar.start)),
      ),
      officers: shift.cars * shift.crew,
    })),
    calendar.days,
  );
  const escalatedOfficers = type.escalation ? (type.escalation.officers ?? 1) : 0;
  // Where units can get is judged by the reachability checks; here a kind counts when the plan
  // fields any of its units.
  const gap = answerGap(
    { officers: type.officers, escalatedOfficers, handlers: type.handlers },
    { mostOfficersOnDuty: onDuty, reaches: (kind) => fieldedGroups(plan, kind).length > 0 },
  );
  // 'no-officer-reaches' cannot arise here: officers the plan fields count as reaching.
  if (gap === undefined || gap.gap === 'no-officer-reaches') return undefined;
  if (gap.gap === 'too-few-officers') {
    const why = gap.escalated ? 'when escalated it needs' : 'it needs';
    return `${why} ${plural(gap.needed, 'officer')} on scene but at most ${plural(onDuty, 'officer')} ${onDuty === 1 ? 'is' : 'are'} on duty at once`;
  }
  return `none of its handlers (${type.handlers.join(', ')}) is in the plan`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
