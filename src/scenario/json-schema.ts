/**
 * The scenario format as a JSON Schema, generated from the zod schema so the two cannot
 * disagree. Editors use it (through `peakwatch schema`) to complete and check scenario files.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/**
 * The JSON Schema (draft-07, the version YAML and JSON editors support best) of a scenario
 * file, with each field's description and unit.
 *
 * @example JSON.stringify(scenarioJsonSchema(), null, 2)
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(ScenarioSchema, { target: 'draft-7', io: 'input' });
  return {
    $schema,
    title: 'peakwatch scenario',
    description:
      'A peakwatch scenario: sites, travel, crowd, incidents, detection and staffing plans. Times of day are "HH:MM", durations minutes, rates per 1,000 visitor-hours. See docs/scenario.md.',
    ...schema,
  };
}
