/**
 * Which worker file a pool loads. The suite's global setup names the build's compiled worker in
 * PEAKWATCH_WORKER_FILE (threads then start without compiling TypeScript); without it, a pool
 * started from source loads `worker.ts` through tsx, as `npm run peakwatch` does.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExecutor } from '../../src/experiment/executor.js';
import { prepareExperiment, simulateTask } from '../../src/experiment/simulate-task.js';
import type { ReplicationTask } from '../../src/experiment/task.js';
import { tinyScenario } from './helpers.js';

const scenario = tinyScenario();
const setup = { scenario, rows: true };
const task: ReplicationTask = { plan: 'base', replication: 2, seed: 5, occupancy: false };

/** The outcome of `task` on a pool of two threads. */
async function onPool() {
  const executor = openExecutor(setup, 2);
  try {
    return (await executor.run([task])).outcomes[0];
  } finally {
    await executor.close();
  }
}

describe('the worker file', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is the compiled one the suite names (runner.test.ts compares its outcomes)', () => {
    const named = process.env.PEAKWATCH_WORKER_FILE!;
    expect(named).toMatch(/dist\/experiment\/worker\.js$/);
    expect(existsSync(named)).toBe(true);
  });

  it('is worker.ts through tsx when none is named, running from source', async () => {
    vi.stubEnv('PEAKWATCH_WORKER_FILE', '');
    expect(await onPool()).toEqual(simulateTask(prepareExperiment(setup), task));
  });
});
