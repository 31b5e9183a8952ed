/**
 * The `--set PATH=VALUE` and `--scale PATH=FACTOR` options of the commands that simulate: what-if
 * changes to the scenario without copying the file (see docs/scenario.md, "Overrides").
 */
import type { Argv } from 'yargs';
import { loadScenario } from '../scenario/load.js';
import { OverrideError, parseOverride, type ScenarioOverride } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/types.js';
import { UsageError } from './failure.js';

/** The options as yargs parses them (each may be given several times). */
export interface OverrideArgs {
  readonly set?: readonly string[];
  readonly scale?: readonly string[];
}

/** Adds `--set` and `--scale`. */
export function overrideOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('set', {
      type: 'string',
      array: true,
      describe:
        'PATH=VALUE: replace a value of the scenario, e.g. --set incidents.types[dispute].rate=0.06 ' +
        '(repeatable; checked like the file)',
    })
    .option('scale', {
      type: 'string',
      array: true,
      describe:
        'PATH=FACTOR: multiply a number or a list of numbers, e.g. --scale crowd.visitorsPerDay=1.3 ' +
        '(repeatable; applied after every --set)',
    });
}

/**
 * Every --set in the order given, then every --scale in the order given.
 *
 * @throws UsageError (exit 2) for an option that is not PATH=VALUE.
 */
export function overridesOf(args: OverrideArgs): ScenarioOverride[] {
  try {
    return [
      ...(args.set ?? []).map((text) => parseOverride('set', String(text))),
      ...(args.scale ?? []).map((text) => parseOverride('scale', String(text))),
    ];
  } catch (error) {
    throw error instanceof OverrideError ? new UsageError(error.message) : error;
  }
}

/**
 * Loads the scenario with the options' overrides applied.
 *
 * @throws ScenarioError (exit 2) for a bad file or an override that does not apply, naming the
 * option; UsageError for an option that is not PATH=VALUE.
 */
export function loadScenarioWithOverrides(path: string, args: OverrideArgs): Scenario {
  return loadScenario(path, overridesOf(args));
}

/** `--set X`/`--scale X` words for the command line that reproduces a run. */
export function overrideWords(args: OverrideArgs): string[] {
  return [
    ...(args.set ?? []).flatMap((text) => ['--set', String(text)]),
    ...(args.scale ?? []).flatMap((text) => ['--scale', String(text)]),
  ];
}
