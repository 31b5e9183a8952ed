/**
 * Rules for officers walking a patrol route (a shift's `patrol`): they walk, so the shift says
 * `mode: foot`, and they have no post, so it gives no `base` (they start each day at their
 * stops and go back to the route after an incident).
 */
import type { FieldProblem } from './paths.js';
import type { ScenarioInput } from './schema.js';

/** Checks the `patrol` of every shift of every plan. */
export function checkOfficerPatrols(input: ScenarioInput): FieldProblem[] {
  return input.plans.flatMap((plan, i) =>
    (plan.officers?.shifts ?? []).flatMap((shift, s): FieldProblem[] => {
      if (shift.patrol === undefined) return [];
      const path = ['plans', i, 'officers', 'shifts', s];
      const problems: FieldProblem[] = [];
      if (shift.mode !== 'foot') {
        problems.push({
          path: shift.mode === undefined ? [...path, 'patrol'] : [...path, 'mode'],
          message: 'officers on a patrol route walk it: give the shift mode: foot',
        });
      }
      if (shift.base !== undefined) {
        problems.push({
          path: [...path, 'base'],
          message:
            'a shift on a patrol route has no base: its units start at their stops and return to the route; remove base or patrol',
        });
      }
      return problems;
    }),
  );
}
