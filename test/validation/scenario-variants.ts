/** Validation scenarios for tests, as written and with deliberate edits. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, parseScenarioText } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/types.js';
import { VALIDATION_DIR } from '../../src/validation/validation-cases.js';

/** The path of a validation scenario, e.g. `validationFile('erlang-c.yaml')`. */
export function validationFile(name: string): string {
  return join(VALIDATION_DIR, name);
}

/** A validation scenario as written. */
export function validationScenario(name: string): Scenario {
  return loadScenario(validationFile(name));
}

/**
 * A validation scenario with text edits, each [find, replace] applied once (the find must be
 * present, so a test never silently checks an unedited file). Read as if from a file outside the
 * validation folder.
 */
export function editedScenario(name: string, edits: readonly [string, string][]): Scenario {
  let text = readFileSync(validationFile(name), 'utf8');
  for (const [find, replace] of edits) {
    if (!text.includes(find)) throw new Error(`"${find}" is not in ${name}`);
    text = text.replace(find, replace);
  }
  return parseScenarioText(text, `edited-${name}`);
}
