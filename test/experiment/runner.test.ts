import { describe, expect, it } from 'vitest';
import { openExecutor } from '../../src/experiment/executor.js';
import { ReplicationError, runReplications } from '../../src/experiment/runner.js';
import { prepareExperiment, simulateTask } from '../../src/experiment/simulate-task.js';
import { planSeed } from '../../src/experiment/streams.js';
import type { ReplicationOutcome, ReplicationTask } from '../../src/experiment/task.js';
import { plainCsvRows, TINY, tinyScenario } from './helpers.js';

const scenario = tinyScenario();
const setup = { scenarioPath: TINY, scenarioHash: scenario.hash, rows: true };

/** The (incident, type, site, occurred) of each incident row of an outcome. */
function incidentList(outcome: ReplicationOutcome): string[][] {
  // Columns: plan, replication, incident, type, priority, site, occurred, ...
  return plainCsvRows(outcome.rows!.incidents!).map((cells) => [
    cells[2]!,
    cells[3]!,
    cells[5]!,
    cells[6]!,
  ]);
}

describe('common random numbers', () => {
  const prepared = prepareExperiment(scenario, setup);
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
      plainCsvRows(simulateTask(prepared, task(plan, false)).rows!.incidents!).map((c) => c.at(-1)),
    );
    expect(responders[1]).not.toEqual(responders[0]);
  });

  it('gives plans different incidents with independent streams', () => {
    const base = incidentList(simulateTask(prepared, task('base', true)));
    const other = incidentList(simulateTask(prepared, task('no-platform', true)));
    expect(other).not.toEqual(base);
  });
});

describe('runReplications on worker threads', () => {
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
    const executor = openExecutor(scenario, setup, 2);
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
    const prepared = prepareExperiment(scenario, setup);
    expect(outcomes).toEqual(jobs.map((t) => simulateTask(prepared, t)));
    expect(outcomes.map((o) => o.rows!.demand !== null)).toEqual(
      jobs.map((t) => t.plan === 'base'),
    );
  });

  it('stops with an error naming the plan and replication when a worker throws', async () => {
    const executor = openExecutor(scenario, setup, 2);
    // A plan the model does not know makes simulateReplication throw inside the worker.
    const jobs = [
      ...tasks(['base'], 2),
      { plan: 'no-such-plan', replication: 3, seed: 7, occupancy: true },
      ...tasks(['base'], 6).slice(3),
    ];
    const seen: number[] = [];
    const run = (async () => {
      for await (const outcome of runReplications(executor, jobs)) seen.push(outcome.replication);
    })();
    try {
      await expect(run).rejects.toThrow(ReplicationError);
      await expect(run).rejects.toThrow(
        /replication 3 of plan "no-such-plan" failed: unknown plan/,
      );
    } finally {
      await executor.close();
    }
    // Fail-fast: nothing from replication 3 on is handed out, earlier ones maybe not all.
    expect(seen).toEqual([1, 2].slice(0, seen.length));
  });

  it('refuses, in the worker, a scenario file that changed since the run started', async () => {
    const executor = openExecutor(scenario, { ...setup, scenarioHash: 'f'.repeat(64) }, 2);
    try {
      await expect(runReplications(executor, tasks(['base'], 1)).next()).rejects.toThrow(
        /replication 1 of plan "base" failed: .*tiny.yaml changed since the run started/,
      );
    } finally {
      await executor.close();
    }
  });

  it('ends with the abort reason when the signal is aborted, in the main thread too', async () => {
    for (const workers of [1, 2]) {
      const executor = openExecutor(scenario, setup, workers);
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
