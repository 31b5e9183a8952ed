/**
 * Where jobs run with one worker: in the main thread, one block at a time, with the event loop
 * given a turn at the start of each block and then every few milliseconds, in the middle of a
 * replication too, so that progress output, file writes and a stop signal (Ctrl-C, SIGTERM) are
 * handled promptly however long a replication takes. There is no thread to start, no modules to
 * load again, no model to prepare again from a copy of the scenario, and no rows to copy: a
 * block's rows are views of one buffer that the next block reuses (docs/performance.md).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BlockExecutor } from './executor.js';
import { RecentCache } from './recent-cache.js';
import {
  type PreparedExperiment,
  preparedOrError,
  SLICE_EVENTS,
  simulateBlockSteps,
} from './simulate-task.js';
import type { ExperimentBlock, ReplicationBlockOutcome } from './task.js';

/**
 * The longest the main thread simulates without giving the event loop a turn, in milliseconds,
 * as far as the slices allow (docs/scaling.md). A turn costs some microseconds, so a turn per
 * slice of a short replication would cost more than it gives.
 */
const TURN_INTERVAL_MS = 10;

/**
 * An executor that runs its blocks in the main thread, one after another in the order given,
 * preparing each experiment at its first block and keeping the `keep` most recently used.
 * It takes one block at a time (`inFlight` 1): with `rows` 'view' (simulate-task.ts),
 * the rows of a block's outcomes are overwritten when the next block starts, so they must be
 * written before the next outcome is asked for; with 'copy', each outcome's rows are its own.
 * Aborting a block's signal rejects it with the signal's reason at its next turn, in the middle
 * of a replication if one is running: that replication is dropped.
 */
export function openMainThreadExecutor(
  keep: number,
  rows: 'copy' | 'view' = 'view',
): BlockExecutor<ExperimentBlock> {
  const experiments = new RecentCache<number, PreparedExperiment | Error>(keep);
  const preparedFor = ({ experiment, setup }: ExperimentBlock): PreparedExperiment | Error => {
    const known = experiments.get(experiment);
    if (known !== undefined) return known;
    const prepared = preparedOrError(setup, rows);
    experiments.set(experiment, prepared);
    return prepared;
  };
  let closed = false;
  // The block running or last queued: the next one starts once it has settled.
  let last: Promise<unknown> = Promise.resolve();
  return {
    workers: 1,
    inFlight: 1,
    run(job, signal) {
      if (closed) return Promise.reject(new Error('the executor is closed'));
      const done = last.then(() => {
        const prepared = preparedFor(job);
        if (prepared instanceof Error) throw prepared;
        const steps = simulateBlockSteps(prepared, job.block, SLICE_EVENTS);
        return runSteps(steps, signal, () => closed);
      });
      last = done.catch(() => {});
      return done;
    },
    async close() {
      closed = true;
      await last;
    },
  };
}

/**
 * Takes a block's steps, giving the event loop a turn before the first and then whenever
 * {@link TURN_INTERVAL_MS} have passed since the last; stops with the signal's reason when it
 * was aborted meanwhile, or when the executor was closed.
 */
async function runSteps(
  steps: Generator<undefined, ReplicationBlockOutcome, undefined>,
  signal: AbortSignal | undefined,
  isClosed: () => boolean,
): Promise<ReplicationBlockOutcome> {
  let lastTurn = Number.NEGATIVE_INFINITY;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - lastTurn < TURN_INTERVAL_MS) continue;
    await nextTurn();
    lastTurn = performance.now();
    signal?.throwIfAborted();
    if (isClosed()) throw new Error('the executor is closed');
  }
}
