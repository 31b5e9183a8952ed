/**
 * Field paths: where in a scenario file a value lives, as the keys and list indices that lead
 * to it, and how a path is written in messages (`plans[2].platforms[0].site`).
 */

/** The keys and indices leading from the top of a scenario to one value. */
export type FieldPath = readonly (string | number)[];

/**
 * Writes a path the way a researcher would reach the value in the file.
 *
 * @example formatPath(['plans', 2, 'platforms', 0, 'site']) === 'plans[2].platforms[0].site'
 */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/** A problem found in a parsed scenario, located by field path (not yet by line:col). */
export interface FieldProblem {
  readonly path: FieldPath;
  readonly message: string;
  /** Point at the key of the last path segment rather than at its value (e.g. unknown keys). */
  readonly at?: 'key';
}
