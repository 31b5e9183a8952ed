/**
 * The entry of a replication thread (see executor.ts). Each block names its experiment; the
 * validated scenario comes with the first block of an experiment this thread is sent (a
 * structured clone of the main thread's), the model is prepared from it once and kept for the
 * experiment's later blocks, until the main thread tells the thread to forget it. A scenario that
 * cannot be prepared fails every block of its experiment with the reason, in one line, rather
 * than the thread.
 */
import { deepFreeze } from '../scenario/freeze.js';
import { type PreparedExperiment, preparedOrError, simulateBlock } from './simulate-task.js';
import { outcomeBuffers, type ThreadBlock } from './task.js';
import { answerJobs } from './thread-pool.js';

const experiments = new Map<number, PreparedExperiment | Error>();

answerJobs(({ experiment, setup, forget, block }: ThreadBlock) => {
  for (const id of forget) experiments.delete(id);
  if (setup !== undefined) {
    // The clone is not frozen as the original was: freeze it again, so the model cannot change it.
    experiments.set(
      experiment,
      preparedOrError({ ...setup, scenario: deepFreeze(setup.scenario) }),
    );
  }
  const prepared = experiments.get(experiment);
  if (prepared === undefined)
    throw new Error(`experiment ${experiment} was not sent to this thread`);
  if (prepared instanceof Error) throw prepared;
  return simulateBlock(prepared, block);
}, outcomeBuffers);
