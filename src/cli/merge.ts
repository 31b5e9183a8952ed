/**
 * `peakwatch merge DIR...`: joins the shard folders of one sharded run, comparison or sweep into
 * the folder the unsharded command would have written, and prints its table.
 */
import type { Argv, CommandModule } from 'yargs';
import { mergeShards } from '../experiment/merge.js';
import { isSweepFolder } from '../experiment/sweep-manifest.js';
import { mergeSweepShards } from '../experiment/sweep-merge.js';
import { ENGLISH_WORDING } from '../output/console-wording.js';
import { displayNames } from '../output/display-names.js';
import { formatStandardsBlock } from '../output/standards-text.js';
import { formatComparisonTable, formatRunTable } from '../output/table.js';
import { comparePlans } from '../stats/compare.js';
import { standardsVerdict } from '../stats/standards-verdict.js';
import type { CommandFactory } from './command.js';
import { commandHeading } from './commands.js';
import { withInterrupts, writeFolderLine } from './experiment-command.js';
import { commandLine, type FolderArgs, folderOptions, folderWords } from './options.js';
import { writeSweepTables } from './sweep.js';

interface MergeArgs extends FolderArgs {
  readonly dirs: readonly string[];
}

/** The `merge` command. */
export const mergeCommand: CommandFactory = (io): CommandModule<object, MergeArgs> => ({
  ...commandHeading('merge'),
  builder: (yargs) =>
    folderOptions(
      yargs.positional('dirs', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'the shard folders (all N of them, any order)',
      }),
    ).epilog(
      'Checks that the folders are shards 1..N of the same run, comparison or sweep (same ' +
        'scenario hash, seed, replications, plans and grid) and writes the files an unsharded run would have, ' +
        'byte for byte (see docs/scaling.md). Only the folders are read: their copy of the ' +
        'scenario, never the file it was copied from.',
    ) as unknown as Argv<MergeArgs>,
  handler: async (args) => {
    const options = {
      dirs: args.dirs,
      resultsDir: args['results-dir'],
      out: args.out,
      commandLine: commandLine(['merge', ...args.dirs, ...folderWords(args)]),
    };
    if (args.dirs.some(isSweepFolder)) {
      const sweep = await withInterrupts((signal) => mergeSweepShards({ ...options, signal }));
      writeSweepTables(io.stdout, {
        axes: sweep.manifest.grid.axes,
        points: sweep.points,
        breakPoints: sweep.breakPoints,
        baseline: sweep.manifest.baseline,
        names: displayNames(sweep.scenario, 'en'),
        replications: sweep.manifest.replications,
      });
      writeFolderLine(io.stdout, sweep.folder);
      return;
    }
    const result = await withInterrupts((signal) => mergeShards({ ...options, signal }));
    if (result.manifest.kind === 'compare') {
      const baseline = result.manifest.baseline!;
      io.stdout.write(
        `${formatComparisonTable(comparePlans(result.summaries, baseline), baseline)}\n`,
      );
      io.stdout.write(`Replications per plan: ${result.manifest.replications}.\n`);
    } else {
      io.stdout.write(
        `${formatRunTable(result.manifest.plans[0]!, result.summaries, result.scenario)}\n`,
      );
    }
    if (result.standards !== null) {
      const baseline = result.manifest.baseline ?? result.manifest.plans[0]!;
      const verdict = standardsVerdict(result.standards, result.summaries, baseline);
      const comparison = result.manifest.kind === 'compare';
      const names = displayNames(result.scenario, 'en');
      io.stdout.write(
        `${formatStandardsBlock(result.standards, verdict, ENGLISH_WORDING.t, comparison, names)}\n`,
      );
    }
    writeFolderLine(io.stdout, result.folder);
  },
});
