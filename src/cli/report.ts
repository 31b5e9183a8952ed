/** `peakwatch report RUN_DIR`: write the HTML report of a finished results folder into it. */
import type { Argv, CommandModule } from 'yargs';
import { LANGS, type Lang } from '../i18n/lang.js';
import { RunFolderError } from '../report/data/load-run-data.js';
import type { CommandFactory } from './command.js';
import { commandHeading } from './commands.js';
import { UsageError } from './failure.js';

interface ReportArgs {
  readonly dir: string;
  readonly lang: Lang;
}

/** The `report` command. */
export const reportCommand: CommandFactory = (io): CommandModule<object, ReportArgs> => ({
  ...commandHeading('report'),
  builder: (yargs) =>
    yargs
      .positional('dir', {
        type: 'string',
        demandOption: true,
        describe: 'a finished results folder of run, compare or merge',
      })
      .option('lang', {
        choices: LANGS,
        default: 'en' as Lang,
        describe: 'Language of every label, title and sentence: zh (Chinese) or en (English)',
      })
      .epilog(
        'The report is one self-contained HTML file (no network, no script) that opens from disk ' +
          'and prints to PDF; docs/report.md explains each part.',
      ) as unknown as Argv<ReportArgs>,
  handler: async (args) => {
    try {
      // Loaded only here: the report's chart libraries would slow every other command's start.
      const { writeReport } = await import('../report/write-report.js');
      io.stdout.write(`Report: ${await writeReport(args.dir, { lang: args.lang })}\n`);
    } catch (error) {
      // A missing or unfinished folder is a usage mistake (exit 2), not a failed report.
      if (error instanceof RunFolderError) throw new UsageError(error.message);
      throw error;
    }
  },
});
