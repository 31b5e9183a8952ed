/**
 * Loading a scenario: read the file, parse YAML or JSON, check it against the schema, then
 * check references and cross-field rules, and build the resolved, frozen Scenario. Any problem
 * stops the load with a ScenarioError listing every problem found at that stage, in file order,
 * each at file:line:col with its field path. (Rules are checked only once the schema accepts
 * the data, because they rely on its shape.)
 */
import { createHash } from 'node:crypto';
import { type ParsedText, parseDataText, type SourceLocator } from './document.js';
import { ScenarioError, type ScenarioProblem } from './errors.js';
import { checkSchema } from './issues.js';
import {
  type AppliedOverride,
  applyOverrides,
  describeOverride,
  OverrideError,
  type ScenarioOverride,
} from './overrides.js';
import { type FieldPath, type FieldProblem, formatPath } from './paths.js';
import { buildScenario } from './resolve.js';
import { checkScenarioRules } from './rules.js';
import { formatOfFile, readScenarioSource, type SourceFormat } from './source.js';
import type { Scenario } from './types.js';

/**
 * Loads and validates a scenario file (`.yaml`, `.yml` or `.json`), with any `--set`/`--scale`
 * overrides applied to the parsed document before it is checked (so an overridden value gets
 * the same checks as the file's own, and its problems name the option).
 *
 * @throws ScenarioError with every problem found, each located at file:line:col.
 * @example
 * ```ts
 * const scenario = loadScenario('scenarios/yuanjiajie-golden-week.yaml');
 * scenario.plans.map((plan) => plan.name);
 * ```
 */
export function loadScenario(path: string, overrides: readonly ScenarioOverride[] = []): Scenario {
  const source = readScenarioSource(path);
  return scenarioFromText(source.text, path, source.format, source.hash, overrides);
}

/**
 * Validates scenario text as if read from `file` (JSON when `file` ends in `.json`, else YAML);
 * the hash is the SHA-256 of the text's UTF-8 bytes. For tests and tools that hold text.
 *
 * @throws ScenarioError with every problem found.
 * @example parseScenarioText(readFileSync('x.yaml', 'utf8'), 'x.yaml').name
 */
export function parseScenarioText(
  text: string,
  file: string,
  overrides: readonly ScenarioOverride[] = [],
): Scenario {
  if (text.trim() === '') {
    throw new ScenarioError([
      { file, line: 1, col: 1, path: '', message: 'the file is empty; expected a scenario' },
    ]);
  }
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  return scenarioFromText(text, file, formatOfFile(file) ?? 'yaml', hash, overrides);
}

function scenarioFromText(
  text: string,
  file: string,
  format: SourceFormat,
  hash: string,
  overrides: readonly ScenarioOverride[],
): Scenario {
  const parsed = parseDataText(text, file, format);
  checkRootIsMapping(parsed, file);
  const { data, applied } = overridden(parsed, file, overrides);
  const schema = checkSchema(data);
  if (!schema.ok) throw located(schema.problems, parsed.locator, file, applied);
  const rules = checkScenarioRules(schema.input);
  if (!rules.ok) throw located(rules.problems, parsed.locator, file, applied);
  return buildScenario(schema.input, rules.plans, file, hash, overrides);
}

/** The parsed data with the overrides applied; an override that cannot apply is a problem. */
function overridden(
  { data, locator }: ParsedText,
  file: string,
  overrides: readonly ScenarioOverride[],
) {
  try {
    return applyOverrides(data, overrides);
  } catch (error) {
    if (!(error instanceof OverrideError)) throw error;
    const option = describeOverride(error.override);
    const problem = {
      file,
      ...locator.positionOf(error.reached),
      path: '',
      message: error.reason,
      option,
    };
    throw new ScenarioError([problem]);
  }
}

/** The override whose value holds `path` (the last one, as later overrides win), if any. */
function overrideAt(path: FieldPath, applied: readonly AppliedOverride[]) {
  return applied.findLast(
    ({ fieldPath }) =>
      fieldPath.length <= path.length && fieldPath.every((segment, i) => segment === path[i]),
  );
}

/** A scenario is a mapping of fields; say so plainly when the file holds nothing or a list. */
function checkRootIsMapping({ data, locator }: ParsedText, file: string): void {
  const isMapping = typeof data === 'object' && data !== null && !Array.isArray(data);
  if (isMapping) return;
  const found =
    data === null || data === undefined
      ? 'no data (only comments or blank lines)'
      : Array.isArray(data)
        ? 'a list'
        : `a single value (${typeof data})`;
  const message = `expected a mapping of scenario fields (peakwatch: 1, name: …, calendar: …), found ${found}`;
  throw new ScenarioError([{ file, ...locator.positionOf([]), path: '', message }]);
}

/** Locates problems in the text, drops exact repeats and sorts them in file order. */
function located(
  problems: readonly FieldProblem[],
  locator: SourceLocator,
  file: string,
  applied: readonly AppliedOverride[] = [],
): ScenarioError {
  const seen = new Set<string>();
  const result: ScenarioProblem[] = [];
  for (const problem of problems) {
    const position = locator.positionOf(problem.path, problem.at);
    const override = overrideAt(problem.path, applied);
    const entry: ScenarioProblem = {
      file,
      ...position,
      path: formatPath(problem.path),
      message: problem.message,
      ...(override ? { option: describeOverride(override) } : {}),
    };
    const key = `${entry.line}:${entry.col}:${entry.path}:${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  result.sort((a, b) => a.line - b.line || a.col - b.col);
  return new ScenarioError(result);
}
