/**
 * The CSV files of `peakwatch run`, open while the replications come in. Each finished
 * replication appends its rows to incidents.csv, responders.csv and occupancy.csv and its
 * summary to summary.csv, so nothing but the summaries is kept in memory.
 *
 * @example
 * ```ts
 * const files = RunFiles.open((name) => folder.file(name), summaryMeasureKeys(scenario.incidentTypes, scenario.standards));
 * await files.append(rows, [summary]);
 * await files.close();
 * ```
 */

import type { ReplicationSummary } from '../stats/measures.js';
import {
  columnNames,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
} from './csv-columns.js';
import { CsvFile } from './csv-file.js';
import { expectOccupancy, type ReplicationRowsText } from './replication-rows.js';
import { formatSummaryRows, summaryHeader } from './summary-csv.js';

/** File names of a run's CSV files, in the order docs/outputs.md describes them. */
export const RUN_CSV_FILES = {
  incidents: 'incidents.csv',
  responders: 'responders.csv',
  occupancy: 'occupancy.csv',
  summary: 'summary.csv',
} as const;

/** A run's CSV files (see the module comment). */
export class RunFiles {
  private constructor(
    private readonly incidents: CsvFile,
    private readonly responders: CsvFile,
    private readonly occupancy: CsvFile,
    private readonly summary: CsvFile,
    private readonly keys: readonly string[],
  ) {}

  /**
   * Creates the four files with their headers.
   *
   * @param pathOf where a file of the given name goes
   * @param keys the measure columns of summary.csv
   */
  static open(pathOf: (name: string) => string, keys: readonly string[]): RunFiles {
    return new RunFiles(
      CsvFile.open(pathOf(RUN_CSV_FILES.incidents), columnNames(INCIDENT_COLUMNS)),
      CsvFile.open(pathOf(RUN_CSV_FILES.responders), columnNames(RESPONDER_COLUMNS)),
      CsvFile.open(pathOf(RUN_CSV_FILES.occupancy), columnNames(OCCUPANCY_COLUMNS)),
      CsvFile.open(pathOf(RUN_CSV_FILES.summary), summaryHeader(keys)),
      keys,
    );
  }

  /** Appends one replication: its rows (occupancy included) and its summary. */
  async append(rows: ReplicationRowsText, summary: ReplicationSummary): Promise<void> {
    await this.incidents.append(rows.incidents);
    await this.responders.append(rows.responders);
    await this.occupancy.append(expectOccupancy(rows, summary.replication));
    await this.summary.append(formatSummaryRows([summary], this.keys));
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    await Promise.all(
      [this.incidents, this.responders, this.occupancy, this.summary].map((f) => f.close()),
    );
  }
}
