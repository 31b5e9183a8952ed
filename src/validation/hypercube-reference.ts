/**
 * Larson's hypercube model for a scenario built to meet its assumptions
 * (scenarios/validation/hypercube.yaml): platform staff at fixed posts, each a unit; the sites
 * visitors use are the atoms, with constant Poisson incident rates; each atom's preference list
 * is the units by walking time from their posts; exponential work of one mean for everyone; an
 * infinite FCFS queue. The parameters come from the scenario itself.
 */
import {
  type HypercubeModel,
  type HypercubeResult,
  preferencesByTravelTime,
  solveHypercube,
} from '../analytic/hypercube.js';
import { scenarioNetwork } from '../model/network.js';
import { platformStaffId } from '../model/platforms.js';
import type { Scenario } from '../scenario/types.js';
import {
  constantCrowdProblems,
  isAllDay,
  planNamed,
  requireAssumptions,
  singleExponentialType,
} from './assumptions.js';
import { steadyIncidentRates } from './steady-rates.js';

/** One unit of the hypercube: a platform staff member at a post. */
export interface HypercubeUnit {
  /** The responder id the model gives it. */
  readonly id: string;
  /** Site id of its post. */
  readonly home: string;
}

/** The hypercube model a scenario amounts to, and its solution. */
export interface HypercubeReference {
  /** Units in model order (the plan's posts in order, staff 1, 2, … at each). */
  readonly units: readonly HypercubeUnit[];
  /** Atom site ids, in model order (the scenario's sites that visitors use). */
  readonly atoms: readonly string[];
  readonly model: HypercubeModel;
  readonly result: HypercubeResult;
  /**
   * 1/μ: mean minutes from dispatch to clearance, on scene plus the first-choice unit's walk
   * there. Staff are free for the queue from clearance (and re-taskable on the way back), so
   * the walk back is not part of the service.
   */
  readonly serviceMinutes: number;
}

/** Name of the reference, for messages and tables. */
export const HYPERCUBE = 'the hypercube model (infinite FCFS queue)';

/**
 * The hypercube reference for a plan of a scenario. The service time is the mean on-scene time
 * plus the mean walk of the first-choice unit (weighted by atom rates): the hypercube takes one
 * service rate for all units, which holds when travel is negligible beside the work, as in the
 * validation scenario (at most 0.07 of 30 minutes).
 *
 * @throws AssumptionError listing every broken assumption; RangeError when λ ≥ Nμ.
 * @example hypercubeReference(scenario, 'four-posts').result.workloads
 */
export function hypercubeReference(scenario: Scenario, planName: string): HypercubeReference {
  const plan = planNamed(scenario, planName);
  const { type, problems } = singleExponentialType(scenario);
  problems.push(...constantCrowdProblems(scenario));
  if (type !== undefined && (type.officers !== 0 || type.handlers.some((h) => h !== 'platform'))) {
    problems.push('the incident type must need no officers and be handled by platform staff only');
  }
  if (plan.platforms.length === 0) problems.push('the plan must have platform posts');
  if (plan.platforms.some((post) => !isAllDay(post.hours))) {
    problems.push('every platform post must be open all day (start = end)');
  }
  const units = plan.platforms.flatMap((post) =>
    Array.from({ length: post.staff }, (_, n) => ({
      id: platformStaffId(post.site, n + 1),
      home: post.site,
    })),
  );
  const rates = steadyIncidentRates(scenario);
  const atoms = rates.map((site) => site.site);
  const network = scenarioNetwork(scenario);
  const walk = units.map((unit) =>
    atoms.map((atom) => network.walk(network.indexOf(unit.home), network.indexOf(atom))),
  );
  problems.push(...preferenceTieProblems(units, atoms, walk));
  requireAssumptions(HYPERCUBE, scenario, problems);

  const preferences = preferencesByTravelTime(walk);
  const arrivalRates = rates.map((site) => site.perMinute);
  const totalRate = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  const oneWay =
    arrivalRates.reduce((sum, rate, j) => sum + rate * walk[preferences[j]![0]!]![j]!, 0) /
    totalRate;
  const onScene = type!.onScene.dist === 'exponential' ? type!.onScene.mean : Number.NaN;
  const serviceMinutes = onScene + oneWay;
  const model: HypercubeModel = {
    units: units.length,
    arrivalRates,
    preferences,
    serviceRate: 1 / serviceMinutes,
    lineCapacity: 'infinite',
    travelTimes: walk,
  };
  return { units, atoms, model, result: solveHypercube(model), serviceMinutes };
}

/**
 * Units at different posts equally far from an atom would leave the model's choice between them
 * to its tie-breaking rule, which the hypercube's fixed preference list cannot know.
 */
function preferenceTieProblems(
  units: readonly HypercubeUnit[],
  atoms: readonly string[],
  walk: readonly (readonly number[])[],
): string[] {
  const problems: string[] = [];
  atoms.forEach((atom, j) => {
    for (let a = 0; a < units.length; a++) {
      for (let b = a + 1; b < units.length; b++) {
        if (units[a]!.home !== units[b]!.home && walk[a]![j] === walk[b]![j]) {
          problems.push(
            `posts "${units[a]!.home}" and "${units[b]!.home}" are equally far from "${atom}" on ` +
              'foot; give every atom a strict preference order',
          );
        }
      }
      if (walk[a]![j] === Number.POSITIVE_INFINITY) {
        problems.push(`post "${units[a]!.home}" cannot walk to "${atom}"`);
      }
    }
  });
  return problems;
}
