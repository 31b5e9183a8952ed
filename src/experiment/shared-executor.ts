/**
 * Where jobs run with K ≥ 2 workers: the main thread is one of them, alongside K − 1 worker
 * threads. The main thread simulates its blocks in slices (main-thread-executor.ts), giving the
 * event loop a turn every few milliseconds to write the files, hand the threads their next
 * blocks and answer a stop signal; so K workers pay K − 1 thread start-ups, not K
 * (docs/performance.md, "Two workers: the main thread and a thread").
 */
import type { BlockExecutor } from './executor.js';
import type { ReplicationBlockOutcome } from './task.js';

/** A block waiting for a worker. */
interface WaitingBlock<J> {
  readonly block: J;
  readonly signal: AbortSignal | undefined;
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
 * An executor of the main thread (`main`, with rows of their own: a block's outcomes may wait
 * for earlier blocks of the threads before they are written) and worker threads (`threads`,
 * `threadCount` of them). A block goes to an idle thread, else to the main thread when it is
 * idle, else is queued in a thread (up to {@link BLOCKS_PER_THREAD} each), else waits here for
 * whichever is free first. A block aborted while it waits here is dropped.
 */
export function openSharedExecutor<J>(
  main: BlockExecutor<J>,
  threads: BlockExecutor<J>,
  threadCount: number,
): BlockExecutor<J> {
  const waiting: WaitingBlock<J>[] = [];
  let mainBusy = false;
  let inThreads = 0;
  let closed = false;

  const hand = (waiter: WaitingBlock<J>, executor: BlockExecutor<J>, settled: () => void): void => {
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    executor.run(waiter.block, waiter.signal).then(
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
      if (inThreads < threadCount || (mainBusy && inThreads < threadCount * BLOCKS_PER_THREAD)) {
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
    inFlight: (threadCount + 1) * BLOCKS_PER_THREAD,
    run(block, signal) {
      if (closed) return Promise.reject(new Error('the executor is closed'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<ReplicationBlockOutcome>((resolve, reject) => {
        const waiter: WaitingBlock<J> = {
          block,
          signal,
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
