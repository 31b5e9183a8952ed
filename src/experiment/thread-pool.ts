/**
 * A pool of worker threads, each running one job at a time, with a lifecycle that leaves no
 * message unaccounted for:
 *
 * - a job is posted to an idle thread, which answers it with exactly one {@link ThreadReply};
 * - a job cancelled through its AbortSignal before it starts is dropped from the queue; once
 *   started, its thread is terminated (the only way to stop synchronous work), and the job
 *   settles, with the signal's reason, only after the thread has exited; a replacement thread is
 *   started when another job needs one;
 * - a thread that dies (an uncaught error, running out of memory, a failed start-up, an exit)
 *   fails the job it was running with that error, in one line (thread-death.ts says what
 *   running out of memory and an exit without an error mean);
 * - `close` terminates every thread and fails any job still queued.
 *
 * A thread's listeners are removed before it is terminated, so no answer can reach the pool
 * after its job has settled or after the pool is closed. Idle threads do not keep the process
 * alive.
 */
import { parentPort, type Worker, workerData } from 'node:worker_threads';
import {
  deathError,
  recordHeapLimit,
  sharedThreadData,
  type ThreadData,
  ThreadExitError,
} from './thread-death.js';

/**
 * How a thread answers a job: the job's value, or the message of the error it threw and its
 * stack trace (shown under --debug, where the error happened in the thread).
 */
export type ThreadReply<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly message: string; readonly stack?: string | undefined };

/** A job waiting for, or running on, a thread. */
interface PoolJob<T, R> {
  readonly task: T;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** A thread of the pool and the job it is running, if any. */
interface PoolThread<T, R> {
  readonly worker: Worker;
  readonly messenger: ThreadMessenger<T>;
  job: PoolJob<T, R> | undefined;
}

/**
 * How the tasks posted to one thread are turned into messages, when what a message carries
 * depends on what was posted to that thread before (one messenger per thread, made when the
 * thread starts).
 */
export interface ThreadMessenger<T> {
  /** The message that carries `task` to the thread. */
  message(task: T): unknown;
  /** Told that `message(task)` was posted (it was not when it could not be copied). */
  posted(task: T): void;
}

/** Posts each task as it is. */
const plainMessenger = <T>(): ThreadMessenger<T> => ({
  message: (task) => task,
  posted: () => {},
});

/**
 * Worker threads started by `startThread`, at most `size` of them, each answering jobs with
 * {@link answerJobs}.
 *
 * @example
 * ```ts
 * const pool = new ThreadPool<number, number>(() => new Worker(new URL('./square.js', import.meta.url)), 2);
 * try {
 *   await pool.run(7); // 49
 * } finally {
 *   await pool.close();
 * }
 * ```
 */
export class ThreadPool<T, R> {
  private readonly idle: PoolThread<T, R>[] = [];
  private readonly queue: PoolJob<T, R>[] = [];
  private readonly threads = new Set<PoolThread<T, R>>();
  /** Threads of cancelled jobs, being terminated (`close` waits for them too). */
  private readonly retiring = new Set<Promise<void>>();
  /** Shared with every thread, which writes its heap limit there (thread-death.ts). */
  private readonly threadData: ThreadData = sharedThreadData();
  private closed = false;

