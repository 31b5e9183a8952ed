/**
 * What-if overrides: `--set PATH=VALUE` and `--scale PATH=FACTOR` change a scenario's parsed
 * document before it is validated, so an overridden value gets the same checks, bounds and
 * messages as one written in the file. Paths are written in the scenario's own terms:
 * `crowd.visitorsPerDay`, `incidents.types[dispute].rate`, `plans[current].officers.shifts[0].cars`
 * — a bracket holds a list index or the `id`, `name` or `site` of a list item.
 */
import { parse as parseYaml } from 'yaml';
import type { FieldPath } from './paths.js';
import { formatPath } from './paths.js';
import { closestMatch } from './suggest.js';

/** How an override changes its value. */
export type OverrideKind = 'set' | 'scale';

/** One override as the user wrote it. */
export interface ScenarioOverride {
  readonly kind: OverrideKind;
  /** The path as written (`incidents.types[dispute].rate`). */
  readonly path: string;
  /** The value (for `set`, YAML flow text: `3`, `[1, 2]`, `nearest`) or the factor (`scale`). */
  readonly value: string;
}

/** An override that has been applied, with the concrete path it reached. */
export interface AppliedOverride extends ScenarioOverride {
  /** Keys and indices of the changed value (`['incidents', 'types', 2, 'rate']`). */
  readonly fieldPath: FieldPath;
}

/** An override that cannot be applied: its option text, why, and how far its path led. */
export class OverrideError extends Error {
  override readonly name = 'OverrideError';

  constructor(
    readonly override: ScenarioOverride,
    readonly reason: string,
    /** The part of the path that exists in the file (where to point the reader). */
    readonly reached: FieldPath = [],
  ) {
    super(`${describeOverride(override)}: ${reason}`);
  }
}

/** Item fields a bracket selector may name, in the order they are tried. */
const SELECTOR_FIELDS = ['id', 'name', 'site'] as const;

/** One step of a written path: a mapping key, a list index or a list item's id. */
type PathStep = { readonly key: string } | { readonly index: number } | { readonly select: string };

/**
 * The option as the user would type it again (`--set crowd.visitorsPerDay=30000`).
 *
 * @example describeOverride({ kind: 'scale', path: 'crowd.visitorsPerDay', value: '1.3' })
 *   === '--scale crowd.visitorsPerDay=1.3'
 */
export function describeOverride(override: ScenarioOverride): string {
  const assignment = override.value === '' ? override.path : `${override.path}=${override.value}`;
  return `--${override.kind} ${assignment}`;
}

/**
 * Reads `PATH=VALUE` (the text after `--set` or `--scale`).
 *
 * @throws OverrideError when there is no `=` or either side is empty.
 * @example parseOverride('set', 'crowd.demandCv=0.2') // { kind: 'set', path: 'crowd.demandCv', value: '0.2' }
 */
export function parseOverride(kind: OverrideKind, text: string): ScenarioOverride {
  const equals = text.indexOf('=');
  const override = {
    kind,
    path: (equals < 0 ? text : text.slice(0, equals)).trim(),
    value: equals < 0 ? '' : text.slice(equals + 1).trim(),
  };
  if (equals < 0 || override.path === '' || override.value === '') {
    throw new OverrideError(
      { ...override, path: text, value: '' },
      `expected PATH=${kind === 'set' ? 'VALUE' : 'FACTOR'}, e.g. ${exampleOf(kind)}`,
    );
  }
  return override;
}

function exampleOf(kind: OverrideKind): string {
  return kind === 'set'
    ? '--set incidents.types[dispute].rate=0.06'
    : '--scale crowd.visitorsPerDay=1.3';
}

/**
 * Applies the overrides, in order, to a copy of the parsed document (the input is not changed).
 *
 * @throws OverrideError naming the option for a path that does not lead to a value (with the
 * closest field or item as a suggestion), a value that is not YAML, or a factor that is not a
 * finite number or a target that holds no numbers to scale.
 * @example
 * ```ts
 * const { data } = applyOverrides(parsed, [parseOverride('scale', 'crowd.visitorsPerDay=1.3')]);
 * ```
 */
export function applyOverrides(
  data: unknown,
  overrides: readonly ScenarioOverride[],
): { readonly data: unknown; readonly applied: readonly AppliedOverride[] } {
  const copy: unknown = structuredClone(data);
  const applied = overrides.map((override) => applyOne(copy, override));
  return { data: copy, applied };
}

