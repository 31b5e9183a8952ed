/**
 * One set of workers serving several experiments (as a search does, one experiment per step):
 * each thread is sent an experiment's setup once, keeps a bounded number of prepared experiments,
 * and every block is simulated on its own experiment's model, before and after evictions.
 */
import { describe, expect, it } from 'vitest';
import {
  experimentMessenger,
  openWorkers,
  PREPARED_EXPERIMENTS_KEPT,
} from '../../src/experiment/executor.js';
import { runReplications } from '../../src/experiment/runner.js';
import { prepareExperiment, simulateTask } from '../../src/experiment/simulate-task.js';
import type {
  ExperimentBlock,
  ExperimentSetup,
  ReplicationTask,
  ThreadBlock,
} from '../../src/experiment/task.js';
import type { Scenario } from '../../src/scenario/types.js';
import { tinyScenario } from './helpers.js';

const task = (replication: number): ReplicationTask => ({
  plan: 'base',
  replication,
  seed: 11,
  occupancy: false,
});

/** A thread as worker.ts keeps its experiments: it forgets and prepares as each message says. */
function threadHoldings() {
  const held = new Set<number>();
  const prepared: number[] = [];
  return {
    held,
    prepared,
    receive(message: ThreadBlock): void {
      for (const id of message.forget) held.delete(id);
      if (message.setup !== undefined) {
        held.add(message.experiment);
        prepared.push(message.experiment);
      }
      if (!held.has(message.experiment)) {
        throw new Error(
          `block of experiment ${message.experiment}, which the thread does not hold`,
        );
      }
    },
  };
}

const setupOf = (id: number): ExperimentSetup => ({
  scenario: { id } as unknown as Scenario,
  rows: false,
});
const blockOf = (id: number): ExperimentBlock => ({
  experiment: id,
  setup: setupOf(id),
  block: [task(1)],
});

describe('the messages to a thread of shared workers', () => {
  it('send each experiment once, and keep what the thread holds within the bound', () => {
    const messenger = experimentMessenger(3);
    const thread = threadHoldings();
    // A long search: 200 experiments of 5 blocks each, with a look back at an earlier one.
    for (let id = 1; id <= 200; id += 1) {
      for (const asked of [id, id, id, Math.max(1, id - 1), id, id]) {
        const message = messenger.message(blockOf(asked)) as ThreadBlock;
        thread.receive(message);
        messenger.posted(blockOf(asked));
        expect(thread.held.size).toBeLessThanOrEqual(3);
      }
    }
    // Experiment id − 1 is still held when asked for again (3 kept), so each is sent once.
    expect(thread.prepared).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('send the setup again once the thread has been told to forget it', () => {
    const messenger = experimentMessenger(1);
    const thread = threadHoldings();
    for (const id of [1, 2, 1]) {
      thread.receive(messenger.message(blockOf(id)) as ThreadBlock);
      messenger.posted(blockOf(id));
    }
    expect(thread.prepared).toEqual([1, 2, 1]);
  });

  it('send the setup with the next block when a message could not be posted', () => {
    const messenger = experimentMessenger(2);
    expect((messenger.message(blockOf(1)) as ThreadBlock).setup).toBeDefined();
    // Not posted (it could not be copied): the thread never got the setup.
    expect((messenger.message(blockOf(1)) as ThreadBlock).setup).toBeDefined();
    messenger.posted(blockOf(1));
    expect((messenger.message(blockOf(1)) as ThreadBlock).setup).toBeUndefined();
  });
});

describe('shared workers', () => {
  /** The tiny scenario with `visitors` visitors a day: each variant draws other incidents. */
  const variant = (visitors: number): ExperimentSetup => {
    const scenario = tinyScenario();
    return {
      scenario: {
        ...scenario,
        crowd: {
          ...scenario.crowd,
          visitorsPerDay: scenario.crowd.visitorsPerDay.map(() => visitors),
        },
      },
      rows: false,
    };
  };

  it('simulate each experiment on its own model, across more experiments than a worker keeps', async () => {
    const setups = Array.from({ length: PREPARED_EXPERIMENTS_KEPT + 2 }, (_, i) =>
      variant(3000 + 2000 * i),
    );
    // The first again at the end, after every worker has forgotten it.
    const order = [...setups.keys(), 0];
    const tasks = [1, 2, 3, 4, 5, 6].map(task);
    const workers = openWorkers(2);
    try {
      for (const index of order) {
        const setup = setups[index]!;
        const got = [];
        for await (const outcome of runReplications(workers.experiment(setup), tasks)) {
          got.push(outcome);
        }
        const prepared = prepareExperiment(setup);
        expect(got).toEqual(tasks.map((t) => simulateTask(prepared, t)));
      }
    } finally {
      await workers.close();
    }
    // The variants differ, so a block simulated on another experiment's model would show.
    const first = simulateTask(prepareExperiment(setups[0]!), task(1)).summary;
    const last = simulateTask(prepareExperiment(setups.at(-1)!), task(1)).summary;
    expect(first).not.toEqual(last);
  });
});
