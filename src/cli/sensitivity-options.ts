/** The arguments and options of `peakwatch sensitivity` (what it does is in sensitivity.ts). */
import type { Argv } from 'yargs';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';
import { type SimulationArgs, simulationOptions } from './options.js';

/** The arguments of `sensitivity`. */
export interface SensitivityArgs extends SimulationArgs {
  readonly plan?: string;
  readonly change: number;
  readonly inputs?: string;
  readonly report: boolean;
  readonly lang: Lang;
}

/** The options of `sensitivity`: what yargs parses and its help shows. */
export const sensitivityOptions: CommandOptions<SensitivityArgs> = (yargs) =>
  simulationOptions(yargs)
    .option('plan', {
      type: 'string',
      describe: "The plan to test (default: the scenario's `defaultPlan`)",
    })
    .option('change', {
      type: 'number',
      default: 0.2,
      describe: 'Share each input moves down and up, between 0 and 1 (0.2: ×0.8 and ×1.2)',
    })
    .option('inputs', {
      type: 'string',
      describe:
        'Comma-separated inputs to move (default every one: visitors, rate:<type> for each ' +
        'incident type, detection:phone, detection:platform, detection:patrol, travel, onScene)',
    })
    .option('report', {
      type: 'boolean',
      default: false,
      describe: 'Also write report.html (a tornado chart per standard) into the folder',
    })
    .option('lang', langOption('the tables and the report'))
    .epilog(
      'Writes results/<scenario>-sensitivity-<time>/ with point-K/ (point 1 the scenario as ' +
        'it is, then each input scaled down and up, as `peakwatch compare --scale` writes it; ' +
        'summaries only unless --outputs asks for more), sensitivity.csv and manifest.json ' +
        '(see docs/sweep.md). Every point uses the same replications. --shard I/N runs the ' +
        "I-th of N blocks of the points × replications, cut as a sweep's grid is; " +
        '`peakwatch merge` joins the shards.',
    ) as unknown as Argv<SensitivityArgs>;
