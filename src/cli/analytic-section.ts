/**
 * The analytic section a run can print after its table (`peakwatch run --analytic`): the
 * hypercube approximation of the busiest hour (or a chosen one), beside the simulated workloads
 * of that hour when the run's replication results are at hand.
 */

import { simulatedHourWorkload } from '../approximation/hour-workload.js';
import { hypercubeApproximation } from '../approximation/hypercube-approximation.js';
import type { ReplicationResult } from '../model/records.js';
import { type ScenarioModel, scenarioModelOf } from '../model/scenario-model.js';
import { formatHypercubeApproximation } from '../output/approximation-text.js';
import type { Scenario } from '../scenario/types.js';

/**
 * Console text of the hypercube approximation for a plan, with the simulated workloads when
 * `results` (replications of that plan) are given and not empty.
 *
 * @param hour hour of the run, 0 = 00:00–01:00 of day 1 (default: the busiest)
 * @throws Error for an unknown plan; RangeError for an hour past the horizon.
 * @example
 * ```ts
 * io.stdout.write(formatAnalyticSection(scenario, 'current', results));
 * ```
 */
export function formatAnalyticSection(
  scenario: Scenario | ScenarioModel,
  plan: string,
  results?: readonly ReplicationResult[],
  hour?: number,
): string {
  const model = scenarioModelOf(scenario);
  const approximation = hypercubeApproximation(model, plan, hour);
  const simulated =
    results !== undefined && results.length > 0
      ? simulatedHourWorkload(model, approximation, results)
      : null;
  return formatHypercubeApproximation(approximation, simulated);
}
