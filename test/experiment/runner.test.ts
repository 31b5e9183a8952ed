import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExecutor } from '../../src/experiment/executor.js';
import { blockSize, ReplicationError, runReplications } from '../../src/experiment/runner.js';
import { prepareExperiment, simulateTask } from '../../src/experiment/simulate-task.js';
import { planSeed } from '../../src/experiment/streams.js';
import type { ReplicationOutcome, ReplicationTask } from '../../src/experiment/task.js';
import { loadScenario } from '../../src/scenario/load.js';
import { plainCsvRows, TINY, tinyScenario } from './helpers.js';

const scenario = tinyScenario();
const setup = { scenario, rows: true };

/** The (incident, type, site, occurred) of each incident row of an outcome. */
function incidentList(outcome: ReplicationOutcome): string[][] {
  // Columns: plan, replication, incident, type, priority, site, occurred, ...
  return plainCsvRows(Buffer.from(outcome.rows!.incidents!).toString()).map((cells) => [
    cells[2]!,
    cells[3]!,
    cells[5]!,
    cells[6]!,
  ]);
}

describe('common random numbers', () => {
  const prepared = prepareExperiment(setup);
  const task = (plan: string, independent: boolean): ReplicationTask => ({
    plan,
    replication: 3,
    seed: planSeed(
      scenario.seed,
      scenario.plans.findIndex((p) => p.name === plan),
      independent,
    ),
    occupancy: false,
  });

  it('gives every plan the same incidents in the same replication', () => {
    const lists = ['base', 'no-platform', 'extra-car'].map((plan) =>
      incidentList(simulateTask(prepared, task(plan, false))),
    );
    expect(lists[0]!.length).toBeGreaterThan(5);
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    // The plans do differ in how they respond (otherwise the test proves nothing).
    const responders = ['base', 'no-platform'].map((plan) =>
      plainCsvRows(
        Buffer.from(simulateTask(prepared, task(plan, false)).rows!.incidents!).toString(),
      ).map((c) => c.at(-1)),
    );
    expect(responders[1]).not.toEqual(responders[0]);
  });

  it('gives plans different incidents with independent streams', () => {
    const base = incidentList(simulateTask(prepared, task('base', true)));
    const other = incidentList(simulateTask(prepared, task('no-platform', true)));
    expect(other).not.toEqual(base);
  });
});

describe('runReplications in the main thread and on worker threads', () => {
  const tasks = (plans: string[], count: number): ReplicationTask[] =>
    Array.from({ length: count }, (_, i) => i + 1).flatMap((replication) =>
      // Demand rows from the first plan only, as a comparison asks for them.
      plans.map((plan) => ({
        plan,
        replication,
        seed: scenario.seed,
        occupancy: plan === plans[0],
      })),
    );

  it('yields outcomes in task order, equal to in-process results', async () => {
    const executor = openExecutor(setup, 2);
    const jobs = tasks(['base', 'extra-car'], 4);
    const outcomes: ReplicationOutcome[] = [];
    try {
      for await (const outcome of runReplications(executor, jobs)) outcomes.push(outcome);
    } finally {
      await executor.close();
    }
    expect(outcomes.map((o) => [o.plan, o.replication])).toEqual(
      jobs.map((t) => [t.plan, t.replication]),
    );
    const prepared = prepareExperiment(setup);
    expect(outcomes).toEqual(jobs.map((t) => simulateTask(prepared, t)));
    expect(outcomes.map((o) => o.rows!.demand !== null)).toEqual(
      jobs.map((t) => t.plan === 'base'),
    );
  });

  it('stops with the error naming the plan and replication every time a worker throws, settling every job first', async () => {
    // The failing-worker scenario again and again, on one executor per worker count (its
    // threads are reused, so this stays cheap): every run must end with the one clean error,
    // never with a message arriving after the run ended, and the threads must stay usable.
    for (const workers of [1, 2]) {
      const executor = openExecutor(setup, workers);
      try {
        for (let attempt = 0; attempt < 15; attempt += 1) {
          // A plan the model does not know makes simulateReplication throw inside the worker.
          const failing = 2 + (attempt % 4);
          const jobs = tasks(['base'], 8).map((task) =>
            task.replication === failing ? { ...task, plan: 'no-such-plan' } : task,
          );
          const seen: number[] = [];
          const run = (async () => {
            for await (const outcome of runReplications(executor, jobs)) {
              seen.push(outcome.replication);
            }
          })();
          await expect(run).rejects.toThrow(
            new RegExp(`^replication ${failing} of plan "no-such-plan" failed: unknown plan`),
          );
          await expect(run).rejects.toBeInstanceOf(ReplicationError);
          // Fail-fast: nothing from the failed replication on is handed out.
          expect(seen).toEqual([1, 2, 3, 4].slice(0, failing - 1).slice(0, seen.length));
        }
        // The threads survived every failure: a run on the same executor still succeeds.
        const last: number[] = [];
        for await (const outcome of runReplications(executor, tasks(['base'], 3))) {
          last.push(outcome.replication);
        }
        expect(last).toEqual([1, 2, 3]);
      } finally {
        await executor.close();
      }
    }
  });

  it('gives the workers the validated scenario, not its file (which may change or vanish)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-exp-'));
    const file = join(dir, 'tiny.yaml');
    copyFileSync(TINY, file);
    const loaded = loadScenario(file);
    const executor = openExecutor({ scenario: loaded, rows: true }, 2);
    rmSync(file);
    const jobs = tasks(['base'], 2);
    const outcomes: ReplicationOutcome[] = [];
    try {
      for await (const outcome of runReplications(executor, jobs)) outcomes.push(outcome);
    } finally {
      await executor.close();
    }
    const prepared = prepareExperiment({ scenario: loaded, rows: true });
    expect(outcomes).toEqual(jobs.map((t) => simulateTask(prepared, t)));
  });

  it('ends with the abort reason when the signal is aborted, with one worker and with two', async () => {
    for (const workers of [1, 2]) {
      const executor = openExecutor(setup, workers);
      const controller = new AbortController();
      const seen: number[] = [];
      try {
        await expect(
          (async () => {
            for await (const outcome of runReplications(
              executor,
              tasks(['base'], 10),
              controller.signal,
            )) {
              seen.push(outcome.replication);
              if (seen.length === 2) controller.abort(new Error('stop now'));
            }
          })(),
        ).rejects.toThrow('stop now');
      } finally {
        await executor.close();
      }
      expect(seen).toEqual([1, 2]);
    }
  });
});

describe('blockSize', () => {
  it('is between 1 and 8, and leaves every worker at least 4 blocks whenever it is above 1', () => {
    for (const workers of [1, 2, 3, 8]) {
      for (let jobs = 1; jobs <= 300; jobs += 1) {
        const size = blockSize(jobs, workers);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(8);
        if (size > 1) expect(Math.ceil(jobs / size)).toBeGreaterThanOrEqual(4 * workers);
      }
    }
  });

  it('grows with the jobs up to 8 (fewer messages for long runs)', () => {
    expect(blockSize(3, 1)).toBe(1);
    expect(blockSize(1000, 2)).toBe(8);
    expect(blockSize(1000, 1)).toBe(8);
  });
});
