/**
 * How a worker thread that dies without an error of its own is reported: running out of memory
 * (Node stops the thread and says only "JS heap out of memory") or stopping with an exit code.
 * Each becomes one line that says what happened and what can be done about it.
 *
 * A thread's heap limit is known only inside the thread (Node's `worker.resourceLimits` shows
 * what was asked, not the `--max-old-space-size` that overrides it), and a thread that ran out of
 * memory can no longer be asked: so each thread writes its limit at start into memory it shares
 * with its pool ({@link ThreadData}), where the pool reads it when a thread dies.
 */
import { getHeapStatistics } from 'node:v8';

/** What a pool shares with each of its threads (as the thread's `workerData`). */
export interface ThreadData {
  /** The threads' heap limit in bytes, written by each thread as it starts; 0 until then. */
  readonly heapLimit: Float64Array;
}

/** The data of a new pool's threads: shared memory, in which no thread has written yet. */
export function sharedThreadData(): ThreadData {
  return { heapLimit: new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)) };
}

/**
 * In a thread: writes its heap limit into the data its pool gave it (`workerData`), if the pool
 * gave one (a thread started some other way has nothing to write into).
 */
export function recordHeapLimit(workerData: unknown): void {
  const heapLimit = (workerData as Partial<ThreadData> | null | undefined)?.heapLimit;
  if (heapLimit instanceof Float64Array) heapLimit[0] = getHeapStatistics().heap_size_limit;
}

/** Node's code for a worker thread it stopped because its heap was full. */
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A worker thread stopped by Node because its JavaScript heap was full. The remedy named is the
 * one that works for threads: Node's `--max-old-space-size` (given through NODE_OPTIONS) raises
 * the heap limit of the main thread and of every worker thread alike.
 */
export class ThreadOutOfMemoryError extends Error {
  override readonly name = 'ThreadOutOfMemoryError';

  /** @param heapLimitMb the thread's heap limit in MB of 2^20 bytes (as Node counts them), when the thread told it */
  constructor(readonly heapLimitMb: number | undefined) {
    const limit = heapLimitMb === undefined ? '' : ` (heap limit ${heapLimitMb} MB)`;
    super(
      `a worker thread ran out of memory${limit}; if the machine has more memory, raise the ` +
        'limit of every thread with NODE_OPTIONS=--max-old-space-size=MB',
    );
  }
}

/** A worker thread that stopped, with `exitCode`, without reporting an error. */
export class ThreadExitError extends Error {
  override readonly name = 'ThreadExitError';

  constructor(readonly exitCode: number) {
    super(
      `a worker thread stopped unexpectedly (exit code ${exitCode}) without reporting an error; ` +
        'this is a bug in peakwatch: please report it with the command line',
    );
  }
}

/**
 * What to fail a dead thread's job with, given the error the thread emitted: a
 * {@link ThreadOutOfMemoryError} (with the heap limit the thread wrote into `data`) for Node's
 * out-of-memory stop; any other error as it is (it has a message and a stack of its own).
 */
export function deathError(error: Error, data: ThreadData): Error {
  if ((error as NodeJS.ErrnoException).code !== OUT_OF_MEMORY) return error;
  const bytes = data.heapLimit[0]!;
  return new ThreadOutOfMemoryError(bytes > 0 ? Math.round(bytes / 2 ** 20) : undefined);
}
