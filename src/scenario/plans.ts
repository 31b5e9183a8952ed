/**
 * Resolving plans through `extends`: a plan takes each field it does not give from the plan it
 * extends (and so on up the chain); a field it gives replaces the parent's wholesale. The
 * description is never inherited. After resolution every plan must have dispatch, officers,
 * platforms and patrols (the last two may be empty lists).
 */
import type { FieldProblem } from './paths.js';
import { unknownName } from './references.js';
import type { PlanInput } from './schema.js';
import type { Plan } from './types.js';

/** Plan fields inherited through `extends` (the description is the plan's own). */
const INHERITED = ['dispatch', 'officers', 'platforms', 'patrols', 'cost'] as const;
/** Inherited fields a resolved plan cannot do without. */
const REQUIRED = ['dispatch', 'officers', 'platforms', 'patrols'] as const;

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
  const field = <K extends (typeof INHERITED)[number]>(key: K): PlanInput[K] =>
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
      message: `plan "${own.name}" lacks ${missing.join(', ')}: ${remedy} (platforms and patrols may be [])`,
    });
    return undefined;
  }
  return {
    name: own.name,
    ...(own.label === undefined ? {} : { label: own.label }),
    description: own.description ?? '',
    dispatch: field('dispatch')!,
    officers: field('officers')!,
    platforms: field('platforms')!,
    patrols: field('patrols')!,
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
