/**
 * Erlang C for a scenario built to meet its assumptions (scenarios/validation/erlang-c.yaml):
 * c identical officer cars answering Poisson incidents at a constant rate, exponential work,
 * one FCFS queue. The parameters come from the scenario itself, so editing the file moves the
 * reference with it.
 */
import { type MMcMeasures, type MMcQueue, solveMMc } from '../analytic/erlang.js';
import { scenarioNetwork } from '../model/network.js';
import type { Scenario } from '../scenario/types.js';
import {
  constantCrowdProblems,
  fixedTravelProblems,
  isAllDay,
  planNamed,
  requireAssumptions,
  singleExponentialType,
} from './assumptions.js';
import { steadyIncidentRates } from './steady-rates.js';

/** The M/M/c queue a scenario amounts to, and its solution. */
export interface ErlangCReference {
  readonly queue: MMcQueue;
  readonly measures: MMcMeasures;
  /**
   * 1/μ: mean minutes from dispatch to clearance (out and on scene). A car is free for the queue
   * from clearance: it takes the next waiting incident from the scene, and on its way back it
   * can be re-tasked, so the return trip is not part of the service.
   */
  readonly serviceMinutes: number;
  /** Mean minutes a car is busy per incident as the model counts it: 1/μ plus the return. */
  readonly busyMinutesPerIncident: number;
  /** Mean time from occurrence to clearance, Wq + 1/μ. */
  readonly meanTimeInSystem: number;
  /** λ × that: the mean number of incidents present. */
  readonly meanNumberInSystem: number;
}

/** Name of the reference, for messages and tables. */
export const ERLANG_C = 'Erlang C (M/M/c)';

/**
 * The Erlang C reference for a plan of a scenario.
 *
 * @throws AssumptionError listing every assumption the scenario breaks (e.g. a lognormal
 *   on-scene time, a shift that is not all day, crews of two); RangeError when λ ≥ cμ.
 * @example erlangCReference(scenario, 'three-cars').measures.probabilityWait // ≈ 0.355
 */
export function erlangCReference(scenario: Scenario, planName: string): ErlangCReference {
  const plan = planNamed(scenario, planName);
  const { type, problems } = singleExponentialType(scenario);
  problems.push(...constantCrowdProblems(scenario), ...fixedTravelProblems(scenario));
  if (type !== undefined && (type.officers !== 1 || type.handlers.some((h) => h !== 'officer'))) {
    problems.push('the incident type must need one officer and be handled by officers only');
  }
  if (plan.platforms.length > 0 || plan.patrols.length > 0) {
    problems.push('the plan must have no platforms and no patrols');
  }
  const shifts = plan.officers.shifts;
  if (shifts.some((shift) => !isAllDay(shift) || shift.crew !== 1)) {
    problems.push('every shift must be all day (start = end) with cars of crew 1');
  }
  if (shifts.some((shift) => shift.base !== undefined || shift.mode !== undefined || shift.days)) {
    problems.push('every shift must drive from the officers\u2019 base on every day');
  }
  const servers = shifts.reduce((sum, shift) => sum + shift.cars, 0);
  if (servers === 0) problems.push('the plan must have at least one car');
  requireAssumptions(ERLANG_C, scenario, problems);

  const rates = steadyIncidentRates(scenario);
  const arrivalRate = rates.reduce((sum, site) => sum + site.perMinute, 0);
  const network = scenarioNetwork(scenario);
  const base = network.indexOf(plan.officers.base);
  const oneWay =
    rates.reduce(
      (sum, site) => sum + site.perMinute * network.vehicle(base, network.indexOf(site.site)),
      0,
    ) / arrivalRate;
  const onScene = type!.onScene.dist === 'exponential' ? type!.onScene.mean : Number.NaN;
  const serviceMinutes = onScene + oneWay;
  const queue = { arrivalRate, serviceRate: 1 / serviceMinutes, servers };
  const measures = solveMMc(queue);
  const meanTimeInSystem = measures.meanWaitInQueue + serviceMinutes;
  return {
    queue,
    measures,
    serviceMinutes,
    busyMinutesPerIncident: serviceMinutes + oneWay,
    meanTimeInSystem,
    meanNumberInSystem: arrivalRate * meanTimeInSystem,
  };
}
