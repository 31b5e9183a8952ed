/**
 * Where jobs run with K ≥ 2 workers: the main thread is one of them, alongside K − 1 worker
 * threads. The main thread simulates its blocks in slices (main-thread-executor.ts), giving the
 * event loop a turn every few milliseconds to write the files, hand the threads their next
 * blocks and answer a stop signal; so K workers pay K − 1 thread start-ups, not K
 * (docs/performance.md, "Two workers: the main thread and a thread").
 */
import type { ConsumerGate } from './consumer-gate.js';
import type { BlockExecutor } from './executor.js';
import type { ReplicationBlockOutcome } from './task.js';

/** A block waiting for a worker. */
interface WaitingBlock<J> {
  readonly block: J;
  readonly signal: AbortSignal | undefined;
  readonly consumer: ConsumerGate | undefined;
  readonly resolve: (outcome: ReplicationBlockOutcome) => void;
  readonly reject: (error: unknown) => void;
  readonly onAbort: () => void;
}

/**
 * Blocks a worker thread holds, running and queued, so that it never waits while the main
 * thread writes results or simulates (every pool of threads keeps this many in flight).
 */
export const BLOCKS_PER_THREAD = 2;

/**
 * Blocks in flight beyond those the workers hold, for the in-order writing: the main thread
 * runs on while a thread works through an earlier block (a thread's first blocks, in a V8 isolate
 * that is still compiling, take several times as long as the main thread's), instead of waiting
 * for it, idle, to write that block first (docs/performance.md, "Two workers by the clock").
 */
export const MAIN_THREAD_LEAD = 4;

/**
 * An executor of the main thread (`main`, with rows of their own: a block's outcomes may wait
 * for earlier blocks of the threads before they are written) and worker threads (`threads`,
 * `threadCount` of them). A block goes to an idle thread, else to the main thread when it is
 * idle, else is queued in a thread (up to {@link BLOCKS_PER_THREAD} each), else waits here for
 * whichever is free first. A block aborted while it waits here is dropped.
 *
 * @param starting one promise per thread that is starting (loading its modules, preparing the
 *   first experiment), settled once it is ready: until then that thread is given no block, so
 *   that the main thread runs the first blocks rather than waiting, to write them in order, for
 *   a block held by a thread that has not started
 */
export function openSharedExecutor<J>(
  main: BlockExecutor<J>,
  threads: BlockExecutor<J>,
  threadCount: number,
  starting: readonly Promise<unknown>[] = [],
): BlockExecutor<J> {
  const waiting: WaitingBlock<J>[] = [];
  let mainBusy = false;
  let inThreads = 0;
  let threadsUp = threadCount - starting.length;
  let closed = false;
  const up = () => {
    threadsUp += 1;
    dispatch();
  };
  for (const thread of starting) thread.then(up, up);

  const hand = (waiter: WaitingBlock<J>, executor: BlockExecutor<J>, settled: () => void): void => {
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    executor.run(waiter.block, waiter.signal, waiter.consumer).then(
      (outcome) => {
        settled();
        waiter.resolve(outcome);
        dispatch();
      },
      (error: unknown) => {
        settled();
        waiter.reject(error);
        dispatch();
      },
    );
  };

  function dispatch(): void {
    while (waiting.length > 0 && !closed) {
      if (inThreads < threadsUp || (mainBusy && inThreads < threadsUp * BLOCKS_PER_THREAD)) {
        inThreads += 1;
        hand(waiting.shift()!, threads, () => {
          inThreads -= 1;
        });
      } else if (!mainBusy) {
        mainBusy = true;
        hand(waiting.shift()!, main, () => {
          mainBusy = false;
        });
      } else {
        return;
      }
    }
  }

  return {
    workers: threadCount + 1,
    inFlight: (threadCount + 1) * BLOCKS_PER_THREAD + MAIN_THREAD_LEAD,
    ready: Promise.allSettled(starting).then(() => {}),
    run(block, signal, consumer) {
      if (closed) return Promise.reject(new Error('the executor is closed'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<ReplicationBlockOutcome>((resolve, reject) => {
        const waiter: WaitingBlock<J> = {
          block,
          signal,
          consumer,
          resolve,
          reject,
          onAbort: () => {
            const index = waiting.indexOf(waiter);
            if (index === -1) return;
            waiting.splice(index, 1);
            reject(signal?.reason);
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        waiting.push(waiter);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const waiter of waiting.splice(0)) {
        waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.reject(new Error('the executor is closed'));
      }
      await Promise.all([threads.close(), main.close()]);
    },
  };
}
