/**
 * One job, wherever it runs (a worker thread or the main thread): simulate the replication,
 * reduce it to its summary and, when asked, format its rows. Everything a job needs that does
 * not depend on the job (the scenario, the model's precomputed crowd and travel tables) is
 * prepared once per thread.
 */

import {
  prepareScenarioModel,
  type ScenarioModel,
  simulateReplication,
} from '../model/replication.js';
import { ClockLabels } from '../output/clock.js';
import { ALL_RECORDS } from '../output/record-selection.js';
import { formatReplicationRows } from '../output/replication-rows.js';
import { loadScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/types.js';
import { summarizeReplication } from '../stats/measures.js';
import type { ExperimentSetup, ReplicationOutcome, ReplicationTask } from './task.js';

/** A thread's ready-to-run experiment: the setup and the model prepared from the scenario. */
export interface PreparedExperiment {
  readonly setup: ExperimentSetup;
  readonly model: ScenarioModel;
  /** The clock labels of the rows, shared by the thread's jobs. */
  readonly clock: ClockLabels;
}

/** Precomputes what every job of the experiment shares. */
export function prepareExperiment(scenario: Scenario, setup: ExperimentSetup): PreparedExperiment {
  return {
    setup,
    model: prepareScenarioModel(scenario),
    clock: new ClockLabels(scenario.calendar.start),
  };
}

/** Runs one job: simulate, summarise, and format the rows when the setup asks for them. */
export function simulateTask(
  prepared: PreparedExperiment,
  task: ReplicationTask,
): ReplicationOutcome {
  const { model, setup, clock } = prepared;
  const { scenario } = model;
  // The occupancy itself is written once per experiment (expected-occupancy.ts), never per job.
  const result = simulateReplication(withSeed(model, task.seed), task.plan, task.replication, {
    occupancy: false,
  });
  return {
    plan: task.plan,
    replication: task.replication,
    summary: summarizeReplication(result, scenario),
    rows: setup.rows
      ? formatReplicationRows(result, clock, setup.records ?? ALL_RECORDS, task.occupancy)
      : null,
    events: result.events,
  };
}

/**
 * The prepared model drawing its streams from `seed`. The model reads its seed from
 * scenario.seed; a task's own seed (--seed, or a plan's seed under independent streams) is a
 * shallow copy away, with everything prepared still shared.
 */
export function withSeed(model: ScenarioModel, seed: number): ScenarioModel {
  return seed === model.scenario.seed ? model : { ...model, scenario: { ...model.scenario, seed } };
}

/**
 * Loads the scenario a worker thread was started with and prepares it.
 *
 * @throws Error when the file no longer has the hash the main thread loaded (it was edited
 * during the run: mixing two versions of a scenario in one experiment would be silent nonsense).
 */
export function loadExperiment(setup: ExperimentSetup): PreparedExperiment {
  const scenario = loadScenario(setup.scenarioPath);
  if (scenario.hash !== setup.scenarioHash) {
    throw new Error(
      `${setup.scenarioPath} changed since the run started (SHA-256 ${scenario.hash}, ` +
        `expected ${setup.scenarioHash})`,
    );
  }
  return prepareExperiment(scenario, setup);
}
