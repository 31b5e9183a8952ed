/**
 * `peakwatch report RUN_DIR`: write the HTML report of a finished results folder into it.
 * Its arguments and options are in report-options.ts.
 */
import type { Lang } from '../i18n/lang.js';
import { RunFolderError } from '../report/data/load-run-data.js';
import type { CommandAction } from './command.js';
import { UsageError } from './failure.js';
import type { ReportArgs } from './report-options.js';

/** What `report` does. */
export const reportAction: CommandAction<ReportArgs> = async (io, args) => {
  try {
    io.stdout.write(`Report: ${await writeAnyReport(args.dir, args.lang)}\n`);
  } catch (error) {
    // A missing or unfinished folder is a usage mistake (exit 2), not a failed report.
    if (error instanceof RunFolderError) throw new UsageError(error.message);
    throw error;
  }
};

/**
 * Writes the report of a results folder: a sweep's (break points and charts against the varied
 * values), an optimize search's (cost and service, the plan chosen on the map), a sensitivity
 * analysis's (tornado charts), or a run's or comparison's. Loaded only when called: the report's chart libraries
 * would slow every other command's start.
 *
 * @returns the path of report.html
 */
export async function writeAnyReport(dir: string, lang: Lang): Promise<string> {
  const { isSweepFolder } = await import('../report/data/sweep-data.js');
  if (isSweepFolder(dir)) {
    const { writeSweepReport } = await import('../report/sweep-write-report.js');
    return writeSweepReport(dir, { lang });
  }
  const { isOptimizeFolder } = await import('../report/data/optimize-data.js');
  if (isOptimizeFolder(dir)) {
    const { writeOptimizeFolderReport } = await import('../report/optimize-write-report.js');
    return writeOptimizeFolderReport(dir, { lang });
  }
  const { isSensitivityFolder } = await import('../report/data/sensitivity-data.js');
  if (isSensitivityFolder(dir)) {
    const { writeSensitivityReport } = await import('../report/sensitivity-write-report.js');
    return writeSensitivityReport(dir, { lang });
  }
  const { writeReport } = await import('../report/write-report.js');
  return writeReport(dir, { lang });
}
