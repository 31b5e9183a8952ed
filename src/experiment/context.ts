/**
 * What every experiment command (run, compare) is given besides its own choices: the loaded
 * scenario, the seed, the workers, where to write, and how to report and stop.
 */

import type { ProgressOptions } from '../output/progress.js';
import type { RecordSelection } from '../output/record-selection.js';
import type { Scenario } from '../scenario/types.js';
import type { SharedWorkers } from './executor.js';

/** Settings shared by `runPlan` and `runComparison`. */
export interface ExperimentContext {
  /** The scenario, loaded and validated (copied as is to every worker thread, if any). */
  readonly scenario: Scenario;
  /** Master seed (the scenario's, unless `--seed` overrides it). */
  readonly seed: number;
  /** Parallel jobs (`--workers`): the main thread for 1, otherwise that many worker threads. */
  readonly workers: number;
  /**
   * Workers already open (a sweep's, for all its points): the experiment runs on them and
   * leaves them open, instead of opening workers of its own.
   */
  readonly sharedWorkers?: SharedWorkers | undefined;
  /** Replications of the whole experiment (all shards together). */
  readonly replications: number;
  /** The results directory (`--results-dir`). */
  readonly resultsDir: string;
  /** A folder name chosen with `--out`. */
  readonly out?: string | undefined;
  /** The command line, for the manifest. */
  readonly commandLine: string;
  /** Aborted to stop the run (a signal arrived); its reason is thrown. */
  readonly signal?: AbortSignal | undefined;
  /** The record files to write (`--outputs`; default every one). Summaries are always written. */
  readonly records?: RecordSelection | undefined;
  /** Where progress goes (default stderr). */
  readonly progressStream?: ProgressOptions['stream'];
}
