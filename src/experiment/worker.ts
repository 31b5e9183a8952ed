/**
 * The entry of a replication thread (see executor.ts). The validated scenario arrives as the
 * thread's data (a structured clone of the main thread's); the model is prepared from it once,
 * and each block of jobs then only simulates. A scenario that cannot be prepared fails every job with
 * the reason, in one line, rather than the thread.
 */
import { workerData } from 'node:worker_threads';
import { deepFreeze } from '../scenario/freeze.js';
import { preparedOrError, simulateBlock } from './simulate-task.js';
import { type ExperimentSetup, outcomeBuffers, type ReplicationTask } from './task.js';
import { answerJobs } from './thread-pool.js';

const setup = workerData as ExperimentSetup;
// The clone is not frozen as the original was: freeze it again, so the model cannot change it.
const prepared = preparedOrError({ ...setup, scenario: deepFreeze(setup.scenario) });

answerJobs((block: readonly ReplicationTask[]) => {
  if (prepared instanceof Error) throw prepared;
  return simulateBlock(prepared, block);
}, outcomeBuffers);
