/**
 * `peakwatch schema`: print the scenario format as a JSON Schema, for editors.
 * Its arguments and options are in schema-options.ts.
 */
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import type { CommandAction } from './command.js';

/** What `schema` does. */
export const schemaAction: CommandAction<object> = (io) => {
  io.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
};
