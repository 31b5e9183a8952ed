/**
 * The main thread writes before it simulates on: a block it runs waits, at each turn, while the
 * consumer of the outcomes holds one. Checked on the gate alone and on a block of the main
 * thread's executor, by what has settled after some turns of the event loop (no timing).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ConsumerGate } from '../../src/experiment/consumer-gate.js';
import { openExecutor } from '../../src/experiment/executor.js';
import { prepareExperiment, simulateBlock } from '../../src/experiment/simulate-task.js';
import type { ReplicationTask } from '../../src/experiment/task.js';
import { tinyScenario } from './helpers.js';

/** Whether `promise` has settled after `turns` turns of the event loop. */
async function settledAfter(promise: Promise<unknown>, turns: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let t = 0; t < turns; t++) await nextTurn();
  return settled;
}

describe('the consumer gate', () => {
  it('is free at first, busy from take to free, and free again after', async () => {
    const gate = new ConsumerGate();
    expect(await settledAfter(gate.whenFree(), 1)).toBe(true);
    gate.take();
    const waiting = gate.whenFree();
    expect(await settledAfter(waiting, 5)).toBe(false);
    gate.free();
    expect(await settledAfter(waiting, 1)).toBe(true);
  });

  it('keeps a waiter waiting when the consumer takes the next outcome at once', async () => {
    const gate = new ConsumerGate();
    gate.take();
    const waiting = gate.whenFree();
    // Freed and taken again before the waiter runs: the consumer is still busy.
    gate.free();
    gate.take();
    expect(await settledAfter(waiting, 5)).toBe(false);
    gate.free();
    expect(await settledAfter(waiting, 1)).toBe(true);
  });

  it("holds the main thread's block while the consumer is busy, then runs it whole", async () => {
    const setup = { scenario: tinyScenario(), rows: true };
    const block: ReplicationTask[] = [1, 2, 3].map((replication) => ({
      plan: 'base',
      replication,
      seed: 11,
      occupancy: true,
    }));
    const expected = simulateBlock(prepareExperiment(setup), block);
    const executor = openExecutor(setup, 1);
    const gate = new ConsumerGate();
    gate.take();
    try {
      const run = executor.run(block, undefined, gate);
      expect(await settledAfter(run, 20)).toBe(false);
      gate.free();
      const outcome = await run;
      expect(outcome.outcomes.map((o) => o.summary)).toEqual(
        expected.outcomes.map((o) => o.summary),
      );
    } finally {
      await executor.close();
    }
  });
});
