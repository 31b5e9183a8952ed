/**
 * Running the jobs of an experiment on an executor and handing back their outcomes in job order
 * (so output files are the same for any number of workers), while stopping cleanly: on a failed
 * job with a message naming its plan and replication, and on an aborted signal with the
 * signal's reason.
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
 * Runs `tasks` and yields their outcomes in task order. When a job fails, the jobs still running
 * are stopped and the iteration ends with a {@link ReplicationError}; when `signal` is aborted,
 * they are stopped and it ends with the signal's reason. The executor stays open (the caller
 * closes it).
 */
export async function* runReplications(
  executor: ReplicationExecutor,
  tasks: readonly ReplicationTask[],
  signal?: AbortSignal,
): AsyncGenerator<ReplicationOutcome, void, undefined> {
  const stop = new AbortController();
  const forward = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const execute = async (task: ReplicationTask) => {
    try {
      return await executor.run(task, stop.signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new ReplicationError(task.plan, task.replication, error);
    }
  };
  try {
    signal?.throwIfAborted();
    for await (const outcome of runInOrder(
      tasks,
      execute,
      executor.workers * JOBS_IN_FLIGHT_PER_WORKER,
    )) {
      // Outcomes that finished before the abort are not handed out after it.
      signal?.throwIfAborted();
      yield outcome;
    }
  } finally {
    signal?.removeEventListener('abort', forward);
    // Ending early (failure, abort, or the consumer stopped): stop the jobs still running.
    stop.abort();
  }
}
