/**
 * Resolving plans through `extends`: a plan takes each field it does not give from the plan it
 * extends (and so on up the chain); a field it gives replaces the parent's wholesale. The
 * description is never inherited. After resolution every plan must have dispatch and each
 * responder kind's field (the registry's `planField`: officers, platforms, patrols; lists may be
 * empty).
 */
import { z } from 'zod';
import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../model/responder-kinds.js';
import type { FieldProblem } from './paths.js';
import { unknownName } from './references.js';
import { type PlanInput, PlanSchema } from './schema.js';
import type { Plan, PlanUnits } from './types.js';

/** The plan fields that field each responder kind's units, in registry order. */
const UNIT_FIELDS = RESPONDER_KIND_NAMES.map((kind) => RESPONDER_KINDS[kind].planField);
/** Inherited fields a resolved plan cannot do without (the description is the plan's own). */
const REQUIRED = ['dispatch', ...UNIT_FIELDS] as const;
/** Unit fields that are lists, which a plan may leave empty. */
const LIST_FIELDS = UNIT_FIELDS.filter(
  (field) => PlanSchema.shape[field].unwrap() instanceof z.ZodArray,
);

/** A plan field inherited through `extends`. */
type InheritedField = (typeof REQUIRED)[number] | 'cost';

/** Plans resolved in file order (undefined where a plan cannot be resolved), and the problems. */
export interface PlanResolution {
  readonly plans: readonly (Plan | undefined)[];
  readonly problems: readonly FieldProblem[];
}

/**
 * Resolves every plan's `extends` chain, reporting unknown parents, cycles and plans that still
 * lack a required field.
 *
 * @example
 * ```ts
 * resolvePlans([base, { name: 'more-cars', extends: 'base', officers }]).plans[1].platforms;
 * // the base plan's platforms
 * ```
 */
export function resolvePlans(inputs: readonly PlanInput[]): PlanResolution {
  const indexByName = new Map<string, number>();
  inputs.forEach((plan, i) => {
    if (!indexByName.has(plan.name)) indexByName.set(plan.name, i);
  });
  const names = [...indexByName.keys()];
  const problems: FieldProblem[] = [];
  const reportedCycles = new Set<number>();
  const plans = inputs.map((plan, i): Plan | undefined => {
    const chain = [i];
    for (let current = plan; current.extends !== undefined; ) {
      const parent = indexByName.get(current.extends);
      const at = chain.at(-1)!;
      if (parent === undefined) {
        // Only the plan that names the missing parent reports it; its children just fail.
        if (at === i)
          problems.push(unknownName('plan', current.extends, names, ['plans', i, 'extends']));
        return undefined;
      }
      const loopStart = chain.indexOf(parent);
      if (loopStart >= 0) {
        reportCycle(chain.slice(loopStart), inputs, reportedCycles, problems);
        return undefined;
      }
      chain.push(parent);
      current = inputs[parent]!;
    }
    return resolveChain(
      chain.map((k) => inputs[k]!),
      i,
      problems,
    );
  });
  return { plans, problems };
}

/** Builds a plan from its chain (the plan first, then its ancestors), or reports what it lacks. */
function resolveChain(
  chain: readonly PlanInput[],
  index: number,
  problems: FieldProblem[],
): Plan | undefined {
  const own = chain[0]!;
  const field = <K extends InheritedField>(key: K): PlanInput[K] =>
    chain.find((plan) => plan[key] !== undefined)?.[key];
  const missing = REQUIRED.filter((key) => field(key) === undefined);
  if (missing.length > 0) {
    const ancestors = chain.slice(1).map((plan) => `"${plan.name}"`);
    const remedy =
      ancestors.length === 0
        ? 'add them, or extend a plan that has them'
        : `neither it nor the plans it extends (${ancestors.join(', ')}) give them`;
    problems.push({
      path: ['plans', index],
      message: `plan "${own.name}" lacks ${missing.join(', ')}: ${remedy} (${listInWords(LIST_FIELDS)} may be [])`,
    });
    return undefined;
  }
  return {
    name: own.name,
    ...(own.label === undefined ? {} : { label: own.label }),
    description: own.description ?? '',
    dispatch: field('dispatch')!,
    ...(Object.fromEntries(UNIT_FIELDS.map((key) => [key, field(key)])) as PlanUnits),
    cost: field('cost'),
  };
}

/** Reports a cycle once, at the `extends` of its first plan in file order. */
function reportCycle(
  cycle: readonly number[],
  inputs: readonly PlanInput[],
  reported: Set<number>,
  problems: FieldProblem[],
): void {
  const first = Math.min(...cycle);
  if (reported.has(first)) return;
  reported.add(first);
  // Rotate so the cycle is told starting from the plan where it is reported.
  const start = cycle.indexOf(first);
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
  const names = ordered.map((k) => `"${inputs[k]!.name}"`).join(' extends ');
  problems.push({
    path: ['plans', first, 'extends'],
    message: `plans extend each other in a cycle: ${names}`,
  });
}

/** Field names as a reader lists them: "a", "a and b", "a, b and c". */
function listInWords(fields: readonly string[]): string {
  return fields.length <= 1
    ? fields.join('')
    : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
}
