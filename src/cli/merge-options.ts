/** The arguments and options of `peakwatch merge` (what it does is in merge.ts). */
import type { Argv } from 'yargs';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';
import { type FolderArgs, folderOptions } from './options.js';

/** The arguments of `merge`. */
export interface MergeArgs extends FolderArgs {
  readonly dirs: readonly string[];
  readonly lang: Lang;
}

/** The options of `merge`: what yargs parses and its help shows. */
export const mergeOptions: CommandOptions<MergeArgs> = (yargs) =>
  folderOptions(
    yargs.positional('dirs', {
      type: 'string',
      array: true,
      demandOption: true,
      describe: 'the shard folders (all N of them, any order)',
    }),
  )
    .option(
      'lang',
      langOption(
        "a comparison's, a sweep's or a sensitivity analysis's tables (a run's is in English)",
      ),
    )
    .epilog(
      'Checks that the folders are shards 1..N of the same run, comparison, sweep or ' +
        'sensitivity analysis (same ' +
        'scenario hash, seed, replications, plans and grid) and writes the files an unsharded run would have, ' +
        'byte for byte (see docs/scaling.md). Only the folders are read: their copy of the ' +
        'scenario, never the file it was copied from.',
    ) as unknown as Argv<MergeArgs>;
