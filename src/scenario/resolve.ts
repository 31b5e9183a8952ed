/**
 * Building the resolved Scenario from checked input: defaults filled in, visitors expanded to
 * one number per day, plans resolved, and the whole structure frozen.
 */

import { deepFreeze } from './freeze.js';
import type { ScenarioOverride } from './overrides.js';
import type { ScenarioInput } from './schema.js';
import { resolveStandards } from './standards.js';
import type { Plan, Scenario } from './types.js';

/** Defaults for optional scenario fields; docs/scenario.md lists the same. */
const SCENARIO_DEFAULTS = {
  seed: 1,
  replications: 10,
  description: '',
  demandCv: 0,
  dispatchMinutes: 0,
  occupancyIntervalMinutes: 15,
} as const;

/**
 * The frozen Scenario for input that passed every check, with its plans already resolved.
 *
 * @example buildScenario(input, plans, 'x.yaml', hash).crowd.visitorsPerDay.length === input.calendar.days
 */
export function buildScenario(
  input: ScenarioInput,
  plans: readonly Plan[],
  file: string,
  hash: string,
  overrides: readonly ScenarioOverride[] = [],
): Scenario {
  const { visitorsPerDay, demandCv, ...crowd } = input.crowd;
  const days = input.calendar.days;
  const scenario: Scenario = {
    file,
    hash,
    overrides,
    name: input.name,
    description: input.description ?? SCENARIO_DEFAULTS.description,
    seed: input.seed ?? SCENARIO_DEFAULTS.seed,
    replications: input.replications ?? SCENARIO_DEFAULTS.replications,
    calendar: input.calendar,
    sites: input.sites,
    travel: input.travel,
    crowd: {
      ...crowd,
      visitorsPerDay:
        typeof visitorsPerDay === 'number'
          ? Array.from({ length: days }, () => visitorsPerDay)
          : visitorsPerDay,
      demandCv: demandCv ?? SCENARIO_DEFAULTS.demandCv,
    },
    incidentTypes: input.incidents.types,
    detection: {
      ...input.detection,
      dispatchMinutes: input.detection.dispatchMinutes ?? SCENARIO_DEFAULTS.dispatchMinutes,
    },
    plans,
    defaultPlan: input.defaultPlan ?? plans[0]!.name,
    occupancyIntervalMinutes:
      input.outputs?.occupancyIntervalMinutes ?? SCENARIO_DEFAULTS.occupancyIntervalMinutes,
    standards: resolveStandards(input),
  };
  return deepFreeze(scenario);
}
