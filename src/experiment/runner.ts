/**
 * Running the jobs of an experiment on an executor and handing back their outcomes in job order
 * (so output files are the same for any number of workers), while stopping cleanly: on a failed
 * job with a message naming its plan and replication, and on an aborted signal with the
 * signal's reason. Either way, every job started has settled before the error is thrown, so
 * nothing a thread sends can arrive after the caller has closed the executor.
 */
import type { ReplicationExecutor } from './executor.js';
import { runInOrder } from './in-order.js';
import type { ReplicationOutcome, ReplicationTask } from './task.js';

/** Jobs kept in flight per worker: enough that no worker waits while results are written. */
const JOBS_IN_FLIGHT_PER_WORKER = 2;

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
  }
}

/**
 * Runs `tasks` and yields their outcomes in task order. When a job fails, no further job starts,
 * the jobs in flight finish, and the iteration ends with a {@link ReplicationError}; when
 * `signal` is aborted, the jobs in flight are cancelled (their threads terminated) and it ends
 * with the signal's reason. The executor stays open (the caller closes it).
 */
export async function* runReplications(
  executor: ReplicationExecutor,
  tasks: readonly ReplicationTask[],
  signal?: AbortSignal,
): AsyncGenerator<ReplicationOutcome, void, undefined> {
  const execute = async (task: ReplicationTask, cancel: AbortSignal | undefined) => {
    try {
      return await executor.run(task, cancel);
    } catch (error) {
      if (cancel?.aborted) throw cancel.reason;
      throw new ReplicationError(task.plan, task.replication, error);
    }
  };
  const window = executor.workers * JOBS_IN_FLIGHT_PER_WORKER;
  for await (const outcome of runInOrder(tasks, execute, window, signal)) {
    // Outcomes that finished before the abort are not handed out after it.
    signal?.throwIfAborted();
    yield outcome;
  }
}
