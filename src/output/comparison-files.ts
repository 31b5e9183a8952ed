/**
 * The CSV files of `peakwatch compare`, open while the replications come in. Each plan has its
 * summaries (summary-<plan>.csv) and its records (incidents-<plan>.csv, responders-<plan>.csv,
 * with the columns of `run`'s files of those names); the crowd, which does not depend on the
 * plan, has one occupancy.csv, filled from one plan's replications. comparison.csv is written
 * once every summary is in (run-comparison.ts). Nothing but the summaries is kept in memory.
 *
 * @example
 * ```ts
 * const files = ComparisonFiles.open((name) => folder.file(name), ['base', 'more-cars'], keys, 'base');
 * await files.append(rows, summary); // summary.plan says whose files get the rows
 * await files.close();
 * ```
 */

import type { ReplicationSummary } from '../stats/measures.js';
import {
  type Column,
  columnNames,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
} from './csv-columns.js';
import { CsvFile } from './csv-file.js';
import { expectOccupancy, type ReplicationRowsText } from './replication-rows.js';
import { RUN_CSV_FILES } from './run-files.js';
import { formatSummaryRows, summaryHeader } from './summary-csv.js';

/** File name of comparison.csv. */
export const COMPARISON_FILE = 'comparison.csv';

/** The record files a comparison writes for each plan. */
export type PlanRecordStem = 'incidents' | 'responders';

/** File name of a plan's summaries in a comparison folder (plan names are ids: safe in names). */
export function planSummaryFile(plan: string): string {
  return `summary-${plan}.csv`;
}

/** File name of a plan's records in a comparison folder, e.g. `incidents-base.csv`. */
export function planRecordFile(stem: PlanRecordStem, plan: string): string {
  return `${stem}-${plan}.csv`;
}

/** The CSV files of a comparison folder, in the order docs/outputs.md describes them. */
export function comparisonCsvFiles(plans: readonly string[]): string[] {
  return [
    COMPARISON_FILE,
    ...plans.map(planSummaryFile),
    ...plans.map((plan) => planRecordFile('incidents', plan)),
    ...plans.map((plan) => planRecordFile('responders', plan)),
    RUN_CSV_FILES.occupancy,
  ];
}

/** One plan's open files. */
interface PlanFiles {
  readonly summary: CsvFile;
  readonly incidents: CsvFile;
  readonly responders: CsvFile;
}

/** A comparison's per-replication CSV files (see the module comment). */
export class ComparisonFiles {
  private constructor(
    private readonly plans: ReadonlyMap<string, PlanFiles>,
    private readonly occupancy: CsvFile,
    private readonly occupancyPlan: string,
    private readonly keys: readonly string[],
  ) {}

  /**
   * Creates every file with its header.
   *
   * @param pathOf where a file of the given name goes
   * @param keys the measure columns of the summary files
   * @param occupancyPlan the plan whose replications fill occupancy.csv (one of `plans`)
   */
  static open(
    pathOf: (name: string) => string,
    plans: readonly string[],
    keys: readonly string[],
    occupancyPlan: string,
  ): ComparisonFiles {
    const open = <R>(name: string, columns: readonly Column<R>[]) =>
      CsvFile.open(pathOf(name), columnNames(columns));
    const files = new Map(
      plans.map((plan) => [
        plan,
        {
          summary: CsvFile.open(pathOf(planSummaryFile(plan)), summaryHeader(keys)),
          incidents: open(planRecordFile('incidents', plan), INCIDENT_COLUMNS),
          responders: open(planRecordFile('responders', plan), RESPONDER_COLUMNS),
        },
      ]),
    );
    return new ComparisonFiles(
      files,
      open(RUN_CSV_FILES.occupancy, OCCUPANCY_COLUMNS),
      occupancyPlan,
      keys,
    );
  }

  /**
   * Appends one replication of one plan (`summary.plan`): its rows and its summary, and for the
   * occupancy plan its occupancy rows too.
   */
  async append(rows: ReplicationRowsText, summary: ReplicationSummary): Promise<void> {
    const files = this.plans.get(summary.plan);
    if (files === undefined) throw new Error(`plan "${summary.plan}" is not being compared`);
    await files.incidents.append(rows.incidents);
    await files.responders.append(rows.responders);
    await files.summary.append(formatSummaryRows([summary], this.keys));
    if (summary.plan === this.occupancyPlan) {
      await this.occupancy.append(expectOccupancy(rows, summary.replication));
    }
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    const all = [...this.plans.values()].flatMap((f) => [f.summary, f.incidents, f.responders]);
    await Promise.all([...all, this.occupancy].map((file) => file.close()));
  }
}
