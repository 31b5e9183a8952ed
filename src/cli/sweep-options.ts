/** The arguments and options of `peakwatch sweep` (what it does is in sweep.ts). */
import type { Argv } from 'yargs';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';
import { type SimulationArgs, simulationOptions } from './options.js';

/** The arguments of `sweep`. */
export interface SweepArgs extends SimulationArgs {
  readonly vary: readonly string[];
  readonly plans?: string;
  readonly baseline?: string;
  readonly report: boolean;
  readonly lang: Lang;
}

/** The options of `sweep`: what yargs parses and its help shows. */
export const sweepOptions: CommandOptions<SweepArgs> = (yargs) =>
  simulationOptions(yargs)
    .option('vary', {
      type: 'string',
      array: true,
      demandOption: true,
      describe:
        'PATH=FROM:TO:STEP (inclusive) or PATH=v1,v2,...: a scenario value to vary, e.g. ' +
        '--vary crowd.visitorsPerDay=6000:9000:1000 (repeatable: the grid is every combination)',
    })
    .option('plans', {
      type: 'string',
      describe: 'Comma-separated plans to compare at each point (default: every plan)',
    })
    .option('baseline', {
      type: 'string',
      describe: "Plan the others are compared with (default: the scenario's `defaultPlan`)",
    })
    .option('report', {
      type: 'boolean',
      default: false,
      describe:
        'Also write report.html (break points, charts against the varied values) into the ' +
        'sweep folder, as `peakwatch report` does',
    })
    .option('lang', langOption('the tables and the report'))
    .epilog(
      'Writes results/<scenario>-sweep-<time>/ with point-K/ (what `peakwatch compare` of ' +
        'the scenario with --set PATH=value writes; summaries only unless --outputs asks ' +
        'for more), sweep.csv and manifest.json (see docs/sweep.md). Every point and plan ' +
        'uses the same replications. --by DIMS writes at every point the breakdown files ' +
        '`compare --by DIMS` writes (no table is printed). --shard I/N runs the I-th of N ' +
        "blocks of the grid's points × replications; `peakwatch merge` joins the shards.",
    ) as unknown as Argv<SweepArgs>;
