/**
 * The worker-thread entry of the replication pool (piscina loads it by file name). The scenario
 * is loaded and the model prepared once, when the thread starts; each task then only simulates.
 */
import { workerData } from 'piscina';
import { loadExperiment, simulateTask } from './simulate-task.js';
import type { ExperimentSetup, ReplicationOutcome, ReplicationTask } from './task.js';

// A promise of the prepared experiment rather than a top-level throw: a thread that failed to
// start would be replaced by piscina again and again, while a rejected task stops the run with
// the reason.
const ready = Promise.resolve(workerData as ExperimentSetup).then(loadExperiment);
ready.catch(() => {});

/** Simulates one task (see simulate-task.ts). */
export default async function runTask(task: ReplicationTask): Promise<ReplicationOutcome> {
  return simulateTask(await ready, task);
}
