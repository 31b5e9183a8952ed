/**
 * The CSV files of `peakwatch compare`, open while the replications come in. Each plan has its
 * summaries (summary-<plan>.csv) and, when asked for, its records (incidents-<plan>.csv,
 * responders-<plan>.csv, with the columns of `run`'s files of those names); the crowd, which does
 * not depend on the plan, has one occupancy.csv written whole at the start and one demand.csv
 * filled from one plan's replications. comparison.csv is written once every summary is in
 * (run-comparison.ts). Nothing but the summaries is kept in memory.
 *
 * @example
 * ```ts
 * const files = ComparisonFiles.open((name) => folder.file(name), ['base', 'more-cars'], keys, 'base', ALL_RECORDS, occupancyText);
 * await files.append(rows, summary); // summary.plan says whose files get the rows
 * await files.close();
 * ```
 */

import type { ReplicationSummary } from '../stats/measures.js';
import { columnNames, DEMAND_COLUMNS, INCIDENT_COLUMNS, RESPONDER_COLUMNS } from './csv-columns.js';
import { CsvFile } from './csv-file.js';
import type { RecordSelection } from './record-selection.js';
import { expectRows, type ReplicationRows } from './replication-rows.js';
import { RUN_CSV_FILES, writeOccupancyFile } from './run-files.js';
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
export function comparisonCsvFiles(plans: readonly string[], selection: RecordSelection): string[] {
  return [
    COMPARISON_FILE,
    ...plans.map(planSummaryFile),
    ...(selection.incidents ? plans.map((plan) => planRecordFile('incidents', plan)) : []),
    ...(selection.responders ? plans.map((plan) => planRecordFile('responders', plan)) : []),
    ...(selection.occupancy ? [RUN_CSV_FILES.occupancy, RUN_CSV_FILES.demand] : []),
  ];
}

/** One plan's open files. */
interface PlanFiles {
  readonly summary: CsvFile;
  readonly incidents: CsvFile | null;
  readonly responders: CsvFile | null;
}

/** A comparison's per-replication CSV files (see the module comment). */
export class ComparisonFiles {
  private constructor(
    private readonly plans: ReadonlyMap<string, PlanFiles>,
    private readonly demand: CsvFile | null,
    private readonly demandPlan: string,
    private readonly keys: readonly string[],
  ) {}

  /**
   * Creates every file with its header, and occupancy.csv whole.
   *
   * @param pathOf where a file of the given name goes
   * @param keys the measure columns of the summary files
   * @param demandPlan the plan whose replications fill demand.csv (one of `plans`)
   * @param selection the record files to write
   * @param occupancyText the rows of occupancy.csv (ignored without `selection.occupancy`)
   */
  static open(
    pathOf: (name: string) => string,
    plans: readonly string[],
    keys: readonly string[],
    demandPlan: string,
    selection: RecordSelection,
    occupancyText: string,
  ): ComparisonFiles {
    const open = (chosen: boolean, name: string, columns: readonly string[]) =>
      chosen ? CsvFile.open(pathOf(name), columns) : null;
    const files = new Map(
      plans.map((plan) => [
        plan,
        {
          summary: CsvFile.open(pathOf(planSummaryFile(plan)), summaryHeader(keys)),
          incidents: open(
            selection.incidents,
            planRecordFile('incidents', plan),
            columnNames(INCIDENT_COLUMNS),
          ),
          responders: open(
            selection.responders,
            planRecordFile('responders', plan),
            columnNames(RESPONDER_COLUMNS),
          ),
        },
      ]),
    );
    if (selection.occupancy) writeOccupancyFile(pathOf(RUN_CSV_FILES.occupancy), occupancyText);
    return new ComparisonFiles(
      files,
      open(selection.occupancy, RUN_CSV_FILES.demand, columnNames(DEMAND_COLUMNS)),
      demandPlan,
      keys,
    );
  }

  /**
   * Appends one replication of one plan (`summary.plan`): its rows and its summary, and for the
   * demand plan its demand rows too.
   */
  async append(rows: ReplicationRows, summary: ReplicationSummary): Promise<void> {
    const files = this.plans.get(summary.plan);
    if (files === undefined) throw new Error(`plan "${summary.plan}" is not being compared`);
    const { replication } = summary;
    await files.incidents?.append(expectRows(rows.incidents, 'incident', replication));
    await files.responders?.append(expectRows(rows.responders, 'responder', replication));
    await files.summary.append(formatSummaryRows([summary], this.keys));
    if (summary.plan === this.demandPlan) {
      await this.demand?.append(expectRows(rows.demand, 'demand', replication));
    }
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    const all = [...this.plans.values()].flatMap((f) => [f.summary, f.incidents, f.responders]);
    await Promise.all([...all, this.demand].map((file) => file?.close()));
  }
}
