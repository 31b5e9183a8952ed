/**
 * One worker runs its jobs in the main thread: no thread is started, the rows are views of one
 * buffer that the next block reuses (so the runner hands over one block at a time, and each
 * outcome must be written before the next is asked for), and its blocks run in steps small
 * enough that a stop signal is answered in the middle of a long replication, with outcomes that
 * do not depend on the steps.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExecutor } from '../../src/experiment/executor.js';
import { runReplications } from '../../src/experiment/runner.js';
import {
  prepareExperiment,
  simulateBlock,
  simulateBlockSteps,
  simulateTask,
} from '../../src/experiment/simulate-task.js';
import type { ReplicationTask } from '../../src/experiment/task.js';
import { tinyScenario } from './helpers.js';

const scenario = tinyScenario();
const setup = { scenario, rows: true };

/** `count` replications of each plan, the first plan's with their demand rows. */
function tasks(plans: readonly string[], count: number): ReplicationTask[] {
  return Array.from({ length: count }, (_, i) => i + 1).flatMap((replication) =>
    plans.map((plan) => ({ plan, replication, seed: 11, occupancy: plan === plans[0] })),
  );
}

/** The rows of an outcome as text, copied out of whatever memory holds them. */
function rowText(rows: { readonly [file: string]: Uint8Array | null }): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rows).map(([file, bytes]) => [
      file,
      bytes === null ? '' : Buffer.from(bytes).toString(),
    ]),
  );
}

describe('one worker', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('runs in the main thread: no worker thread is started', async () => {
    // A worker file that does not exist: any thread started would fail its job.
    vi.stubEnv('PEAKWATCH_WORKER_FILE', 'no/such/worker.js');
    const job: ReplicationTask = { plan: 'base', replication: 3, seed: 11, occupancy: true };
    const expected = simulateTask(prepareExperiment(setup), job);
    const one = openExecutor(setup, 1);
    try {
      expect((await one.run([job])).outcomes).toEqual([expected]);
    } finally {
      await one.close();
    }
    // The same stub does stop a pool of threads (so the check above can fail).
    const two = openExecutor(setup, 2);
    try {
      await expect(two.run([job])).rejects.toThrow();
    } finally {
      await two.close();
    }
  });

  it('hands every outcome rows that stay whole until the next outcome is asked for', async () => {
    // A block of up to 8 replications' rows shares one buffer, reused by the next block. The
    // consumer lets the event loop turn before reading each outcome, as a file write does: were
    // the next block started meanwhile, these rows would already be overwritten.
    const jobs = tasks(['base', 'extra-car'], 20);
    const prepared = prepareExperiment(setup);
    const expected = jobs.map((job) => rowText({ ...simulateTask(prepared, job).rows }));
    const executor = openExecutor(setup, 1);
    const seen: Record<string, string>[] = [];
    try {
      for await (const outcome of runReplications(executor, jobs)) {
        await nextTurn();
        seen.push(rowText({ ...outcome.rows }));
      }
    } finally {
      await executor.close();
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen.map((rows) => rows.incidents)).size).toBe(jobs.length);
  });

  it.each([1, 40, 1000])(
    'runs a block in slices of %i events with the outcomes of one go',
    (sliceEvents) => {
      const block = tasks(['base', 'extra-car'], 3);
      const whole = simulateBlock(prepareExperiment(setup), block);
      const prepared = prepareExperiment(setup, 'view');
      const steps = simulateBlockSteps(prepared, block, sliceEvents);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses += 1;
      const sliced = step.value;
      expect(sliced.outcomes.map((o) => ({ ...o, rows: rowText({ ...o.rows }) }))).toEqual(
        whole.outcomes.map((o) => ({ ...o, rows: rowText({ ...o.rows }) })),
      );
      // A pause at least before each job and after each slice of its events.
      const events = whole.outcomes.reduce((sum, o) => sum + o.events, 0);
      expect(pauses).toBeGreaterThanOrEqual(
        block.length + Math.floor((events - block.length) / sliceEvents),
      );
    },
  );

  it('stops a block at its next turn when its signal is aborted', async () => {
    const executor = openExecutor(setup, 1);
    const controller = new AbortController();
    const block = tasks(['base'], 8);
    try {
      const run = executor.run(block, controller.signal);
      // Aborted after the block's first turn: the block ends at its next turn, with the reason.
      setImmediate(() => controller.abort(new Error('stop now')));
      await expect(run).rejects.toThrow('stop now');
      // Nothing of the stopped block runs on: the next block starts and completes normally.
      const next = await executor.run(tasks(['base'], 2));
      expect(next.outcomes.map((o) => o.replication)).toEqual([1, 2]);
    } finally {
      await executor.close();
    }
  });
});
