import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/experiment/in-order.js';

/** A promise resolved or rejected from outside, to finish jobs in a chosen order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `runInOrder` over `jobs` (numbers, each its own result) with `window` jobs in flight, where the
 * test finishes each job through `pending` and sees in `started` which jobs have begun.
 */
function watchedRun(jobs: readonly number[], window: number) {
  const pending = jobs.map(() => deferred<number>());
  const started: number[] = [];
  const iterator = runInOrder(
    jobs,
    (j) => {
      started.push(j);
      return pending[j]!.promise;
    },
    window,
  );
  return { pending, started, iterator };
}

describe('runInOrder', () => {
  it('yields results in job order whatever order the jobs finish in', async () => {
    const jobs = [0, 1, 2, 3, 4, 5];
    const pending = jobs.map(() => deferred<string>());
    const iterator = runInOrder(jobs, (j) => pending[j]!.promise, 6);
    const collected: string[] = [];
    const consumer = (async () => {
      for await (const r of iterator) collected.push(r);
    })();
    // Finish in reverse order: nothing can be yielded until job 0 finishes.
    for (const j of [5, 4, 3, 2, 1]) pending[j]!.resolve(`r${j}`);
    await settle();
    expect(collected).toEqual([]);
    pending[0]!.resolve('r0');
    await consumer;
    expect(collected).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('never has more than `window` jobs started but not yet consumed', async () => {
    const jobs = Array.from({ length: 20 }, (_, i) => i);
    const { pending, started, iterator } = watchedRun(jobs, 3);
    const collected: number[] = [];
    const consumer = (async () => {
      for await (const r of iterator) collected.push(r);
    })();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    // Finishing a later job does not start another: job 0 still holds the window.
    pending[2]!.resolve(2);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const j of jobs) {
      pending[j]!.resolve(j);
      await settle();
      expect(started.length - collected.length).toBeLessThanOrEqual(3);
    }
    await consumer;
    expect(collected).toEqual(jobs);
  });

  it('fails with the first failed job, starts no further jobs, and ends only once the jobs in flight settle', async () => {
    const jobs = [0, 1, 2, 3, 4];
    const { pending, started, iterator } = watchedRun(jobs, 2);
    let ended = false;
    const consumer = (async () => {
      try {
        for await (const _ of iterator) {
          // consume
        }
      } finally {
        ended = true;
      }
    })();
    consumer.catch(() => {});
    await settle();
    // Job 0 is still running when job 1 fails: the iteration waits for it, starting nothing new.
    pending[1]!.reject(new Error('job 1 broke'));
    await settle();
    expect(ended).toBe(false);
    expect(started).toEqual([0, 1]);
    pending[0]!.resolve(0);
    await expect(consumer).rejects.toThrow('job 1 broke');
    expect(started).toEqual([0, 1]);
  });

  it('cancels the jobs in flight through the signal and ends with its reason once they settle', async () => {
    const jobs = [0, 1, 2, 3];
    const controller = new AbortController();
    const cancelled: number[] = [];
    const release = deferred<void>();
    const iterator = runInOrder(
      jobs,
      (j, signal) =>
        new Promise<number>((_, reject) => {
          // A job that takes its time to stop after being cancelled (like a thread exiting).
          signal?.addEventListener('abort', () => {
            cancelled.push(j);
            release.promise.then(() => reject(signal.reason));
          });
        }),
      3,
      controller.signal,
    );
    let ended = false;
    const consumer = (async () => {
      try {
        for await (const _ of iterator) {
          // consume
        }
      } finally {
        ended = true;
      }
    })();
    consumer.catch(() => {});
    await settle();
    controller.abort(new Error('stop now'));
    await settle();
    expect(cancelled).toEqual([0, 1, 2]);
    expect(ended).toBe(false);
    release.resolve();
    await expect(consumer).rejects.toThrow('stop now');
  });

  it('waits for the jobs in flight when the consumer stops early', async () => {
    const jobs = [0, 1, 2];
    const { pending, iterator } = watchedRun(jobs, 3);
    pending[0]!.resolve(0);
    await expect(iterator.next()).resolves.toEqual({ value: 0, done: false });
    let returned = false;
    const stop = iterator.return(undefined).then(() => {
      returned = true;
    });
    await settle();
    expect(returned).toBe(false);
    pending[1]!.resolve(1);
    pending[2]!.reject(new Error('late failure, ignored'));
    await stop;
    expect(returned).toBe(true);
  });

  it('treats a synchronous throw like a failed job', async () => {
    const iterator = runInOrder(
      [1],
      () => {
        throw new Error('sync');
      },
      1,
    );
    await expect(iterator.next()).rejects.toThrow('sync');
  });
});

describe('runInOrder memory', () => {
  it('keeps no result once it has been consumed (memory stays flat over many jobs)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const refs: WeakRef<object>[] = [];
    let retained = -1;
    const jobs = Array.from({ length: 200 }, (_, i) => i);
    for await (const result of runInOrder(
      jobs,
      async (j) => ({ j, payload: new Array(1000).fill(j) }),
      4,
    )) {
      if (result.j < 50) refs.push(new WeakRef(result));
      if (result.j === 150) {
        // Mid-run, while the iteration is alive: WeakRefs hold their target until the current
        // task ends, so let it end, then collect.
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        retained = refs.filter((ref) => ref.deref() !== undefined).length;
      }
    }
    expect(retained).toBe(0);
  });
});
