/**
 * Scenario errors: every problem found in a scenario file, each located at file:line:col with
 * the field path, so a researcher can fix them all in one pass.
 */

/** One problem in a scenario file. `line` and `col` are 1-based; `path` may be '' (whole file). */
export interface ScenarioProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Field path such as `plans[2].platforms[0].site`, or '' when the problem is not a field. */
  readonly path: string;
  readonly message: string;
  /**
   * The command-line override that put the value there (`--set crowd.demandCv=abc`), when the
   * problem is in an overridden value rather than in the file's own text; `line:col` then point
   * at what the file says there.
   */
  readonly option?: string;
}

/**
 * Writes a problem as `file:line:col  path: message` (the path part is left out when empty;
 * `(from --set …)` follows the location of a problem in an overridden value),
 * a form editors and terminals recognise as a location.
 */
export function formatProblem(problem: ScenarioProblem): string {
  const at = `${problem.file}:${problem.line}:${problem.col}`;
  const where = problem.option === undefined ? at : `${at} (from ${problem.option})`;
  return problem.path === ''
    ? `${where}  ${problem.message}`
    : `${where}  ${problem.path}: ${problem.message}`;
}

/**
 * Thrown when a scenario cannot be used. Carries every problem found; its message is the
 * problems formatted one per line.
 *
 * @example
 * ```ts
 * try {
 *   loadScenario('scenarios/x.yaml');
 * } catch (error) {
 *   if (error instanceof ScenarioError) for (const p of error.problems) console.error(p.line, p.message);
 * }
 * ```
 */
export class ScenarioError extends Error {
  /** The problems (in file order when thrown by the loader). */
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}
