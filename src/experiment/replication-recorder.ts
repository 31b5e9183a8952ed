/**
 * What `run` and `compare` do with their jobs: run them on an executor that returns CSV rows,
 * append each outcome to the command's files in job order, keep its summary for the tables and
 * count it on the progress report.
 */

import { type Progress, startProgress } from '../output/progress.js';
import type { ReplicationRowsText } from '../output/replication-rows.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { ExperimentContext } from './context.js';
import { openExecutor, type ReplicationExecutor } from './executor.js';
import { runReplications } from './runner.js';
import type { ReplicationTask } from './task.js';

/** A command's open CSV files (RunFiles, ComparisonFiles). */
export interface ReplicationFiles {
  /** Appends one replication's rows and summary. */
  append(rows: ReplicationRowsText, summary: ReplicationSummary): Promise<void>;
  /** Flushes and closes every file. */
  close(): Promise<void>;
}

/**
 * Runs batches of jobs and records every outcome; close it whatever happens.
 *
 * @example
 * ```ts
 * const recorder = new ReplicationRecorder(options, workers, files, { total: 10, unit: 'replications' });
 * try {
 *   await recorder.record(tasks);
 * } finally {
 *   await recorder.close();
 * }
 * recorder.summaries; // one per task, in task order
 * ```
 */
export class ReplicationRecorder {
  /** Every recorded outcome's summary, in job order. */
  readonly summaries: ReplicationSummary[] = [];
  /** The progress report (a batch may grow its total). */
  readonly progress: Progress;
  private readonly executor: ReplicationExecutor;

  /**
   * @param context the scenario the jobs simulate, the signal that stops them and where progress goes
   * @param workers parallel jobs
   * @param files where each outcome is appended (closed by {@link close})
   * @param progress the jobs expected at first and the name of one
   */
  constructor(
    private readonly context: ExperimentContext,
    workers: number,
    private readonly files: ReplicationFiles,
    progress: { readonly total: number; readonly unit: string; readonly cap?: boolean },
  ) {
    const { scenario } = context;
    this.executor = openExecutor(
      scenario,
      { scenarioPath: scenario.file, scenarioHash: scenario.hash, rows: true },
      workers,
    );
    this.progress = startProgress({ ...progress, stream: context.progressStream });
  }

  /** Runs `tasks` and records their outcomes in task order. */
  async record(tasks: readonly ReplicationTask[]): Promise<void> {
    for await (const outcome of runReplications(this.executor, tasks, this.context.signal)) {
      await this.files.append(outcome.rows!, outcome.summary);
      this.summaries.push(outcome.summary);
      this.progress.advance();
    }
  }

  /** Ends the progress report, stops the workers and closes the files. */
  async close(): Promise<void> {
    this.progress.stop();
    await this.executor.close();
    await this.files.close();
  }
}
