/**
 * The CSV files of `peakwatch run`, open while the replications come in. Each finished
 * replication appends its rows to the record files asked for (incidents.csv, responders.csv,
 * demand.csv) and its summary to summary.csv, so nothing but the summaries is kept in memory.
 * occupancy.csv does not vary between replications: it is written whole when the files open.
 *
 * @example
 * ```ts
 * const files = RunFiles.open((name) => folder.file(name), keys, ALL_RECORDS, occupancyText);
 * await files.append(rows, [summary]);
 * await files.close();
 * ```
 */

import { writeFileSync } from 'node:fs';
import type { ReplicationSummary } from '../stats/measures.js';
import {
  columnNames,
  DEMAND_COLUMNS,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
} from './csv-columns.js';
import { CsvFile } from './csv-file.js';
import { formatCsvRows } from './csv-format.js';
import type { RecordSelection } from './record-selection.js';
import { expectRows, type ReplicationRows } from './replication-rows.js';
import { formatSummaryRows, summaryHeader } from './summary-csv.js';

/** File names of a run's CSV files, in the order docs/outputs.md describes them. */
export const RUN_CSV_FILES = {
  incidents: 'incidents.csv',
  responders: 'responders.csv',
  occupancy: 'occupancy.csv',
  demand: 'demand.csv',
  summary: 'summary.csv',
} as const;

/**
 * Files written whole once per experiment, the same in every shard (merge copies one of them
 * instead of joining them).
 */
export const ONCE_PER_EXPERIMENT_FILES: readonly string[] = [RUN_CSV_FILES.occupancy];

/** The CSV files of a run writing the given record files, in the order of {@link RUN_CSV_FILES}. */
export function runCsvFiles(selection: RecordSelection): string[] {
  return [
    ...(selection.incidents ? [RUN_CSV_FILES.incidents] : []),
    ...(selection.responders ? [RUN_CSV_FILES.responders] : []),
    ...(selection.occupancy ? [RUN_CSV_FILES.occupancy, RUN_CSV_FILES.demand] : []),
    RUN_CSV_FILES.summary,
  ];
}

/** Writes occupancy.csv whole: its header and `text`, its rows. */
export function writeOccupancyFile(path: string, text: string): void {
  writeFileSync(path, formatCsvRows([columnNames(OCCUPANCY_COLUMNS)]) + text);
}

/** A run's CSV files (see the module comment). */
export class RunFiles {
  private constructor(
    private readonly incidents: CsvFile | null,
    private readonly responders: CsvFile | null,
    private readonly demand: CsvFile | null,
    private readonly summary: CsvFile,
    private readonly keys: readonly string[],
  ) {}

  /**
   * Creates the files with their headers, and occupancy.csv whole.
   *
   * @param pathOf where a file of the given name goes
   * @param keys the measure columns of summary.csv
   * @param selection the record files to write
   * @param occupancyText the rows of occupancy.csv (ignored without `selection.occupancy`)
   */
  static open(
    pathOf: (name: string) => string,
    keys: readonly string[],
    selection: RecordSelection,
    occupancyText: string,
  ): RunFiles {
    const open = (chosen: boolean, name: string, columns: readonly string[]) =>
      chosen ? CsvFile.open(pathOf(name), columns) : null;
    if (selection.occupancy) writeOccupancyFile(pathOf(RUN_CSV_FILES.occupancy), occupancyText);
    return new RunFiles(
      open(selection.incidents, RUN_CSV_FILES.incidents, columnNames(INCIDENT_COLUMNS)),
      open(selection.responders, RUN_CSV_FILES.responders, columnNames(RESPONDER_COLUMNS)),
      open(selection.occupancy, RUN_CSV_FILES.demand, columnNames(DEMAND_COLUMNS)),
      CsvFile.open(pathOf(RUN_CSV_FILES.summary), summaryHeader(keys)),
      keys,
    );
  }

  /** Appends one replication: its rows (of the files being written) and its summary. */
  async append(rows: ReplicationRows, summary: ReplicationSummary): Promise<void> {
    const { replication } = summary;
    await this.incidents?.append(expectRows(rows.incidents, 'incident', replication));
    await this.responders?.append(expectRows(rows.responders, 'responder', replication));
    await this.demand?.append(expectRows(rows.demand, 'demand', replication));
    await this.summary.append(formatSummaryRows([summary], this.keys));
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    const files = [this.incidents, this.responders, this.demand, this.summary];
    await Promise.all(files.map((f) => f?.close()));
  }
}
