/**
 * One job, in whichever worker thread runs it: simulate the replication, reduce it to its
 * summary and, when asked, format its rows. Everything a job needs that does not depend on the
 * job (the scenario, the model's precomputed crowd and travel tables) is prepared once per thread.
 */

import {
  prepareScenarioModel,
  type ScenarioModel,
  simulateReplication,
} from '../model/replication.js';
import { ClockLabels } from '../output/clock.js';
import { ALL_RECORDS } from '../output/record-selection.js';
import { formatReplicationRows } from '../output/replication-rows.js';
import { Utf8Builder } from '../output/utf8-builder.js';
import { summarizeReplication } from '../stats/measures.js';
import { type StandardSetting, standardSetting } from '../stats/standards.js';
import { breakdownPlan } from '../stats/standards-breakdown.js';
import type {
  ExperimentSetup,
  ReplicationBlockOutcome,
  ReplicationOutcome,
  ReplicationTask,
} from './task.js';

/** A thread's ready-to-run experiment: the setup and the model prepared from its scenario. */
export interface PreparedExperiment {
  readonly setup: ExperimentSetup;
  readonly model: ScenarioModel;
  /** The clock labels of the rows, shared by the thread's jobs. */
  readonly clock: ClockLabels;
  /** What judging an incident against the standards needs, once per thread. */
  readonly setting: StandardSetting;
  /** Where the thread's rows are built, one replication after another. */
  readonly rowBytes: Utf8Builder;
}

/**
 * Precomputes what every job of the experiment shares.
 *
 * @param rows how each job's rows are handed out (see {@link Utf8Builder}): 'copy' in a
 *   buffer of their own, to be transferred from a worker thread; 'view' in the prepared
 *   experiment's memory, valid until the next block starts (the main thread writes them first)
 */
export function prepareExperiment(
  setup: ExperimentSetup,
  rows: 'copy' | 'view' = 'copy',
): PreparedExperiment {
  return {
    setup,
    model: prepareScenarioModel(setup.scenario),
    clock: new ClockLabels(setup.scenario.calendar.start),
    setting: standardSetting(setup.scenario),
    rowBytes: new Utf8Builder(rows),
  };
}

/**
 * The prepared experiment, or why it could not be prepared (every job then fails with that
 * reason, in one line, rather than the thread or the run that prepares it).
 */
export function preparedOrError(
  setup: ExperimentSetup,
  rows: 'copy' | 'view' = 'copy',
): PreparedExperiment | Error {
  try {
    return prepareExperiment(setup, rows);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Runs one job: simulate, summarise, and format the rows when the setup asks for them. */
export function simulateTask(
  prepared: PreparedExperiment,
  task: ReplicationTask,
): ReplicationOutcome {
  const { model, setup, clock, setting, rowBytes } = prepared;
  const { scenario } = model;
  // The occupancy itself is written once per experiment (expected-occupancy.ts), never per job.
  const result = simulateReplication(model, task.plan, task.replication, {
    occupancy: false,
    seed: task.seed,
  });
  return {
    plan: task.plan,
    replication: task.replication,
    summary: summarizeReplication(result, scenario),
    rows: setup.rows
      ? formatReplicationRows(result, clock, setup.records ?? ALL_RECORDS, task.occupancy, rowBytes)
      : null,
    events: result.events,
    breakdowns: (setup.breakdowns ?? []).map((by) =>
      breakdownPlan(task.plan, result.incidents, scenario.standards, setting, by),
    ),
  };
}

/**
 * Runs a block of jobs in order, stopping at the first that throws: its plan, replication and
 * message come back with the outcomes of the jobs before it.
 */
export function simulateBlock(
  prepared: PreparedExperiment,
  block: readonly ReplicationTask[],
): ReplicationBlockOutcome {
  const steps = simulateBlockSteps(prepared, block);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link simulateBlock} one job at a time: it pauses before each job, so that the main thread
 * can give the event loop a turn between two replications. The rows of the previous block are
 * overwritten from its first step on (see {@link prepareExperiment}).
 */
export function* simulateBlockSteps(
  prepared: PreparedExperiment,
  block: readonly ReplicationTask[],
): Generator<undefined, ReplicationBlockOutcome, undefined> {
  prepared.rowBytes.clear();
  const outcomes: ReplicationOutcome[] = [];
  for (const task of block) {
    yield;
    try {
      outcomes.push(simulateTask(prepared, task));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { outcomes, failure: { plan: task.plan, replication: task.replication, message } };
    }
  }
  return { outcomes };
}
