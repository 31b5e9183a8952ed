/**
 * The worker pool's lifecycle, with small plain-JavaScript threads (they start in milliseconds):
 * jobs answered, threads that die, jobs cancelled while a thread is stuck in synchronous work,
 * and the failing-job race run many times.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/experiment/in-order.js';
import { ThreadOutOfMemoryError } from '../../src/experiment/thread-death.js';
import { ThreadPool } from '../../src/experiment/thread-pool.js';

/**
 * A thread answering each job (a number n) as the pool's threads do: n², after n milliseconds
 * of synchronous work; job -1 fails (with the stack of where it failed); job -2 spins forever;
 * job -3 exits the thread; job -4 keeps everything it allocates; job -5 answers its heap limit in
 * MB. Like a pool's own threads (answerJobs), it writes its heap limit where the pool said.
 */
const SQUARES = `
const { parentPort, threadId, workerData } = require('node:worker_threads');
workerData.heapLimit[0] = require('node:v8').getHeapStatistics().heap_size_limit;
parentPort.on('message', (n) => {
  if (n === -1) {
    const stack = 'Error: job -1 broke\\n    at breakJob (squares.js:1:1)';
    return parentPort.postMessage({ ok: false, message: 'job -1 broke', stack });
  }
  if (n === -2) for (;;) {}
  if (n === -3) process.exit(3);
  if (n === -4) for (const kept = []; ; ) kept.push(new Array(100000).fill(0.5));
  if (n === -5) {
    const square = require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20;
    return parentPort.postMessage({ ok: true, value: { square, thread: threadId } });
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, n);
  parentPort.postMessage({ ok: true, value: { square: n * n, thread: threadId } });
});`;

type Answer = { readonly square: number; readonly thread: number };

/** A pool of `size` threads running {@link SQUARES} (or `source`), with `options`. */
function pool(size: number, source = SQUARES, options: WorkerOptions = {}) {
  return new ThreadPool<number, Answer>(
    (workerData) => new Worker(source, { ...options, eval: true, workerData }),
    size,
  );
}

