/**
 * Choosing which plans an experiment runs and which one is the baseline, with errors a user can
 * act on (they list the plans the scenario has).
 */

import type { Scenario } from '../scenario/types.js';
import { ExperimentUsageError } from './errors.js';

/** Thrown for a plan name the scenario does not have, or an inconsistent choice (a usage error). */
export class PlanChoiceError extends ExperimentUsageError {
  override readonly name = 'PlanChoiceError';
}

/** The names of the scenario's plans. */
function planNames(scenario: Scenario): string[] {
  return scenario.plans.map((p) => p.name);
}

/** Checks that a plan exists and returns its name. */
export function checkPlan(scenario: Scenario, name: string): string {
  const names = planNames(scenario);
  if (!names.includes(name)) {
    throw new PlanChoiceError(
      `plan "${name}" is not in ${scenario.file}; its plans are: ${names.join(', ')}`,
    );
  }
  return name;
}

/**
 * The plans to compare: the named ones (checked, each once, in the given order) or, when none
 * are named, every plan of the scenario in file order.
 */
export function choosePlans(scenario: Scenario, names?: readonly string[]): string[] {
  if (!names || names.length === 0) return planNames(scenario);
  const seen = new Set<string>();
  for (const name of names) {
    checkPlan(scenario, name);
    if (seen.has(name)) throw new PlanChoiceError(`plan "${name}" is named twice`);
    seen.add(name);
  }
  return [...names];
}

/**
 * The baseline of a comparison: the named one (which must be among `plans`), else the
 * scenario's default plan when it is compared, else the first plan compared.
 */
export function chooseBaseline(
  scenario: Scenario,
  plans: readonly string[],
  baseline?: string,
): string {
  if (baseline !== undefined) {
    checkPlan(scenario, baseline);
    if (!plans.includes(baseline)) {
      throw new PlanChoiceError(
        `baseline "${baseline}" is not among the compared plans (${plans.join(', ')})`,
      );
    }
    return baseline;
  }
  return plans.includes(scenario.defaultPlan) ? scenario.defaultPlan : plans[0]!;
}
