/**
 * `peakwatch check` without the CLI: simulate a scenario's replications in-process and compare
 * them with the scenario's reference. A validation scenario gets its closed-form reference and
 * Little's law; any other scenario the hypercube approximation of its busiest hour (shown, not
 * judged) and Little's law.
 */

import { type HourWorkload, simulatedHourWorkload } from '../approximation/hour-workload.js';
import {
  type HypercubeApproximation,
  hypercubeApproximation,
} from '../approximation/hypercube-approximation.js';
import type { ReplicationResult } from '../model/records.js';
import {
  prepareScenarioModel,
  type ScenarioModel,
  simulateReplication,
} from '../model/replication.js';
import { horizonMinutes } from '../scenario/clock.js';
import { inLang } from '../scenario/local-text.js';
import type { Scenario } from '../scenario/types.js';
import type { TimeSpan } from '../stats/time-spans.js';
import { erlangCChecks } from '../validation/erlang-check.js';
import { erlangCReference } from '../validation/erlang-reference.js';
import { hypercubeChecks } from '../validation/hypercube-check.js';
import { HYPERCUBE, hypercubeReference } from '../validation/hypercube-reference.js';
import { type JudgedCheck, judgeChecks, type MeasureCheck } from '../validation/judgement.js';
import { type LittleOptions, littlesLawCheck } from '../validation/little-check.js';
import { occupancyChecks } from '../validation/occupancy-check.js';
import { type ValidationCase, validationCaseFor } from '../validation/validation-cases.js';

/** Choices of a check. */
export interface CheckOptions {
  /** Replications to simulate (default: the scenario's `replications`). */
  readonly replications?: number;
  /** Plan to simulate (default: the scenario's default plan). */
  readonly plan?: string;
  /** Hour of the run for the hypercube approximation (default: the busiest). */
  readonly hour?: number;
  /** Master seed (default: the scenario's `seed`); another seed gives independent runs. */
  readonly seed?: number;
}

/** Everything checked on one scenario, before judgement. */
export interface ScenarioCheck {
  readonly file: string;
  readonly name: string;
  readonly plan: string;
  readonly seed: number;
  /** The reference the scenario is checked against, in words. */
  readonly reference: string;
  readonly replications: number;
  /** Where the steady-state measures were taken (after the warm-up), or the whole horizon. */
  readonly window: TimeSpan;
  readonly measures: readonly MeasureCheck[];
  /** For ordinary scenarios: the hypercube approximation of the busiest hour and the runs'. */
  readonly approximation: {
    readonly approximation: HypercubeApproximation;
    readonly simulated: HourWorkload;
  } | null;
}

/** A scenario's check with every measure judged. */
export interface JudgedScenarioCheck extends Omit<ScenarioCheck, 'measures'> {
  readonly measures: readonly JudgedCheck[];
}

/** Allowance on Little's relative gap when the window ends at the horizon with incidents open. */
export const HORIZON_EDGE_TOLERANCE = 0.01;

/**
 * Simulates a scenario and measures it against its reference.
 *
 * @throws AssumptionError when a validation scenario no longer meets its reference's
 *   assumptions; Error for an unknown plan or a model failure.
 * @example
 * ```ts
 * const check = checkScenario(loadScenario('scenarios/validation/erlang-c.yaml'));
 * const [judged] = judgeScenarioChecks([check]);
 * ```
 */
