/**
 * Two workers or more: the main thread is one of the workers, alongside worker threads. Which
 * worker gets a block is checked with stand-in executors that record what they were handed and
 * settle when told; a real executor of two workers is checked to start a single thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplicationExecutor } from '../../src/experiment/executor.js';
import { openExecutor } from '../../src/experiment/executor.js';
import { runReplications } from '../../src/experiment/runner.js';
import {
  BLOCKS_PER_THREAD,
  MAIN_THREAD_LEAD,
  openSharedExecutor,
} from '../../src/experiment/shared-executor.js';
import { prepareExperiment, simulateTask } from '../../src/experiment/simulate-task.js';
import type { ReplicationBlockOutcome, ReplicationTask } from '../../src/experiment/task.js';
import { tinyScenario } from './helpers.js';

/** A block of one job, told apart by its replication number. */
const block = (replication: number): ReplicationTask[] => [
  { plan: 'base', replication, seed: 11, occupancy: true },
];

/** An executor that keeps the blocks it is handed until the test settles them. */
function standIn() {
  const running: {
    readonly replication: number;
    readonly finish: (outcome: ReplicationBlockOutcome) => void;
    readonly fail: (error: Error) => void;
  }[] = [];
  const handed: number[] = [];
  let closed = false;
  const executor: ReplicationExecutor = {
    workers: 1,
    inFlight: 1,
    run: (blockOfJobs) =>
      new Promise((resolve, reject) => {
        handed.push(blockOfJobs[0]!.replication);
        running.push({ replication: blockOfJobs[0]!.replication, finish: resolve, fail: reject });
      }),
    close: async () => {
      closed = true;
    },
  };
  return { executor, running, handed, isClosed: () => closed };
}

/** Lets the promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the main thread and worker threads as workers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives a block to an idle thread, then to the idle main thread, then queues it in a thread', async () => {
    const main = standIn();
    const threads = standIn();
    const shared = openSharedExecutor(main.executor, threads.executor, 1);
    expect(shared.workers).toBe(2);
    const outcomes = [1, 2, 3, 4, 5].map((r) => shared.run(block(r)));
    await settle();
    // One thread, then the main thread, then a second block queued for the thread; 4 and 5 wait.
    expect(threads.handed).toEqual([1, 3]);
    expect(main.handed).toEqual([2]);
    // The main thread finishes first: the first waiting block is its.
    main.running[0]!.finish({ outcomes: [], breakdowns: { texts: [], records: [] } });
    await settle();
    expect(main.handed).toEqual([2, 4]);
    expect(threads.handed).toEqual([1, 3]);
    await expect(outcomes[1]).resolves.toEqual({
      outcomes: [],
      breakdowns: { texts: [], records: [] },
    });
    // A worker's failure is its block's, and takes nothing else down.
    threads.running[0]!.fail(new Error('thread died'));
    await expect(outcomes[0]).rejects.toThrow('thread died');
    await shared.close();
    expect(main.isClosed() && threads.isClosed()).toBe(true);
  });

  it('drops a waiting block when its signal is aborted, and fails waiting blocks on close', async () => {
    const main = standIn();
    const threads = standIn();
    const shared = openSharedExecutor(main.executor, threads.executor, 1);
    const controller = new AbortController();
    for (const r of [1, 2, 3]) void shared.run(block(r)).catch(() => {});
    const aborted = shared.run(block(4), controller.signal);
    const closedOn = shared.run(block(5));
    controller.abort(new Error('stop now'));
    await expect(aborted).rejects.toThrow('stop now');
    await shared.close();
    await expect(closedOn).rejects.toThrow('closed');
    // Neither was ever handed to a worker.
    expect([...main.handed, ...threads.handed].sort()).toEqual([1, 2, 3]);
  });

  it('gives a starting thread no block until it is ready: the main thread takes them', async () => {
    const main = standIn();
    const threads = standIn();
    let ready = () => {};
    const starting = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const shared = openSharedExecutor(main.executor, threads.executor, 1, [starting]);
    for (const r of [1, 2, 3]) void shared.run(block(r)).catch(() => {});
    await settle();
    expect(main.handed).toEqual([1]);
    expect(threads.handed).toEqual([]);
    main.running[0]!.finish({ outcomes: [], breakdowns: { texts: [], records: [] } });
    await settle();
    expect(main.handed).toEqual([1, 2]);
    // Ready: the thread takes the waiting block, and one more to queue.
    ready();
    await settle();
    expect(threads.handed).toEqual([3]);
    await shared.close();
  });

  it('lets the main thread run ahead while a thread works through its first block', async () => {
    const main = standIn();
    const threads = standIn();
    const shared = openSharedExecutor(main.executor, threads.executor, 1);
    // 15 jobs on two workers: blocks of one job (runner.ts, blockSize).
    const jobs: ReplicationTask[] = Array.from({ length: 15 }, (_, i) => block(i + 1)[0]!);
    const outcomeOf = (replication: number): ReplicationBlockOutcome => ({
      outcomes: [{ plan: 'base', replication, summary: {} as never, rows: null, events: 0 }],
      breakdowns: { texts: [], records: [] },
    });
    const executor: ReplicationExecutor = { ...shared, inFlight: shared.inFlight };
    const seen: number[] = [];
    const consumed = (async () => {
      for await (const outcome of runReplications(executor, jobs)) seen.push(outcome.replication);
    })();
    // The main thread finishes each block it is handed; the thread holds its first.
    for (let turn = 0; turn < 30; turn++) {
      await settle();
      for (const job of main.running.splice(0)) job.finish(outcomeOf(job.replication));
    }
    // Nothing is written before the thread's first block, yet the main thread ran on: the blocks
    // in flight are the thread's (its first and one queued) and the main thread's lead.
    expect(seen).toEqual([]);
    expect(threads.handed).toEqual([1, 3]);
    expect(main.handed.length).toBe(shared.inFlight - BLOCKS_PER_THREAD);
    expect(main.handed.length).toBeGreaterThanOrEqual(MAIN_THREAD_LEAD);
    // The thread finishes: every outcome comes, in order, whoever ran it.
    for (let turn = 0; turn < 60 && seen.length < jobs.length; turn++) {
      for (const job of threads.running.splice(0)) job.finish(outcomeOf(job.replication));
      for (const job of main.running.splice(0)) job.finish(outcomeOf(job.replication));
      await settle();
    }
    await consumed;
    expect(seen).toEqual(jobs.map((job) => job.replication));
    await shared.close();
  });

  it('starts one thread for two workers: the main thread is the other', async () => {
    // A worker file that does not exist: a thread's block fails, the main thread's succeeds.
    vi.stubEnv('PEAKWATCH_WORKER_FILE', 'no/such/worker.js');
    const setup = { scenario: tinyScenario(), rows: true };
    const executor = openExecutor(setup, 2);
    try {
      // The thread is starting (it fails to): the first block is the main thread's.
      expect((await executor.run(block(1))).outcomes).toEqual([
        simulateTask(prepareExperiment(setup), block(1)[0]!),
      ]);
      // Once the thread has given up, an idle thread's turn comes first: a block fails there.
      await executor.ready;
      await expect(executor.run(block(2))).rejects.toThrow();
    } finally {
      await executor.close();
    }
  });
});
