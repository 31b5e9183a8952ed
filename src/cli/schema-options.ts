/** The arguments and options of `peakwatch schema` (what it does is in schema.ts). */
import type { CommandOptions } from './command.js';

/** The options of `schema`: what yargs parses and its help shows. */
export const schemaOptions: CommandOptions<object> = (yargs) =>
  yargs.epilog(
    'Save it and point your editor at it, e.g. "peakwatch schema > scenario.schema.json" and ' +
      'start a scenario with "# yaml-language-server: $schema=scenario.schema.json".',
  );
