/**
 * Every check that runs after the schema has accepted the data, and the plans resolved on the
 * way. Each check reports all it finds, so one run lists every problem in the file.
 */
import { checkEscalation, checkPlansServeTypes } from './capability.js';
import { checkDistributions } from './distributions.js';
import { checkOfficerPatrols } from './officer-patrol-rules.js';
import type { FieldProblem } from './paths.js';
import { resolvePlans } from './plans.js';
import { checkReachability } from './reachability.js';
import { checkReferences } from './references.js';
import { checkRosterDays } from './roster-rules.js';
import type { ScenarioInput } from './schema.js';
import { checkStandards } from './standards.js';
import { checkTimeRules } from './time.js';
import type { Plan } from './types.js';
import { checkWorkload } from './workload.js';

/** The resolved plans when the scenario passes every rule, otherwise the problems. */
export type RulesResult =
  | { readonly ok: true; readonly plans: readonly Plan[] }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Checks references, time rules, distributions, plan resolution, reachability and whether each
 * plan can serve each incident type.
 */
export function checkScenarioRules(input: ScenarioInput): RulesResult {
  const resolution = resolvePlans(input.plans);
  const problems = [
    ...checkReferences(input),
    ...checkTimeRules(input),
    ...checkRosterDays(input),
    ...checkOfficerPatrols(input),
    ...checkDistributions(input),
    ...checkEscalation(input.incidents.types),
    ...resolution.problems,
    ...checkReachability(input),
    ...checkPlansServeTypes(resolution.plans, input.incidents.types, input.calendar),
    ...checkWorkload(input),
    ...checkStandards(input),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plans: resolution.plans.map((plan) => plan!) };
}
