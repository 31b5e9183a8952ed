/**
 * What `run` and `compare` do with their jobs: run them on an executor that returns CSV rows,
 * append each outcome to the command's files in job order, keep its summary for the tables and
 * count it on the progress report.
 */

import { prepareScenarioModel } from '../model/scenario-model.js';
import { formatExpectedOccupancy } from '../output/expected-occupancy.js';
import { type Progress, startProgress } from '../output/progress.js';
import { ALL_RECORDS, type RecordSelection } from '../output/record-selection.js';
import type { ReplicationRows } from '../output/replication-rows.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { BreakdownTally } from './breakdown-tally.js';
import type { ExperimentContext } from './context.js';
import { openExecutor, type ReplicationExecutor } from './executor.js';
import { runReplications } from './runner.js';
import type { ReplicationBlockOutcome, ReplicationTask } from './task.js';

/** A command's open CSV files (RunFiles, ComparisonFiles). */
export interface ReplicationFiles {
  /** Appends one replication's rows and summary. */
  append(rows: ReplicationRows, summary: ReplicationSummary): Promise<void>;
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
   * @param workers parallel jobs (unless the context's shared workers run them)
   * @param files where each outcome is appended (closed by {@link close})
   * @param progress the jobs expected at first and the name of one
   * @param tally where each outcome's standards breakdown cells are added (none: not counted)
   */
  constructor(
    private readonly context: ExperimentContext,
    workers: number,
    private readonly files: ReplicationFiles,
    progress: { readonly total: number; readonly unit: string; readonly cap?: boolean },
    private readonly tally?: BreakdownTally,
  ) {
    const setup = {
      scenario: context.scenario,
      rows: true,
      records: recordSelection(context),
      breakdowns: tally?.byList ?? [],
    };
    // Closing an experiment of shared workers leaves them open (their owner closes them).
    this.executor = context.sharedWorkers
      ? context.sharedWorkers.experiment(setup)
      : openExecutor(setup, workers);
    this.progress = startProgress({ ...progress, stream: context.progressStream });
  }

  /** Runs `tasks` and records their outcomes in task order. */
  async record(tasks: readonly ReplicationTask[]): Promise<void> {
    const count = (cells: ReplicationBlockOutcome['breakdowns']) => this.tally?.addCounts(cells);
    for await (const outcome of runReplications(this.executor, tasks, this.context.signal, count)) {
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

/** The record files an experiment writes: `--outputs`, or every one. */
export function recordSelection(context: Pick<ExperimentContext, 'records'>): RecordSelection {
  return context.records ?? ALL_RECORDS;
}

/**
 * The rows of occupancy.csv when the experiment writes it (the empty text otherwise): the
 * expected occupancy by entry day, computed once for the whole experiment.
 */
export function occupancyText(context: Pick<ExperimentContext, 'records' | 'scenario'>): string {
  if (!recordSelection(context).occupancy) return '';
  return formatExpectedOccupancy(prepareScenarioModel(context.scenario));
}
