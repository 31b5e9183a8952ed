/** `peakwatch schema`: print the scenario format as a JSON Schema, for editors. */
import { scenarioJsonSchema } from '../scenario/json-schema.js';
import type { CommandFactory } from './command.js';
import { commandHeading } from './commands.js';

/** The `schema` command. */
export const schemaCommand: CommandFactory = (io) => ({
  ...commandHeading('schema'),
  builder: (yargs) =>
    yargs.epilog(
      'Save it and point your editor at it, e.g. "peakwatch schema > scenario.schema.json" and ' +
        'start a scenario with "# yaml-language-server: $schema=scenario.schema.json".',
    ),
  handler: () => {
    io.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  },
});
