/**
 * Two workers or more: the main thread is one of the workers, alongside worker threads. Which
 * worker gets a block is checked with stand-in executors that record what they were handed and
 * settle when told; a real executor of two workers is checked to start a single thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplicationExecutor } from '../../src/experiment/executor.js';
import { openExecutor } from '../../src/experiment/executor.js';
import { openSharedExecutor } from '../../src/experiment/shared-executor.js';
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

  it('starts one thread for two workers: the main thread is the other', async () => {
    // A worker file that does not exist: a thread's block fails, the main thread's succeeds.
    vi.stubEnv('PEAKWATCH_WORKER_FILE', 'no/such/worker.js');
    const setup = { scenario: tinyScenario(), rows: true };
    const executor = openExecutor(setup, 2);
    try {
      const onThread = executor.run(block(1));
      const onMain = executor.run(block(2));
      await expect(onThread).rejects.toThrow();
      expect((await onMain).outcomes).toEqual([
        simulateTask(prepareExperiment(setup), block(2)[0]!),
      ]);
    } finally {
      await executor.close();
    }
  });
});
