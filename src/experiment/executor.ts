/**
 * Where jobs run: a piscina pool of worker threads, or with one worker the main thread itself
 * (no thread start-up, no copying; the event loop is given a turn between jobs so that a signal
 * still stops the run promptly).
 *
 * The worker file is found next to this module: `worker.ts` when running from source (under tsx
 * or vitest, which then also load it through tsx) and `worker.js` in the build (dist/), unless
 * `PEAKWATCH_WORKER_FILE` names another (see {@link workerFileUrl}).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Scenario } from '../scenario/types.js';
import { type PreparedExperiment, prepareExperiment, simulateTask } from './simulate-task.js';
import type { ExperimentSetup, ReplicationOutcome, ReplicationTask } from './task.js';

/** Runs jobs of one experiment. */
export interface ReplicationExecutor {
  /** Jobs that can run at the same time. */
  readonly workers: number;
  /** Runs a job; rejects with the signal's reason if it is aborted first. */
  run(task: ReplicationTask, signal?: AbortSignal): Promise<ReplicationOutcome>;
  /** Stops the workers (terminating any job still running). */
  close(): Promise<void>;
}

/**
 * An executor with `workers` parallel jobs: in the main thread for 1, otherwise a pool of that
 * many worker threads, each of which loads `setup.scenarioPath` once and checks its hash.
 *
 * @param scenario the scenario as the main thread loaded it (used as is when in-process)
 */
export function openExecutor(
  scenario: Scenario,
  setup: ExperimentSetup,
  workers: number,
): ReplicationExecutor {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`workers must be a whole number of at least 1, got ${workers}`);
  }
  return workers === 1 ? new InProcessExecutor(scenario, setup) : new PoolExecutor(setup, workers);
}

/** Jobs in the main thread, one at a time. */
class InProcessExecutor implements ReplicationExecutor {
  readonly workers = 1;
  private readonly prepared: PreparedExperiment;

  constructor(scenario: Scenario, setup: ExperimentSetup) {
    this.prepared = prepareExperiment(scenario, setup);
  }

  async run(task: ReplicationTask, signal?: AbortSignal): Promise<ReplicationOutcome> {
    // A turn of the event loop before each job lets a pending signal handler abort the run.
    await nextTurn();
    signal?.throwIfAborted();
    return simulateTask(this.prepared, task);
  }

  async close(): Promise<void> {}
}

/** Jobs on a piscina pool of worker threads. */
class PoolExecutor implements ReplicationExecutor {
  private readonly pool: Piscina<ReplicationTask, ReplicationOutcome>;

  constructor(
    setup: ExperimentSetup,
    readonly workers: number,
  ) {
    const filename = workerFileUrl();
    const fromSource = filename.pathname.endsWith('.ts');
    this.pool = new Piscina({
      filename: filename.href,
      workerData: setup,
      minThreads: workers,
      maxThreads: workers,
      // Threads stay for the whole experiment (batches of --precision included).
      idleTimeout: Number.POSITIVE_INFINITY,
      ...(fromSource ? { execArgv: ['--import', tsxLoaderUrl()] } : {}),
    });
  }

  run(task: ReplicationTask, signal?: AbortSignal): Promise<ReplicationOutcome> {
    return this.pool.run(task, signal ? { signal } : {});
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * The worker-thread entry: the file `PEAKWATCH_WORKER_FILE` names when it is set (the test suite
 * names the build's `dist/experiment/worker.js`, so that threads start without compiling
 * TypeScript), otherwise the worker next to this module.
 */
function workerFileUrl(): URL {
  const named = process.env.PEAKWATCH_WORKER_FILE;
  if (named) return pathToFileURL(resolve(named));
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}

/** URL of tsx's loader, resolved from this package (not from the current directory). */
function tsxLoaderUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