describe('ThreadPool', () => {
  it('answers every job, on at most `size` threads', async () => {
    const squares = pool(2);
    try {
      const answers = await Promise.all([5, 1, 4, 2, 3].map((n) => squares.run(n)));
      expect(answers.map((a) => a.square)).toEqual([25, 1, 16, 4, 9]);
      expect(new Set(answers.map((a) => a.thread)).size).toBeLessThanOrEqual(2);
    } finally {
      await squares.close();
    }
  });

  it("fails a job with its thread's error message, and goes on with the next", async () => {
    const squares = pool(1);
    try {
      const failed = squares.run(-1);
      await expect(failed).rejects.toThrow(/^job -1 broke$/);
      // The stack is the thread's, for --debug.
      await expect(failed.catch((error: Error) => error.stack)).resolves.toContain(
        'at breakJob (squares.js:1:1)',
      );
      await expect(squares.run(3)).resolves.toMatchObject({ square: 9 });
    } finally {
      await squares.close();
    }
  });

  it('fails the job of a thread that dies, in one line, and starts another thread', async () => {
    const squares = pool(1);
    try {
      await expect(squares.run(-3)).rejects.toThrow(
        /^a worker thread stopped unexpectedly \(exit code 3\) without reporting an error; [^\n]+$/,
      );
      await expect(squares.run(2)).resolves.toMatchObject({ square: 4 });
    } finally {
      await squares.close();
    }
  });

  it('fails the job of a thread that runs out of memory, naming its heap limit, and goes on', async () => {
    const resourceLimits = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 8 };
    const small = pool(1, SQUARES, { resourceLimits });
    try {
      const failed = small.run(-4);
      await expect(failed).rejects.toThrow(
        /^a worker thread ran out of memory \(heap limit \d+ MB\); [^\n]+--max-old-space-size/,
      );
      await expect(failed).rejects.toBeInstanceOf(ThreadOutOfMemoryError);
      // The limit named is the one the thread has, as the next thread (the same limits) says.
      const { square: limit } = await small.run(-5);
      await expect(failed).rejects.toMatchObject({ heapLimitMb: Math.round(limit) });
      expect(limit).toBeLessThan(100); // the small heap, not Node's default of gigabytes
      await expect(small.run(2)).resolves.toMatchObject({ square: 4 });
    } finally {
      await small.close();
    }
  });

  it('fails jobs with the error of a thread that cannot start', async () => {
    const broken = pool(2, "throw new Error('cannot load the model')");
    try {
      await expect(broken.run(1)).rejects.toThrow('cannot load the model');
    } finally {
      await broken.close();
    }
  });

  it('cancels a job stuck in synchronous work by terminating its thread', async () => {
    const squares = pool(1);
    try {
      const controller = new AbortController();
      // The second job waits behind the stuck one on the only thread: dropped, never started.
      const jobs = Promise.allSettled([
        squares.run(-2, controller.signal),
        squares.run(1, controller.signal),
      ]);
      setTimeout(() => controller.abort(new Error('stop now')), 50);
      expect((await jobs).map((job) => job.status === 'rejected' && String(job.reason))).toEqual([
        'Error: stop now',
        'Error: stop now',
      ]);
      // A new thread takes the next job.
      await expect(squares.run(2)).resolves.toMatchObject({ square: 4 });
    } finally {
      await squares.close();
    }
  });

  it('makes each thread its own messenger, told only of the messages it posted', async () => {
    // The thread answers with the number of messages its messenger had posted before this one.
    const echo = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ n, posted }) => {
  if (n === -2) for (;;) {}
  parentPort.postMessage({ ok: true, value: { square: n * n, thread: posted } });
});`;
    const numbered = new ThreadPool<number, Answer>(
      () => new Worker(echo, { eval: true }),
      1,
      () => {
        let posted = 0;
        return {
          // Job -4 cannot be copied to a thread (a function): it is never posted.
          message: (n) => (n === -4 ? () => n : { n, posted }),
          posted: () => {
            posted += 1;
          },
        };
      },
    );
    try {
      await expect(numbered.run(1)).resolves.toEqual({ square: 1, thread: 0 });
      await expect(numbered.run(-4)).rejects.toThrow();
      await expect(numbered.run(2)).resolves.toEqual({ square: 4, thread: 1 });
      // A cancelled job's thread is terminated; its replacement starts with a new messenger.
      const controller = new AbortController();
      const stuck = numbered.run(-2, controller.signal);
      setTimeout(() => controller.abort(new Error('stop now')), 50);
      await expect(stuck).rejects.toThrow('stop now');
      await expect(numbered.run(3)).resolves.toEqual({ square: 9, thread: 0 });
    } finally {
      await numbered.close();
    }
  });

  it('refuses jobs once closed, and fails the jobs still waiting', async () => {
    const squares = pool(1);
    const jobs = Promise.allSettled([squares.run(30), squares.run(1)]);
    await squares.close();
    expect((await jobs).map((job) => job.status === 'rejected' && String(job.reason))).toEqual([
      'Error: the worker pool is closed',
      'Error: the worker pool is closed',
    ]);
    await expect(squares.run(1)).rejects.toThrow('the worker pool is closed');
  });

  it('ends every run of a failing job with that error, with 1 and 2 threads, many times over', async () => {
    // The race of a failed job: other jobs' answers still on their way when the run ends. Every
    // run must end with the failed job's error, only once every job it started has settled, and
    // leave the pool's threads ready for the next run.
    for (const size of [1, 2]) {
      const squares = pool(size);
      try {
        for (let attempt = 0; attempt < 60; attempt += 1) {
          const failing = attempt % 6;
          const values = [3, 1, 4, 1, 5, 9].map((n, i) => (i === failing ? -1 : n % 4));
          const started = new Set<number>();
          const settled = new Set<number>();
          const execute = (i: number) => {
            started.add(i);
            return squares.run(values[i]!).finally(() => settled.add(i));
          };
          const seen: number[] = [];
          await expect(
            (async () => {
              for await (const answer of runInOrder([0, 1, 2, 3, 4, 5], execute, 2 * size)) {
                seen.push(answer.square);
              }
            })(),
          ).rejects.toThrow('job -1 broke');
          expect(seen.length).toBeLessThanOrEqual(failing);
          expect([...started].filter((i) => !settled.has(i))).toEqual([]);
        }
        await expect(squares.run(3)).resolves.toMatchObject({ square: 9 });
      } finally {
        await squares.close();
      }
    }
  });

  it('ends a run at once when its signal is aborted, with 1 and 2 threads, many times over', async () => {
    for (const size of [1, 2]) {
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const squares = pool(size);
        const controller = new AbortController();
        // Jobs that never finish by themselves: only cancelling them can end the run.
        const jobs = [2, -2, 1, -2, 3];
        const run = (async () => {
          for await (const _ of runInOrder(
            jobs,
            (n, signal) => squares.run(n, signal),
            2 * size,
            controller.signal,
          )) {
            // consume
          }
        })();
        setTimeout(() => controller.abort(new Error('interrupted')), attempt % 5);
        try {
          await expect(run).rejects.toThrow('interrupted');
        } finally {
          await squares.close();
        }
      }
    }
  });
});
