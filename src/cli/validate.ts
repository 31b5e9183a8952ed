/**
 * `peakwatch validate FILE...`: check scenario files and summarise the good ones.
 * Its arguments and options are in validate-options.ts.
 */

import { ScenarioError, type ScenarioProblem } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { inLang } from '../scenario/local-text.js';
import type { Scenario } from '../scenario/types.js';
import type { CommandAction } from './command.js';
import type { ValidateArgs } from './validate-options.js';

/** What `validate` does. */
export const validateAction: CommandAction<ValidateArgs> = (io, args) => {
  const problems: ScenarioProblem[] = [];
  for (const file of args.files) {
    try {
      io.stdout.write(`ok  ${file}: ${summarizeScenario(loadScenario(file))}\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
};

/**
 * One line about a scenario: its name, days, sites, incident types and plans.
 *
 * @example summarizeScenario(s) // '"Minimal", 2 days, 4 sites, 2 incident types, 2 plans (default base)'
 */
export function summarizeScenario(scenario: Scenario): string {
  return [
    JSON.stringify(inLang(scenario.name, 'en')),
    count(scenario.calendar.days, 'day'),
    count(scenario.sites.length, 'site'),
    count(scenario.incidentTypes.length, 'incident type'),
    `${count(scenario.plans.length, 'plan')} (default ${scenario.defaultPlan})`,
  ].join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
