/**
 * What `peakwatch optimize` may change in the base plan, and within which bounds: the search
 * space. Each dimension is one whole number of the plan — the cars of one shift, or the staff of
 * a platform at one candidate site (0 = no platform there) — with its lowest and highest value.
 * A plan of the search is one value per dimension (a {@link Choice}); everything else is the
 * base plan's.
 */
import type { Plan } from '../scenario/types.js';

/** Cars of one shift of the base plan (`officers.shifts[shift].cars`). */
export interface CarsDimension {
  readonly kind: 'cars';
  /** Index of the shift in the base plan's `officers.shifts`. */
  readonly shift: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The platform at one site: 0 (no platform there) or open with `min`…`max` staff (min ≥ 1). A
 * site without a platform in the base plan opens with the hours and coverage of the base plan's
 * first platform.
 */
export interface PostDimension {
  readonly kind: 'post';
  /** The site id. */
  readonly site: string;
  /** Least staff when open (≥ 1). */
  readonly min: number;
  readonly max: number;
}

/** Volunteer teams of one patrol route of the base plan (0: the route is not walked). */
export interface PatrolDimension {
  readonly kind: 'patrol';
  /** The patrol's id in the base plan. */
  readonly patrol: string;
  readonly min: number;
  readonly max: number;
}

/** One thing the search may change. */
export type Dimension = CarsDimension | PostDimension | PatrolDimension;

/** The search space: its dimensions, in the order the user gave them. */
export interface SearchSpace {
  /** The plan every candidate is derived from (`--from`). */
  readonly base: string;
  readonly dimensions: readonly Dimension[];
  /** When set, only plans with exactly this many platforms in all (`--platforms`). */
  readonly platforms?: number | undefined;
}

/** One value per dimension of a search space, in its order. */
export type Choice = readonly number[];

/** A bound or a dimension the base plan cannot take; the CLI turns it into a usage error. */
export class SearchSpaceError extends Error {
  override readonly name = 'SearchSpaceError';
}

/**
 * The column name (and the override path) of a dimension, in the scenario's own terms.
 *
 * @example dimensionPath('current', { kind: 'cars', shift: 0, min: 1, max: 4 })
 *   === 'plans[current].officers.shifts[0].cars'
 */
export function dimensionPath(base: string, dimension: Dimension): string {
  if (dimension.kind === 'cars') return `plans[${base}].officers.shifts[${dimension.shift}].cars`;
  if (dimension.kind === 'patrol') return `plans[${base}].patrols[${dimension.patrol}].teams`;
  return `plans[${base}].platforms[${dimension.site}].staff`;
}

/**
 * The value of each dimension in a plan: the cars of the shift, the staff of the site's platform
 * (0 when it has none).
 */
export function choiceOf(plan: Plan, dimensions: readonly Dimension[]): number[] {
  return dimensions.map((dimension) => {
    if (dimension.kind === 'cars') return plan.officers.shifts[dimension.shift]?.cars ?? 0;
    if (dimension.kind === 'patrol') {
      return plan.patrols.find((p) => p.id === dimension.patrol)?.teams ?? 0;
    }
    return plan.platforms.find((p) => p.site === dimension.site)?.staff ?? 0;
  });
}

/**
 * The values a dimension takes, ascending: a shift's cars or a route's teams from min to max; a
 * post's 0 (closed) and then its staff from min to max.
 *
 * @example dimensionValues({ kind: 'post', site: 'lot', min: 2, max: 3 }) // [0, 2, 3]
 */
export function dimensionValues(dimension: Dimension): number[] {
  const open = Array.from(
    { length: dimension.max - dimension.min + 1 },
    (_, i) => dimension.min + i,
  );
  return dimension.kind === 'post' ? [0, ...open] : open;
}

/**
 * The next value of a dimension up (`step` 1) or down (−1) from `value`, or undefined at the
 * end of its values.
 */
export function stepValue(dimension: Dimension, value: number, step: 1 | -1): number | undefined {
  const values = dimensionValues(dimension);
  return values[values.indexOf(value) + step];
}

/**
 * A choice brought among the values of every dimension: a value below or above the bounds
 * becomes the nearest bound (a post's 0 stays closed).
 *
 * @example clampChoice([{ kind: 'cars', shift: 0, min: 2, max: 5 }], [7]) // [5]
 */
export function clampChoice(dimensions: readonly Dimension[], choice: Choice): number[] {
  return choice.map((value, i) => {
    const d = dimensions[i]!;
    if (d.kind === 'post' && value === 0) return 0;
    return Math.min(d.max, Math.max(d.min, value));
  });
}

/** Whether a choice takes values of every dimension (and has the platforms count asked). */
export function isInSpace(space: SearchSpace, choice: Choice, fixedPlatforms: number): boolean {
  const inBounds = choice.every((value, i) =>
    dimensionValues(space.dimensions[i]!).includes(value),
  );
  return (
    inBounds &&
    (space.platforms === undefined ||
      platformCount(space, choice, fixedPlatforms) === space.platforms)
  );
}

/**
 * Platforms of a plan of the search: those at its post dimensions with staff, plus
 * `fixedPlatforms`, the base plan's platforms at sites that are not dimensions.
 */
export function platformCount(space: SearchSpace, choice: Choice, fixedPlatforms: number): number {
  return (
    fixedPlatforms + space.dimensions.filter((d, i) => d.kind === 'post' && choice[i]! > 0).length
  );
}

/** Platforms of the base plan at sites that are not post dimensions (they stay as they are). */
export function fixedPlatformCount(plan: Plan, dimensions: readonly Dimension[]): number {
  const sites = new Set(dimensions.flatMap((d) => (d.kind === 'post' ? [d.site] : [])));
  return plan.platforms.filter((p) => !sites.has(p.site)).length;
}

/** The cache and CSV key of a choice. */
export function choiceKey(choice: Choice): string {
  return choice.join(',');
}
