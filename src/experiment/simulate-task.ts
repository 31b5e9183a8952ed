/**
 * One job, in whichever worker thread runs it: simulate the replication, reduce it to its
 * summary and, when asked, format its rows. Everything a job needs that does not depend on the
 * job (the scenario, the model's precomputed crowd and travel tables) is prepared once per thread.
 */

import {
  prepareScenarioModel,
  type ScenarioModel,
  simulateReplicationSteps,
} from '../model/replication.js';
import { ClockLabels } from '../output/clock.js';
import { ALL_RECORDS } from '../output/record-selection.js';
import { formatReplicationRowsSteps } from '../output/replication-rows.js';
import { Utf8Builder } from '../output/utf8-builder.js';
import { summarizeReplication } from '../stats/measures.js';
import { type StandardSetting, standardSetting } from '../stats/standards.js';
import { type BreakdownDimension, breakdownPlan } from '../stats/standards-breakdown.js';
import { BreakdownTally, type CellCollector, cellList } from './breakdown-tally.js';
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

/**
 * Events a replication runs between two pauses of {@link simulateBlockSteps} when it is sliced
 * (in the main thread): under a millisecond of simulation for the default scenario (whose
 * replications have about 1,500 events, so they are not cut at all), a few tens of
 * milliseconds at the scenario bounds, where an event costs more.
 */
export const SLICE_EVENTS = 2_000;

/** Rows of a file formatted between two pauses when sliced: a few tens of milliseconds. */
const SLICE_ROWS = 5_000;

/** Runs one job: simulate, summarise, and format the rows when the setup asks for them. */
export function simulateTask(
  prepared: PreparedExperiment,
  task: ReplicationTask,
): ReplicationOutcome {
  const steps = simulateTaskSteps(
    prepared,
    task,
    Number.POSITIVE_INFINITY,
    cellList(prepared.setup.breakdowns ?? []),
  );
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link simulateTask}, pausing after every `sliceEvents` events of the replication, and when
 * sliced (`sliceEvents` finite) also between its summary, rows and breakdowns and within the
 * rows of a large replication. Its breakdown cells are added to `cells`.
 */
function* simulateTaskSteps(
  prepared: PreparedExperiment,
  task: ReplicationTask,
  sliceEvents: number,
  cells: CellCollector,
): Generator<undefined, ReplicationOutcome, undefined> {
  const { model, setup, clock, setting, rowBytes } = prepared;
  const { scenario } = model;
  const sliced = Number.isFinite(sliceEvents);
  // The occupancy itself is written once per experiment (expected-occupancy.ts), never per job.
  const options = { occupancy: false, seed: task.seed };
  const result = yield* simulateReplicationSteps(
    model,
    task.plan,
    task.replication,
    options,
    sliceEvents,
  );
  if (sliced) yield;
  const summary = summarizeReplication(result, scenario);
  if (sliced) yield;
  const rows = setup.rows
    ? yield* formatReplicationRowsSteps(
        result,
        clock,
        setup.records ?? ALL_RECORDS,
        task.occupancy,
        rowBytes,
        sliced ? SLICE_ROWS : Number.POSITIVE_INFINITY,
      )
    : null;
  if (sliced) yield;
  cells.add(
    (setup.breakdowns ?? []).map((by) =>
      breakdownPlan(task.plan, result.incidents, scenario.standards, setting, by),
    ),
  );
  return {
    plan: task.plan,
    replication: task.replication,
    summary,
    rows,
    events: result.events,
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
  const steps = simulateBlockSteps(prepared, block, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link simulateBlock} in steps: it pauses before each job and after every `sliceEvents` events
 * of a replication, so that the main thread can give the event loop a turn between two
 * replications and in the middle of a long one. The outcomes are the same however it is sliced.
 * The rows of the previous block are overwritten from its first step on (see
 * {@link prepareExperiment}).
 */
export function* simulateBlockSteps(
  prepared: PreparedExperiment,
  block: readonly ReplicationTask[],
  sliceEvents: number,
): Generator<undefined, ReplicationBlockOutcome, undefined> {
  prepared.rowBytes.clear();
  const outcomes: ReplicationOutcome[] = [];
  const cells = blockCells(prepared.setup.breakdowns ?? [], block);
  for (const task of block) {
    yield;
    try {
      outcomes.push(yield* simulateTaskSteps(prepared, task, sliceEvents, cells));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const stack = error instanceof Error ? error.stack : undefined;
      const failure = { plan: task.plan, replication: task.replication, message, stack };
      return { outcomes, breakdowns: cells.counts(), failure };
    }
  }
  return { outcomes, breakdowns: cells.counts() };
}

/**
 * Where a block's breakdown cells are collected: added up when the block repeats a plan (a
 * run's blocks, or a comparison's with fewer plans than jobs in a block), since a plan's
 * replications share their cells' keys; listed as they come otherwise (one replication of each
 * plan), where adding up would only cost.
 */
function blockCells(
  byList: readonly (readonly BreakdownDimension[])[],
  block: readonly ReplicationTask[],
): CellCollector {
  const plans = new Set(block.map((task) => task.plan));
  return plans.size < block.length ? new BreakdownTally(byList) : cellList(byList);
}
