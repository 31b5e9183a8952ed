/**
 * Checking parsed data against the scenario schema and turning zod's issues into messages a
 * researcher can act on: what was expected, what was found, and for a misspelt key or option
 * the closest valid one.
 */
import type { z } from 'zod';
import { childValue, knownKeysAt } from './keys.js';
import { RESERVED_KEY, reservedKeyPaths } from './own-keys.js';
import { PARSE_ONCE } from './parse-once.js';
import { type FieldPath, type FieldProblem, formatPath } from './paths.js';
import { type ScenarioInput, ScenarioSchema } from './schema.js';
import { closestMatch } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** Why a `__proto__` key is refused wherever it appears. */
const RESERVED_KEY_MESSAGE = `"${RESERVED_KEY}" cannot be used as a key (it is not an id, and JavaScript objects cannot hold it as data)`;
type RawIssue = z.core.$ZodRawIssue;

/** The outcome of checking data against the schema: the typed input, or every problem. */
export type SchemaResult =
  | { readonly ok: true; readonly input: ScenarioInput }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Checks parsed data against `ScenarioSchema`, reporting all problems at once.
 *
 * @example
 * ```ts
 * const result = checkSchema(data);
 * if (!result.ok) for (const p of result.problems) console.log(p.path, p.message);
 * ```
 */
export function checkSchema(data: unknown): SchemaResult {
  const reserved = reservedKeyPaths(data).map(
    (path): FieldProblem => ({ path, at: 'key', message: RESERVED_KEY_MESSAGE }),
  );
  const result = ScenarioSchema.safeParse(data, { ...PARSE_ONCE, error: defaultMessage });
  if (result.success && reserved.length === 0) return { ok: true, input: result.data };
  const problems = result.success
    ? []
    : result.error.issues.flatMap((issue) => explainIssue(issue, data));
  return { ok: false, problems: [...reserved, ...withoutMisspeltMissing(problems)] };
}

/**
 * Drops "required field is missing" for a field whose misspelling is already reported as an
 * unknown key with that field as its suggestion (`carz` → `cars`): one mistake, one problem.
 */
function withoutMisspeltMissing(problems: readonly ExplainedProblem[]): FieldProblem[] {
  const suggested = new Set(
    problems.flatMap((p) => (p.suggests === undefined ? [] : [formatPath(p.suggests)])),
  );
  return problems
    .filter((p) => !(p.missing && suggested.has(formatPath(p.path))))
    .map(({ path, message, at }) => (at === undefined ? { path, message } : { path, message, at }));
}

/** A problem plus what is needed to merge a misspelt key with the field it stands for. */
interface ExplainedProblem extends FieldProblem {
  /** The path of the known field an unknown key is probably a misspelling of. */
  readonly suggests?: FieldPath;
  readonly missing?: boolean;
}

/** One issue as problems (an unknown-keys issue becomes one problem per key). */
function explainIssue(issue: Issue, data: unknown): ExplainedProblem[] {
  const path: FieldPath = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  );
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(ScenarioSchema, data, path) ?? [];
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      return {
        path: [...path, key],
        at: 'key' as const,
        message: unknownKeyMessage(key, suggestion, known),
        ...(suggestion === undefined ? {} : { suggests: [...path, suggestion] }),
      };
    });
  }
  if (issue.code === 'invalid_key') return [{ path, at: 'key', message: issue.message }];
  const found = valueAtPath(data, path);
  if (found === undefined) {
    return [
      { path, message: `required field is missing (${missingExpectation(issue)})`, missing: true },
    ];
  }
  const choices = optionsOf(issue);
  const suggestion =
    typeof found.value === 'string' && choices !== undefined
      ? closestMatch(found.value, choices)
      : undefined;
  const hint =
    suggestion === undefined ? percentHint(issue, found.value) : `; did you mean "${suggestion}"?`;
  return [{ path, message: `${issue.message} (got ${describeValue(found.value)})${hint}` }];
}

/**
 * For a fraction (at most 1) written as a percentage (2 to 100), how to write it: `share: 90` is
 * most likely 90 %. Just above 1 (`share: 1.6`) it is as likely a slip of the finger: no hint.
 */
function percentHint(issue: Issue, value: unknown): string {
  const fraction = issue.code === 'too_big' && Number(issue.maximum) === 1;
  if (!fraction || typeof value !== 'number' || value < 2 || value > 100) return '';
  return `; write ${value} % as ${Number((value / 100).toPrecision(12))}`;
}

/** The value at a path, wrapped so that a present `null` differs from an absent field. */
function valueAtPath(data: unknown, path: FieldPath): { value: unknown } | undefined {
  let value = data;
  for (const segment of path) {
    value = childValue(value, segment);
    if (value === undefined) return undefined;
  }
  return { value };
}

function unknownKeyMessage(
  key: string,
  suggestion: string | undefined,
  known: readonly string[],
): string {
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  const list = known.length > 0 ? `; expected one of: ${known.join(', ')}` : '';
  return `unknown key "${key}"${hint}${list}`;
}

/** The allowed values an enum, literal or discriminator issue lists, as strings. */
function optionsOf(issue: Issue): string[] | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String);
  if (issue.code === 'invalid_union') return discriminatorOptions(issue);
  return undefined;
}

/** The values a discriminated union accepts, listed on its "no matching discriminator" issue. */
function discriminatorOptions(issue: object): string[] | undefined {
  const options = 'options' in issue ? issue.options : undefined;
  return Array.isArray(options) ? options.map(String) : undefined;
}

function missingExpectation(issue: Issue): string {
  if (issue.code === 'invalid_type') return `expected ${typeName(issue.expected)}`;
  const options = optionsOf(issue);
  if (options !== undefined) return `expected one of: ${options.join(', ')}`;
  return issue.message;
}

/**
 * Messages for issues whose schema gives none, passed to zod per parse (schema messages win).
 * The value found is added later, in `explainIssue`.
 */
function defaultMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeName(issue.expected)}`;
    case 'too_small':
      return `expected ${boundText(issue.origin, issue.minimum, issue.inclusive, 'min')}`;
    case 'too_big':
      return `expected ${boundText(issue.origin, issue.maximum, issue.inclusive, 'max')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union': {
      const options = discriminatorOptions(issue);
      if (options !== undefined) {
        return `expected ${issue.discriminator ?? 'a field'} to be one of: ${options.join(', ')}`;
      }
      const alternatives = issue.errors.flatMap((branch) =>
        branch[0]?.code === 'invalid_type' ? [typeName(branch[0].expected)] : [],
      );
      return alternatives.length > 0 ? `expected ${alternatives.join(' or ')}` : undefined;
    }
    case 'invalid_format':
      return `expected the ${issue.format} format`;
    default:
      return undefined;
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
      return 'a mapping of keys to values';
    case 'array':
    case 'tuple':
      return 'a list';
    default:
      return expected;
  }
}

function boundText(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  side: 'min' | 'max',
): string {
  const limit = String(bound);
  if (origin === 'array' || origin === 'set' || origin === 'string') {
    const unit = origin === 'string' ? 'character' : 'item';
    return `${side === 'min' ? 'at least' : 'at most'} ${limit} ${unit}${limit === '1' ? '' : 's'}`;
  }
  const relation =
    side === 'min'
      ? inclusive === false
        ? 'greater than'
        : 'at least'
      : inclusive === false
        ? 'less than'
        : 'at most';
  return `${relation} ${limit}`;
}

/** A short description of a value found in the file, for "got …" in messages. */
function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  return String(value);
}
