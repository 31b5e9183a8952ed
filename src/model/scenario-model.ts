/**
 * Everything about a scenario that does not change between plans and replications, computed
 * once: the network's shortest paths, the congestion table, the crowd's unit responses, the
 * incident sources and samplers, and every plan prepared and checked. Replications of any plan
 * then share it (one per worker thread: it holds functions, so it is built, not transferred).
 */
import { compileSampler } from '../rng/index.js';
import { horizonMinutes, MINUTES_PER_DAY } from '../scenario/clock.js';
import type { IncidentType, Scenario } from '../scenario/types.js';
import { buildCrowdModel, type CrowdModel } from './crowd.js';
import type { DetectionDelays, IncidentTypeModel } from './incident.js';
import { type Network, scenarioNetwork } from './network.js';
import { buildPlanModel, type PlanModel } from './plan-model.js';
import { type IncidentSource, incidentSources } from './rates.js';
import { kindTable } from './responder-kinds.js';
import { type TravelSettings, travelSettings } from './travel.js';

/**
 * How long a run may go on after the horizon to clear the incidents that arose within it; an
 * incident still open then means the plan cannot cope, which is reported as an error.
 */
export const OVERRUN_LIMIT_MINUTES = 2 * MINUTES_PER_DAY;

/** A scenario prepared for simulation. */
export interface ScenarioModel {
  readonly scenario: Scenario;
  /** Minutes simulated for incidents: days × 1440. */
  readonly horizon: number;
  /** The latest time a run may reach: horizon + {@link OVERRUN_LIMIT_MINUTES}. */
  readonly runLimit: number;
  readonly network: Network;
  readonly travel: TravelSettings;
  readonly crowd: CrowdModel;
  readonly types: readonly IncidentTypeModel[];
  /** Every (site, type) that can produce incidents, in the order streams are created. */
  readonly sources: readonly IncidentSource[];
  readonly delays: DetectionDelays;
  readonly radioMinutes: number;
  readonly dispatchMinutes: number;
  /** Every plan, by name. */
  readonly plans: ReadonlyMap<string, PlanModel>;
}

/**
 * Prepares a scenario for simulation.
 * @throws Error with a clear message when a plan cannot answer some incident, a patrol route
 *   cannot be walked, or a distribution is inconsistent.
 * @example
 * ```ts
 * const model = prepareScenarioModel(scenario);
 * for (let r = 0; r < 100; r++) simulateReplication(model, 'baseline', r);
 * ```
 */
export function prepareScenarioModel(scenario: Scenario): ScenarioModel {
  const horizon = horizonMinutes(scenario.calendar);
  const runLimit = horizon + OVERRUN_LIMIT_MINUTES;
  const network = scenarioNetwork(scenario);
  const crowd = buildCrowdModel(scenario.crowd, network, runLimit + 1);
  const types = scenario.incidentTypes.map(typeModel);
  const sources = incidentSources(
    scenario,
    network,
    crowd.sites.map((site) => site.siteIndex),
  );
  const variationCv = scenario.travel.variation?.cv ?? 0;
  const delays: DetectionDelays = {
    phone: compileSampler(scenario.detection.phone),
    platform: compileSampler(scenario.detection.platform),
    patrol: compileSampler(scenario.detection.patrol),
    variation:
      variationCv > 0 ? compileSampler({ dist: 'lognormal', mean: 1, cv: variationCv }) : null,
  };
  const plans = new Map(
    scenario.plans.map((plan) => [
      plan.name,
      buildPlanModel(plan, network, sources, types, scenario.calendar),
    ]),
  );
  return {
    scenario,
    horizon,
    runLimit,
    network,
    travel: travelSettings(scenario, network),
    crowd,
    types,
    sources,
    delays,
    radioMinutes: scenario.detection.radioMinutes,
    dispatchMinutes: scenario.detection.dispatchMinutes,
    plans,
  };
}

/**
 * The prepared model of `scenario`: itself when it is one already, else prepared here (for
 * callers that take either).
 *
 * @example scenarioModelOf(scenario).horizon // days × 1440
 */
export function scenarioModelOf(scenario: Scenario | ScenarioModel): ScenarioModel {
  return 'runLimit' in scenario ? scenario : prepareScenarioModel(scenario);
}

/**
 * The model's plan named `planName`.
 *
 * @throws Error naming the model's plans when it has no such plan
 * @example planModelOf(model, 'current').officers.length
 */
export function planModelOf(model: ScenarioModel, planName: string): PlanModel {
  const plan = model.plans.get(planName);
  if (plan === undefined) {
    const known = [...model.plans.keys()].map((name) => `"${name}"`).join(', ');
    throw new Error(`unknown plan "${planName}"; the scenario's plans are ${known}`);
  }
  return plan;
}

/**
 * Prepares an incident type. Escalation applies only to types that need no officers from the
 * start (for the others it is ignored: officers are already going).
 */
function typeModel(type: IncidentType): IncidentTypeModel {
  return {
    id: type.id,
    priority: type.priority,
    handledBy: kindTable(type.handlers),
    officers: type.officers,
    escalation:
      type.officers === 0 && type.escalation !== undefined
        ? { probability: type.escalation.probability, officers: type.escalation.officers ?? 1 }
        : null,
    onScene: compileSampler(type.onScene),
    preempts: type.preempts ?? false,
    targetMinutes: type.targetMinutes,
    recovery:
      type.recovery === undefined
        ? null
        : {
            initial: type.recovery.initial,
            halfLifeMinutes: type.recovery.halfLifeMinutes,
            search:
              type.recovery.searchMinutes === undefined
                ? null
                : compileSampler(type.recovery.searchMinutes),
          },
  };
}