export function checkScenario(scenario: Scenario, options: CheckOptions = {}): ScenarioCheck {
  const plan = options.plan ?? scenario.defaultPlan;
  const replications = options.replications ?? scenario.replications;
  const seed = options.seed ?? scenario.seed;
  const model = prepareScenarioModel(seed === scenario.seed ? scenario : { ...scenario, seed });
  const validation = validationCaseFor(scenario.file);
  // Derive the reference first: a scenario that breaks its assumptions fails before simulating.
  const reference = validation === undefined ? null : referenceChecker(validation, scenario, plan);
  const results = simulateRuns(model, plan, replications);
  const horizon: TimeSpan = { start: 0, end: model.horizon };
  const base = { file: scenario.file, name: inLang(scenario.name, 'en'), plan, seed, replications };
  if (reference === null) {
    const approximation = hypercubeApproximation(model, plan, options.hour);
    return {
      ...base,
      reference:
        "none (not a validation scenario): Little's law, and the hypercube approximation shown",
      window: horizon,
      measures: [littlesLawCheck(results, horizonLittle(horizon))],
      approximation: {
        approximation,
        simulated: simulatedHourWorkload(model, approximation, results),
      },
    };
  }
  return {
    ...base,
    reference: reference.name,
    window: reference.window,
    measures: [...reference.measures(results), littlesLawCheck(results, reference.little)],
    approximation: null,
  };
}

/**
 * Judges the measures of several scenario checks as one family (so that the whole `check` run
 * has a 5 % chance of a false failure; see validation/judgement.ts).
 */
export function judgeScenarioChecks(checks: readonly ScenarioCheck[]): JudgedScenarioCheck[] {
  const judged = judgeChecks(checks.flatMap((check) => check.measures));
  let next = 0;
  return checks.map((check) => {
    const measures = judged.slice(next, next + check.measures.length);
    next += check.measures.length;
    return { ...check, measures };
  });
}

/**
 * Replications 0 … n−1 of one plan, in this thread.
 *
 * @example simulateRuns(prepareScenarioModel(scenario), 'three-cars', 20).length // 20
 */
export function simulateRuns(
  model: ScenarioModel,
  plan: string,
  replications: number,
): ReplicationResult[] {
  if (!Number.isInteger(replications) || replications < 2) {
    throw new RangeError(`a check needs at least 2 replications (got ${replications})`);
  }
  return Array.from({ length: replications }, (_, r) => simulateReplication(model, plan, r));
}

/** A validation scenario's reference: its name, window and measures. */
interface ReferenceChecker {
  readonly name: string;
  readonly window: TimeSpan;
  readonly little: LittleOptions;
  readonly measures: (results: readonly ReplicationResult[]) => MeasureCheck[];
}

/** Builds the reference of a validation case (checking its assumptions). */
function referenceChecker(
  validation: ValidationCase,
  scenario: Scenario,
  plan: string,
): ReferenceChecker {
  const horizon = horizonMinutes(scenario.calendar);
  if (validation.reference === 'occupancy') {
    const window = { start: 0, end: horizon };
    return {
      name: 'M_t/G/∞ occupancy and the expected incident counts it implies',
      window,
      little: horizonLittle(window),
      measures: (results) => occupancyChecks(scenario, results, validation.occupancy),
    };
  }
  const window = { start: validation.warmupMinutes, end: horizon };
  const little: LittleOptions = {
    window,
    tolerance: 0,
    note: 'after the warm-up, in steady state: incidents open at either edge cancel on average',
  };
  if (validation.reference === 'erlang-c') {
    const reference = erlangCReference(scenario, plan);
    return {
      name: `Erlang C (M/M/${reference.queue.servers}), after a ${validation.warmupMinutes}-minute warm-up`,
      window,
      little,
      measures: (results) => erlangCChecks(reference, results, window),
    };
  }
  const reference = hypercubeReference(scenario, plan);
  return {
    name: `${HYPERCUBE} with ${reference.units.length} units and ${reference.atoms.length} atoms, after a ${validation.warmupMinutes}-minute warm-up`,
    window,
    little,
    measures: (results) => hypercubeChecks(reference, results, window),
  };
}

/** Little's law over the whole horizon, whose end cuts through open incidents. */
function horizonLittle(window: TimeSpan): LittleOptions {
  return {
    window,
    tolerance: HORIZON_EDGE_TOLERANCE,
    note:
      'over the horizon; incidents still open at its end count in W but not in L, hence the ' +
      `${HORIZON_EDGE_TOLERANCE * 100} % allowance`,
  };
}
