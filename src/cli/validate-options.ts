/** The arguments and options of `peakwatch validate` (what it does is in validate.ts). */
import type { CommandOptions } from './command.js';

/** The arguments of `validate`. */
export interface ValidateArgs {
  readonly files: readonly string[];
}

/** The options of `validate`: what yargs parses and its help shows. */
export const validateOptions: CommandOptions<ValidateArgs> = (yargs) =>
  yargs
    .positional('files', {
      type: 'string',
      array: true,
      demandOption: true,
      default: undefined,
      describe: 'scenario files (.yaml, .yml or .json)',
    })
    .epilog(
      'Prints "ok  FILE: summary" on stdout for each valid file and each problem as ' +
        '"FILE:LINE:COL  PATH: MESSAGE" on stderr. Exit code 2 if any file has problems.',
    );
