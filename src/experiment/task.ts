/**
 * What the experiment layer sends to a worker and gets back: a block of (plan, replication) jobs
 * taken in order from the experiment's list, and their outcomes in the same order. Tasks
 * and outcomes are plain data, so they cross thread boundaries by structured clone; the rows come
 * back as CSV bytes already formatted in the worker, which spreads the formatting over the workers
 * and sends one buffer per file (moved, not copied: {@link outcomeBuffers}) instead of thousands
 * of objects; the standards' breakdown cells come back as numbers, moved too.
 */
import type { RecordSelection } from '../output/record-selection.js';
import type { ReplicationRows } from '../output/replication-rows.js';
import type { Scenario } from '../scenario/types.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import type { CellCounts } from './breakdown-tally.js';

/** What every job of an experiment shares; given to each worker once, with its first block. */
export interface ExperimentSetup {
  /**
   * The scenario as the main thread loaded and validated it: plain frozen data, copied to each
   * worker by structured clone (a worker never reads the file again).
   */
  readonly scenario: Scenario;
  /** Whether jobs return their CSV rows (run, compare) or only their summaries (benchmark). */
  readonly rows: boolean;
  /** With `rows`, which record files' rows (default every one; `--outputs`). */
  readonly records?: RecordSelection | undefined;
  /**
   * The standards' breakdowns each job counts (by site × hour, and those of `--by`); none when
   * absent. Counted where the incidents are, so that they are never read back from the files.
   */
  readonly breakdowns?: readonly (readonly BreakdownDimension[])[] | undefined;
}

/**
 * A block of jobs of one experiment, as an executor that serves several experiments takes it:
 * `experiment` tells the experiments apart (each worker prepares an experiment once and keeps it
 * for its later blocks).
 */
export interface ExperimentBlock {
  readonly experiment: number;
  readonly setup: ExperimentSetup;
  readonly block: readonly ReplicationTask[];
}

/**
 * What the main thread posts to a replication thread: the block, with the setup only when the
 * thread does not hold the experiment prepared, and the experiments the thread is to forget
 * (the main thread decides, so that it always knows what each thread holds).
 */
export interface ThreadBlock {
  readonly experiment: number;
  readonly setup: ExperimentSetup | undefined;
  readonly forget: readonly number[];
  readonly block: readonly ReplicationTask[];
}

/** One job: a replication of a plan. */
export interface ReplicationTask {
  readonly plan: string;
  /** Replication number (1-based); it keys the random streams together with `seed`. */
  readonly replication: number;
  /** Master seed of the random streams for this job (see streams.ts). */
  readonly seed: number;
  /**
   * Whether its rows include the replication's demand multipliers (demand.csv, the
   * per-replication part of the crowd's occupancy). The crowd does not depend on the plan, so a
   * comparison asks one plan per replication for them.
   */
  readonly occupancy: boolean;
}

/** What one job produced. */
export interface ReplicationOutcome {
  readonly plan: string;
  readonly replication: number;
  readonly summary: ReplicationSummary;
  /** The rows, when the experiment asked for them. */
  readonly rows: ReplicationRows | null;
  /** Engine events processed (for the benchmark). */
  readonly events: number;
}

/**
 * The buffers of a block's rows and of its breakdown cells' numbers, to be moved rather than
 * copied to the main thread (each is a buffer of its own, so none is listed twice).
 */
export function outcomeBuffers(block: ReplicationBlockOutcome): ArrayBuffer[] {
  const rows = block.outcomes.flatMap((outcome) =>
    outcome.rows === null
      ? []
      : [outcome.rows.incidents, outcome.rows.responders, outcome.rows.demand].flatMap((bytes) =>
          bytes === null ? [] : [bytes.buffer as ArrayBuffer],
        ),
  );
  return [...rows, ...block.breakdowns.records.map((records) => records.buffer as ArrayBuffer)];
}

/**
 * What a block of jobs produced: the outcomes of its jobs in order, up to the first that failed,
 * and that job's failure (the worker stops the block there).
 */
export interface ReplicationBlockOutcome {
  readonly outcomes: readonly ReplicationOutcome[];
  /**
   * The cells of each of the setup's `breakdowns`, in its order (none when none), of every
   * replication of `outcomes`, as numbers; added up per plan, standard and group when the block
   * repeats a plan, so that a run's thread sends, and the main thread adds up, one list per
   * block rather than one per replication (docs/performance.md). A cell's key may appear more
   * than once.
   */
  readonly breakdowns: CellCounts;
  readonly failure?: ReplicationFailure;
}

/** The job of a block that threw, and the message and stack trace of what it threw. */
export interface ReplicationFailure {
  readonly plan: string;
  readonly replication: number;
  readonly message: string;
  /** Where it was thrown, in the thread that ran the job (shown under --debug). */
  readonly stack?: string | undefined;
}
