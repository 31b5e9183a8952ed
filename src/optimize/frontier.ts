/**
 * The cost–service frontier of the plans evaluated: the plans no other plan beats on both cost
 * and service (docs/optimize.md). Service is the evaluation's: the smaller shortfall below the
 * required shares, then the larger mean share.
 */
import type { Evaluation } from './evaluation.js';

/**
 * The frontier, cheapest first: each plan is strictly better for service than every cheaper
 * plan of the list (of plans that cost the same, only the best for service can be on it).
 *
 * @example
 * ```ts
 * costServiceFrontier(result.inSpace).map((e) => [e.cost, e.shortfall]);
 * ```
 */
export function costServiceFrontier<T extends Evaluation>(evaluations: readonly T[]): T[] {
  const sorted = [...evaluations].sort((a, b) => a.cost - b.cost || serviceOrder(a, b));
  const frontier: T[] = [];
  for (const plan of sorted) {
    const last = frontier.at(-1);
    if (last === undefined || serviceOrder(plan, last) < 0) frontier.push(plan);
  }
  return frontier;
}

/** Better service first: the smaller shortfall, then the larger mean share. */
function serviceOrder(a: Evaluation, b: Evaluation): number {
  const share = (e: Evaluation) =>
    Number.isNaN(e.meanShare) ? Number.NEGATIVE_INFINITY : e.meanShare;
  return a.shortfall - b.shortfall || share(b) - share(a);
}
