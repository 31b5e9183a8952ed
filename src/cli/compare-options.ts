/** The arguments and options of `peakwatch compare` (what it does is in compare.ts). */
import type { Argv } from 'yargs';
import { PRECISION_BATCH, PRECISION_CAP } from '../experiment/precision-defaults.js';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';
import { type SimulationArgs, simulationOptions } from './options.js';

/** The arguments of `compare`. */
export interface CompareArgs extends SimulationArgs {
  readonly plans?: string;
  readonly baseline?: string;
  readonly precision?: number;
  readonly 'max-replications': string;
  readonly 'independent-streams': boolean;
  readonly report: boolean;
  readonly lang: Lang;
}

/** The options of `compare`: what yargs parses and its help shows. */
export const compareOptions: CommandOptions<CompareArgs> = (yargs) =>
  simulationOptions(yargs)
    .option('plans', {
      type: 'string',
      describe: 'Comma-separated plans to compare (default: every plan of the scenario)',
    })
    .option('baseline', {
      type: 'string',
      describe: "Plan the others are compared with (default: the scenario's `defaultPlan`)",
    })
    .option('precision', {
      type: 'number',
      describe:
        `Add replications in batches of ${PRECISION_BATCH} until every headline measure's ` +
        '95 % half-width is below this share of its mean (e.g. 0.05 = ±5 %; shares in ' +
        'percentage points: 0.05 = ±5 points)',
    })
    .option('max-replications', {
      type: 'string',
      default: String(PRECISION_CAP),
      describe: 'Cap on replications with --precision',
    })
    .option('independent-streams', {
      type: 'boolean',
      default: false,
      hidden: true,
      describe: 'Give each plan its own random streams (to measure what CRN gains)',
    })
    .option('report', {
      type: 'boolean',
      default: false,
      describe: 'Also write report.html into the results folder (as `peakwatch report` does)',
    })
    .option('lang', langOption('the table, the verdict and the report'))
    .conflicts('precision', ['replications', 'shard'])
    .epilog(
      'Writes results/<scenario>-compare-<time>/ with comparison.csv, standards.csv, ' +
        'standards-by-site-hour.csv, and summary-, incidents- and responders-<plan>.csv for ' +
        'each plan, occupancy.csv, demand.csv, manifest.json and a copy of the scenario (see ' +
        'docs/outputs.md; --outputs chooses the record files). Replication r of every plan ' +
        'sees the same incidents.',
    ) as unknown as Argv<CompareArgs>;
