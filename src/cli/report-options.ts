/** The arguments and options of `peakwatch report` (what it does is in report.ts). */
import type { Argv } from 'yargs';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';

/** The arguments of `report`. */
export interface ReportArgs {
  readonly dir: string;
  readonly lang: Lang;
}

/** The options of `report`: what yargs parses and its help shows. */
export const reportOptions: CommandOptions<ReportArgs> = (yargs) =>
  yargs
    .positional('dir', {
      type: 'string',
      demandOption: true,
      describe: 'a finished results folder of run, compare, merge, sweep, sensitivity or optimize',
    })
    .option('lang', langOption('every label, title and sentence'))
    .epilog(
      'The report is one self-contained HTML file (no network, no script) that opens from disk ' +
        'and prints to PDF; docs/report.md explains each part.',
    ) as unknown as Argv<ReportArgs>;
