/**
 * `peakwatch check [SCENARIO...]`: simulate the validation scenarios (or the given ones) and
 * compare them with queueing theory; exit 1 when any measure fails. See docs/validation.md.
 * Its arguments and options are in check-options.ts.
 */

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type CheckOptions,
  checkScenario,
  judgeScenarioChecks,
  type ScenarioCheck,
} from '../check/run-check.js';
import { formatCheckSummary, formatScenarioCheck } from '../output/check-text.js';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import { horizonHours } from '../scenario/clock.js';
import { loadScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';
import { allPass } from '../validation/judgement.js';
import { VALIDATION_DIR } from '../validation/validation-cases.js';
import type { CheckArgs } from './check-options.js';
import type { CommandAction } from './command.js';
import { UsageError } from './failure.js';
import { wholeNumber } from './settings.js';

/** Some measures failed: exit code 1, after the full report was printed. */
export class CheckFailedError extends Error {
  constructor(failed: number, total: number) {
    super(`check failed: ${failed} of ${total} measures are outside their allowance (see above)`);
    this.name = 'CheckFailedError';
  }
}

/** What `check` does. */
export const checkAction: CommandAction<CheckArgs> = (io, args) => {
  const options = checkedOptions(args);
  const files =
    args.scenarios === undefined || args.scenarios.length === 0
      ? validationScenarios()
      : args.scenarios;
  const scenarios = files.map((file) => loadScenario(file));
  for (const scenario of scenarios) checkFitsScenario(options, scenario);
  const checks: ScenarioCheck[] = scenarios.map((scenario) => {
    const replications = options.replications ?? scenario.replications;
    io.stderr.write(`checking ${scenario.file} (${replications} replications)\n`);
    return checkScenario(scenario, options);
  });
  const judged = judgeScenarioChecks(checks);
  for (const check of judged) io.stdout.write(`${formatScenarioCheck(check)}\n`);
  io.stdout.write(formatCheckSummary(judged));
  const measures = judged.flatMap((check) => check.measures);
  if (!allPass(measures)) {
    throw new CheckFailedError(measures.filter((m) => !m.pass).length, measures.length);
  }
};

/** The options, checked. */
function checkedOptions(args: CheckArgs): CheckOptions {
  return {
    ...(args.replications === undefined
      ? {}
      : { replications: wholeNumber('replications', args.replications, 2, MAX_REPLICATIONS) }),
    ...(args.plan === undefined ? {} : { plan: args.plan }),
    ...(args.hour === undefined ? {} : { hour: wholeNumber('hour', args.hour, 0) }),
    ...(args.seed === undefined ? {} : { seed: wholeNumber('seed', args.seed, 0) }),
  };
}

/** Throws a usage error when --plan or --hour does not fit the scenario. */
function checkFitsScenario(options: CheckOptions, scenario: Scenario): void {
  if (options.plan !== undefined && !scenario.plans.some((p) => p.name === options.plan)) {
    throw new UsageError(`--plan: ${scenario.file} has no plan "${options.plan}"`);
  }
  const hours = horizonHours(scenario.calendar);
  if (options.hour !== undefined && options.hour >= hours) {
    throw new UsageError(
      `--hour: ${scenario.file} has ${hours} hours (0 to ${hours - 1}); got ${options.hour}`,
    );
  }
}

/** Every validation scenario, by file name, as paths relative to the working directory. */
function validationScenarios(): string[] {
  return readdirSync(VALIDATION_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => relative(process.cwd(), join(VALIDATION_DIR, name)));
}
