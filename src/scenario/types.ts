/**
 * The resolved, immutable scenario the model consumes: defaults filled in, plans resolved
 * through `extends`, per-day visitor numbers expanded to one entry per day, every reference
 * checked. Produced by `loadScenario`.
 */

import type { DispatchPolicyName } from '../model/dispatch-policies.js';
import type { LocalTextInput } from './local-text.js';
import type { ScenarioOverride } from './overrides.js';
import type { Distribution, IncidentType, PlanInput, ScenarioInput, Site } from './schema.js';
import type { Standard } from './standards.js';

/**
 * The plan fields that field a responder kind's units (each kind's `planField` in
 * model/responder-kinds.ts): every field of the schema's plan but these, so that a kind's new
 * field in the schema is a field of the resolved plan too.
 */
export type PlanUnitField = Exclude<
  keyof PlanInput,
  'name' | 'label' | 'description' | 'extends' | 'dispatch' | 'cost'
>;

/** A resolved plan's units: every unit field present. */
export type PlanUnits = { readonly [K in PlanUnitField]: NonNullable<PlanInput[K]> };

/** A plan with every field present (after `extends` is applied). */
export interface Plan extends PlanUnits {
  /** The plan's id (`--plans`, `extends`, file names). */
  readonly name: string;
  /** What tables and reports call it (see `planLabel`); absent: its name. */
  readonly label?: LocalTextInput;
  /** '' when the file gives none. */
  readonly description: LocalTextInput;
  readonly dispatch: DispatchPolicyName;
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
  /** The `--set`/`--scale` overrides applied to the file's data, in order (none: []). */
  readonly overrides: readonly ScenarioOverride[];
  readonly name: LocalTextInput;
  /** '' when the file gives none. */
  readonly description: LocalTextInput;
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
  /** Service standards plans are judged by (the defaults when the file has none). */
  readonly standards: readonly Standard[];
}

export type { Distribution, IncidentType, Site, Standard };
