/**
 * The uncertain inputs of a scenario that `peakwatch sensitivity` moves one at a time, each as
 * the `--scale` paths that move it (docs/sweep.md, "Sensitivity"): visitors, each incident type's
 * rate, each detection delay, travel times and on-scene times.
 */
import { DETECTION_CHANNELS } from '../model/records.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import { timeParameters } from '../scenario/time-parameters.js';
import type { Scenario } from '../scenario/types.js';
import { ExperimentUsageError } from './errors.js';

/** One uncertain input: a name and the scenario values it scales together. */
export interface SensitivityInput {
  /** `visitors`, `rate:<type>`, `detection:<channel>`, `travel` or `onScene`. */
  readonly id: string;
  /** The `--scale` paths, in the scenario's own terms. */
  readonly paths: readonly string[];
}

const LINK_MODES = ['vehicle', 'walk', 'ebike'] as const;

/**
 * Every uncertain input of the scenario, in this order: visitors, each incident type's rate (in
 * the scenario's order), each detection delay (phone, platform, patrol), travel times (every
 * link's minutes in every mode it gives) and on-scene times (every type's).
 *
 * @example uncertainInputs(scenario).map((i) => i.id) // ['visitors', 'rate:lost-item', …]
 */
export function uncertainInputs(scenario: Scenario): SensitivityInput[] {
  return [
    { id: 'visitors', paths: ['crowd.visitorsPerDay'] },
    ...scenario.incidentTypes.map((type) => ({
      id: `rate:${type.id}`,
      paths: [`incidents.types[${type.id}].rate`],
    })),
    ...DETECTION_CHANNELS.map((channel) => ({
      id: `detection:${channel}`,
      paths: timeParameters(scenario.detection[channel]).map(
        (key) => `detection.${channel}.${key}`,
      ),
    })),
    {
      id: 'travel',
      paths: scenario.travel.links.flatMap((link, i) =>
        LINK_MODES.filter((mode) => link[mode] !== undefined).map(
          (mode) => `travel.links[${i}].${mode}`,
        ),
      ),
    },
    {
      id: 'onScene',
      paths: scenario.incidentTypes.flatMap((type) =>
        timeParameters(type.onScene).map((key) => `incidents.types[${type.id}].onScene.${key}`),
      ),
    },
  ];
}

/**
 * The inputs named in `ids` (every input when undefined), in the scenario's order.
 *
 * @throws ExperimentUsageError naming `--inputs` and the known ids for an unknown id
 */
export function chooseInputs(
  inputs: readonly SensitivityInput[],
  ids: readonly string[] | undefined,
): SensitivityInput[] {
  if (ids === undefined) return [...inputs];
  const unknown = ids.find((id) => !inputs.some((input) => input.id === id));
  if (unknown !== undefined) {
    throw new ExperimentUsageError(
      `--inputs: no input "${unknown}"; the scenario's are ${inputs.map((i) => i.id).join(', ')}`,
    );
  }
  return inputs.filter((input) => ids.includes(input.id));
}

/** The overrides that scale every path of an input by `factor`. */
export function inputOverrides(input: SensitivityInput, factor: number): ScenarioOverride[] {
  return input.paths.map((path) => ({ kind: 'scale', path, value: String(factor) }));
}
