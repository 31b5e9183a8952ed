/**
 * `peakwatch merge DIR...`: joins the shard folders of one sharded run, comparison, sweep or
 * sensitivity analysis into the folder the unsharded command would have written, and prints its
 * table (a comparison's, a sweep's and a sensitivity analysis's in `--lang`, as those commands
 * print them; a run's in English, as `run` does).
 * Its arguments and options are in merge-options.ts.
 */
import { folderKind, mergeShards } from '../experiment/merge.js';
import { mergeSensitivityShards } from '../experiment/sensitivity-merge.js';
import { mergeSweepShards } from '../experiment/sweep-merge.js';
import { consoleWording } from '../output/console-wording.js';
import { displayNames } from '../output/display-names.js';
import { formatStandardsBlock } from '../output/standards-text.js';
import { formatComparisonTable, formatRunTable } from '../output/table.js';
import { comparePlans } from '../stats/compare.js';
import { standardsVerdict } from '../stats/standards-verdict.js';
import type { CommandAction } from './command.js';
import { withInterrupts, writeFolderLine } from './experiment-command.js';
import type { MergeArgs } from './merge-options.js';
import { commandLine, folderWords } from './options.js';
import { writeSensitivityTables } from './sensitivity.js';
import { writeSweepTables } from './sweep.js';

/** What `merge` does. */
export const mergeAction: CommandAction<MergeArgs> = async (io, args) => {
  const options = {
    dirs: args.dirs,
    resultsDir: args['results-dir'],
    out: args.out,
    commandLine: commandLine(['merge', ...args.dirs, ...folderWords(args)]),
  };
  if (args.dirs.some((dir) => folderKind(dir) === 'sensitivity')) {
    const merged = await withInterrupts((signal) => mergeSensitivityShards({ ...options, signal }));
    writeSensitivityTables(io.stdout, {
      scenario: merged.scenario,
      plan: merged.manifest.plan,
      change: merged.manifest.change,
      replications: merged.manifest.replications,
      rows: merged.rows,
      lang: args.lang,
    });
    writeFolderLine(io.stdout, merged.folder);
    return;
  }
  if (args.dirs.some((dir) => folderKind(dir) === 'sweep')) {
    const sweep = await withInterrupts((signal) => mergeSweepShards({ ...options, signal }));
    writeSweepTables(io.stdout, {
      axes: sweep.manifest.grid.axes,
      points: sweep.points,
      breakPoints: sweep.breakPoints,
      baseline: sweep.manifest.baseline,
      names: displayNames(sweep.scenario, args.lang),
      replications: sweep.manifest.replications,
      lang: args.lang,
    });
    writeFolderLine(io.stdout, sweep.folder);
    return;
  }
  const result = await withInterrupts((signal) => mergeShards({ ...options, signal }));
  const comparison = result.manifest.kind === 'compare';
  const lang = comparison ? args.lang : 'en';
  const wording = consoleWording(lang);
  const names = displayNames(result.scenario, lang);
  if (comparison) {
    const baseline = result.manifest.baseline!;
    const rows = comparePlans(result.summaries, baseline);
    io.stdout.write(`${formatComparisonTable(rows, baseline, wording, names.plan)}\n`);
    const replications = result.manifest.replications;
    io.stdout.write(`${wording.t('console.replicationsNote', { replications })}\n`);
  } else {
    io.stdout.write(
      `${formatRunTable(result.manifest.plans[0]!, result.summaries, result.scenario)}\n`,
    );
  }
  if (result.standards !== null) {
    const baseline = result.manifest.baseline ?? result.manifest.plans[0]!;
    const verdict = standardsVerdict(result.standards, result.summaries, baseline);
    io.stdout.write(
      `${formatStandardsBlock(result.standards, verdict, wording.t, comparison, names)}\n`,
    );
  }
  writeFolderLine(io.stdout, result.folder);
};
