/**
 * The `--set` and `--scale` options (declared in overrides-option.ts) parsed into scenario
 * overrides, and the scenario loaded with them. Loaded only when a command runs: it needs the
 * scenario reader.
 */
import { loadScenario } from '../scenario/load.js';
import { OverrideError, parseOverride, type ScenarioOverride } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/types.js';
import { UsageError } from './failure.js';
import type { OverrideArgs } from './overrides-option.js';

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
