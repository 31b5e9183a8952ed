/**
 * The resolved, immutable scenario the model consumes: defaults filled in, plans resolved
 * through `extends`, per-day visitor numbers expanded to one entry per day, every reference
 * checked. Produced by `loadScenario`.
 */
import type { DispatchPolicyName } from '../model/dispatch-policies.js';
import type { Distribution, IncidentType, PlanInput, ScenarioInput, Site } from './schema.js';

/** A plan with every field present (after `extends` is applied). */
export interface Plan {
  readonly name: string;
  readonly description: string;
  readonly dispatch: DispatchPolicyName;
  readonly officers: NonNullable<PlanInput['officers']>;
  readonly platforms: NonNullable<PlanInput['platforms']>;
  readonly patrols: NonNullable<PlanInput['patrols']>;
  readonly cost: PlanInput['cost'];
}

/** The crowd section with visitors expanded to one number per simulated day. */
export interface Crowd extends Omit<ScenarioInput['crowd'], 'visitorsPerDay' | 'demandCv'> {
  readonly visitorsPerDay: readonly number[];
  readonly demandCv: number;
}

/** A validated scenario, ready to simulate. */
export interface Scenario {
  /** Path of the file it was read from. */
  readonly file: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly hash: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly replications: number;
  readonly calendar: ScenarioInput['calendar'];
  readonly sites: readonly Site[];
  readonly travel: ScenarioInput['travel'];
  readonly crowd: Crowd;
  readonly incidentTypes: readonly IncidentType[];
  readonly detection: ScenarioInput['detection'] & { readonly dispatchMinutes: number };
  readonly plans: readonly Plan[];
  readonly defaultPlan: string;
  readonly occupancyIntervalMinutes: number;
}

export type { Distribution, IncidentType, Site };