  /**
   * @param startThread starts one thread (called when a job needs one and fewer than `size` run),
   *   given the data to pass it as its `workerData` (where {@link answerJobs} writes the thread's
   *   heap limit, named if the thread runs out of memory)
   * @param size the most threads running at once
   * @param messenger makes the messenger of a thread as it starts (by default tasks are posted
   *   as they are)
   */
  constructor(
    private readonly startThread: (data: ThreadData) => Worker,
    readonly size: number,
    private readonly messenger: () => ThreadMessenger<T> = plainMessenger,
  ) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`a pool needs a whole number of threads of at least 1, got ${size}`);
    }
  }

  /**
   * Runs `task` on a thread; rejects with the thread's error, or with the signal's reason once
   * the job is cancelled (after its thread, if it had started, has exited).
   */
  run(task: T, signal?: AbortSignal): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<R>((resolve, reject) => {
      const job: PoolJob<T, R> = {
        task,
        resolve,
        reject,
        signal,
        onAbort: () => this.cancel(job),
      };
      signal?.addEventListener('abort', job.onAbort, { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Terminates every thread; jobs still queued or running fail. Waits until all have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      this.settle(job, false, new Error('the worker pool is closed'));
    }
    const threads = [...this.threads];
    this.threads.clear();
    await Promise.all([...threads.map((thread) => this.retire(thread)), ...this.retiring]);
    for (const thread of threads) {
      if (thread.job) this.settle(thread.job, false, new Error('the worker pool is closed'));
    }
  }

  /** Posts queued jobs to idle threads, starting threads while there are fewer than `size`. */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let thread = this.idle.pop();
      if (thread === undefined) {
        if (this.threads.size >= this.size) return;
        try {
          thread = this.start();
        } catch (error) {
          this.settle(this.queue.shift()!, false, error);
          continue;
        }
      }
      const job = this.queue.shift()!;
      thread.job = job;
      thread.worker.ref();
      try {
        thread.worker.postMessage(thread.messenger.message(job.task));
        thread.messenger.posted(job.task);
      } catch (error) {
        // The task could not be copied to the thread (not plain data): the thread is still fine.
        this.release(thread);
        this.settle(job, false, error);
      }
    }
  }

  /** Starts a thread and listens for its answers and its death. */
  private start(): PoolThread<T, R> {
    const thread: PoolThread<T, R> = {
      worker: this.startThread(this.threadData),
      messenger: this.messenger(),
      job: undefined,
    };
    this.threads.add(thread);
    thread.worker.on('message', (reply: ThreadReply<R>) => {
      const { job } = thread;
      if (job === undefined) return;
      this.release(thread);
      if (reply.ok) this.settle(job, true, reply.value);
      else this.settle(job, false, threadError(reply));
      this.dispatch();
    });
    thread.worker.on('error', (error) => this.lose(thread, deathError(error, this.threadData)));
    thread.worker.on('exit', (code) => this.lose(thread, new ThreadExitError(code)));
    return thread;
  }

  /** Puts a thread that finished its job back among the idle ones. */
  private release(thread: PoolThread<T, R>): void {
    thread.job = undefined;
    thread.worker.unref();
    this.idle.push(thread);
  }

  /** A thread died by itself: forget it and fail its job with the reason. */
  private lose(thread: PoolThread<T, R>, error: Error): void {
    if (!this.threads.delete(thread)) return;
    this.forgetIdle(thread);
    thread.worker.removeAllListeners();
    // Late events of a dead thread (an exit after its error) must not throw.
    thread.worker.on('error', () => {});
    const { job } = thread;
    thread.job = undefined;
    if (job) this.settle(job, false, error);
    this.dispatch();
  }

  /** Drops a queued job, or stops the thread running it; the job settles with the reason. */
  private cancel(job: PoolJob<T, R>): void {
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.settle(job, false, job.signal?.reason);
      return;
    }
    const thread = [...this.threads].find((candidate) => candidate.job === job);
    if (thread === undefined) return;
    this.threads.delete(thread);
    const retired = this.retire(thread).then(() => {
      this.retiring.delete(retired);
      this.settle(job, false, job.signal?.reason);
      this.dispatch();
    });
    this.retiring.add(retired);
  }

  /** Terminates a thread after removing its listeners, so that nothing it sent is read. */
  private async retire(thread: PoolThread<T, R>): Promise<void> {
    this.forgetIdle(thread);
    thread.worker.removeAllListeners();
    thread.worker.on('error', () => {});
    await thread.worker.terminate();
  }

  private forgetIdle(thread: PoolThread<T, R>): void {
    const index = this.idle.indexOf(thread);
    if (index !== -1) this.idle.splice(index, 1);
  }

  /** Settles a job once, and stops listening to its signal. */
  private settle(job: PoolJob<T, R>, ok: boolean, value: unknown): void {
    job.signal?.removeEventListener('abort', job.onAbort);
    if (ok) job.resolve(value as R);
    else job.reject(value);
  }
}

/**
 * The thread side of a {@link ThreadPool}: answers every job posted to this worker thread with
 * `handle`'s value, or with the message of the error it throws. Writes the thread's heap limit
 * where its pool reads it (the `workerData` the pool gave the thread).
 *
 * @param transfer the buffers of a value that move to the main thread instead of being copied
 *   (they become unusable here); none by default
 * @example answerJobs((n: number) => n * n); // in the worker file
 */
export function answerJobs<T, R>(
  handle: (task: T) => R | Promise<R>,
  transfer: (value: R) => ArrayBuffer[] = () => [],
): void {
  const port = parentPort;
  if (port === null) throw new Error('answerJobs runs only in a worker thread');
  recordHeapLimit(workerData);
  port.on('message', async (task: T) => {
    let reply: ThreadReply<R>;
    let buffers: ArrayBuffer[] = [];
    try {
      const value = await handle(task);
      buffers = transfer(value);
      reply = { ok: true, value };
    } catch (error) {
      reply =
        error instanceof Error
          ? { ok: false, message: error.message, stack: error.stack }
          : { ok: false, message: String(error) };
    }
    port.postMessage(reply, buffers);
  });
}

/** The error a thread's failed reply stands for: its message, and its stack when it sent one. */
function threadError(reply: { readonly message: string; readonly stack?: string | undefined }) {
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
