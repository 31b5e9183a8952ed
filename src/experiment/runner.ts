/**
 * Running the jobs of an experiment on an executor and handing back their outcomes in job order
 * (so output files are the same for any number of workers), while stopping cleanly: on a failed
 * job with a message naming its plan and replication, and on an aborted signal with the
 * signal's reason. Either way, every job started has settled before the error is thrown, so
 * nothing a thread sends can arrive after the caller has closed the executor.
 */
import type { ReplicationExecutor } from './executor.js';
import { runInOrder } from './in-order.js';
import type { ReplicationBlockOutcome, ReplicationOutcome, ReplicationTask } from './task.js';

/**
 * The most jobs in one block. A block is one message each way between the main thread and a
 * worker, so larger blocks cost fewer round trips, during which the worker would wait; but the
 * main thread holds up to every block in flight, rows and all, and a worker that finishes its
 * last block early idles while the other works through a large one.
 */
const MAX_BLOCK_SIZE = 8;

/** Blocks a worker gets, at the least, when there are enough jobs (balances the end of a run). */
const MIN_BLOCKS_PER_WORKER = 4;

/** A job that failed, with the plan and replication it was. */
export class ReplicationError extends Error {
  override readonly name = 'ReplicationError';

  constructor(
    readonly plan: string,
    readonly replication: number,
    cause: unknown,
  ) {
    super(
      `replication ${replication} of plan "${plan}" failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    // The stack (printed only under --debug) goes on to where the job failed, in its thread.
    if (cause instanceof Error && cause.stack !== undefined) {
      this.stack = `${this.stack}\nCaused by: ${cause.stack}`;
    }
  }
}

/**
 * Runs `tasks`, in blocks of consecutive tasks, and yields their outcomes in task order (so the
 * blocks change nothing in what is written). When a job fails, no further block starts,
 * the jobs in flight finish, and the iteration ends with a {@link ReplicationError}; when
 * `signal` is aborted, the jobs in flight are cancelled (their threads terminated) and it ends
 * with the signal's reason. The executor stays open (the caller closes it). Each block's
 * standards breakdown cells, summed over its jobs, go to `countCells` (in job order, before the
 * block's outcomes are yielded); a run that ends with an error has counted some of them.
 *
 * An outcome's rows may be views of memory that the executor reuses for a later block (in the
 * main thread): write them before asking for the next outcome, and do not keep them.
 */
export async function* runReplications(
  executor: ReplicationExecutor,
  tasks: readonly ReplicationTask[],
  signal?: AbortSignal,
  countCells: (cells: ReplicationBlockOutcome['breakdowns']) => void = () => {},
): AsyncGenerator<ReplicationOutcome, void, undefined> {
  const execute = async (block: readonly ReplicationTask[], cancel: AbortSignal | undefined) => {
    let outcome: Awaited<ReturnType<ReplicationExecutor['run']>>;
    try {
      outcome = await executor.run(block, cancel);
    } catch (error) {
      if (cancel?.aborted) throw cancel.reason;
      // The thread itself failed (it died, or could not prepare the model): the block's first
      // job is the one named.
      throw new ReplicationError(block[0]!.plan, block[0]!.replication, error);
    }
    const { failure } = outcome;
    if (failure) {
      const cause = new Error(failure.message);
      cause.stack = failure.stack ?? `Error: ${failure.message}`;
      throw new ReplicationError(failure.plan, failure.replication, cause);
    }
    return outcome;
  };
  const blocks = splitIntoBlocks(tasks, blockSize(tasks.length, executor.workers));
  for await (const { outcomes, breakdowns } of runInOrder(
    blocks,
    execute,
    executor.inFlight,
    signal,
  )) {
    signal?.throwIfAborted();
    countCells(breakdowns);
    for (const outcome of outcomes) {
      // Outcomes that finished before the abort are not handed out after it.
      signal?.throwIfAborted();
      yield outcome;
    }
  }
}

/**
 * Jobs per block for `jobs` jobs on `workers` threads: at least one, at most
 * {@link MAX_BLOCK_SIZE}, and small enough that each worker gets
 * {@link MIN_BLOCKS_PER_WORKER} blocks.
 *
 * @example blockSize(100, 1) // 8
 * @example blockSize(10, 2) // 2
 */
export function blockSize(jobs: number, workers: number): number {
  const balanced = Math.floor(jobs / (workers * MIN_BLOCKS_PER_WORKER));
  return Math.max(1, Math.min(MAX_BLOCK_SIZE, balanced));
}

/** `tasks` cut, in order, into blocks of `size` (the last may be shorter). */
function splitIntoBlocks<T>(tasks: readonly T[], size: number): T[][] {
  const blocks: T[][] = [];
  for (let start = 0; start < tasks.length; start += size) {
    blocks.push(tasks.slice(start, start + size));
  }
  return blocks;
}