function applyOne(root: unknown, override: ScenarioOverride): AppliedOverride {
  const steps = parsePath(override);
  const fieldPath: (string | number)[] = [];
  let parent: unknown = root;
  for (const [index, step] of steps.entries()) {
    const key = resolveStep(parent, step, override, fieldPath, index === steps.length - 1);
    fieldPath.push(key);
    if (index < steps.length - 1) parent = (parent as Record<string | number, unknown>)[key];
  }
  const container = parent as Record<string | number, unknown>;
  const last = fieldPath.at(-1)!;
  container[last] =
    override.kind === 'set'
      ? parseValue(override)
      : scaleValue(container[last], factorOf(override), override, fieldPath);
  return { ...override, fieldPath };
}

/** Splits `a.b[2].c[name]` into steps; brackets hold an index or an item's id. */
function parsePath(override: ScenarioOverride): PathStep[] {
  const steps: PathStep[] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]|(\.)/gy;
  let expectKey = true;
  let match: RegExpExecArray | null = pattern.exec(override.path);
  let consumed = 0;
  while (match !== null) {
    consumed = pattern.lastIndex;
    const [, key, bracket, dot] = match;
    if (key !== undefined) {
      if (!expectKey) break;
      steps.push({ key });
      expectKey = false;
    } else if (bracket !== undefined) {
      if (expectKey || bracket.trim() === '') break;
      steps.push(/^\d+$/.test(bracket) ? { index: Number(bracket) } : { select: bracket.trim() });
    } else if (dot !== undefined) {
      if (expectKey) break;
      expectKey = true;
    }
    match = pattern.exec(override.path);
  }
  if (consumed !== override.path.length || expectKey || steps.length === 0) {
    throw new OverrideError(
      override,
      `"${override.path}" is not a field path; write it as in the file, e.g. incidents.types[dispute].rate or plans[current].officers.shifts[0].cars`,
    );
  }
  return steps;
}

/** The key or index that `step` names in `parent`, or an error that says what is there. */
function resolveStep(
  parent: unknown,
  step: PathStep,
  override: ScenarioOverride,
  done: FieldPath,
  last: boolean,
): string | number {
  const where = done.length === 0 ? 'the top of the scenario' : formatPath(done);
  if ('key' in step) {
    if (!isMapping(parent)) {
      throw new OverrideError(override, `${where} is ${describeKind(parent)}, not a mapping`, done);
    }
    if (Object.hasOwn(parent, step.key) || last) return step.key;
    throw new OverrideError(
      override,
      `${where} has no field "${step.key}"${suggestion(step.key, Object.keys(parent))}`,
      done,
    );
  }
  if (!Array.isArray(parent)) {
    throw new OverrideError(override, `${where} is ${describeKind(parent)}, not a list`, done);
  }
  if ('index' in step) {
    if (step.index < parent.length) return step.index;
    throw new OverrideError(
      override,
      `${where} has ${parent.length} item(s); index ${step.index} is past its end (indices start at 0)`,
      done,
    );
  }
  const found = parent.findIndex((item) => itemLabels(item).includes(step.select));
  if (found >= 0) return found;
  const labels = parent.flatMap((item) => itemLabels(item).slice(0, 1));
  throw new OverrideError(
    override,
    `${where} has no item with id, name or site "${step.select}"${suggestion(step.select, labels)}`,
    done,
  );
}

/** The identifying fields of a list item, in selector order. */
function itemLabels(item: unknown): string[] {
  if (!isMapping(item)) return [];
  return SELECTOR_FIELDS.flatMap((field) =>
    typeof item[field] === 'string' ? [item[field] as string] : [],
  );
}

function suggestion(word: string, candidates: readonly string[]): string {
  const close = closestMatch(word, candidates);
  return close === undefined
    ? candidates.length > 0
      ? ` (it has: ${candidates.join(', ')})`
      : ''
    : `; did you mean "${close}"?`;
}

/** A `--set` value read as YAML data (core schema, no tags), as a file's value would be. */
function parseValue(override: ScenarioOverride): unknown {
  try {
    return parseYaml(override.value, { schema: 'core', customTags: [], uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new OverrideError(override, `the value is not valid YAML (${reason})`);
  }
}

function factorOf(override: ScenarioOverride): number {
  const factor = Number(override.value);
  if (!Number.isFinite(factor) || factor < 0) {
    throw new OverrideError(
      override,
      `the factor must be a number of at least 0, got "${override.value}"`,
    );
  }
  return factor;
}

/** A number times the factor, or every number of a list of numbers. */
function scaleValue(
  value: unknown,
  factor: number,
  override: ScenarioOverride,
  path: FieldPath,
): unknown {
  if (typeof value === 'number') return value * factor;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number')) {
    return value.map((v: number) => v * factor);
  }
  throw new OverrideError(
    override,
    `${formatPath(path)} is ${describeKind(value)}; --scale takes a number or a list of numbers`,
    path,
  );
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === undefined) return 'not in the file';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}
