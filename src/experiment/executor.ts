/**
 * Where jobs run. With one worker (`--workers 1`, the default on two cores), in the main thread
 * (main-thread-executor.ts): no thread start-up, no second copy of the model, no copy of the
 * rows. With K ≥ 2, in the main thread and K − 1 worker threads (shared-executor.ts): the main
 * thread simulates its blocks in slices, between which it writes the files and hands the threads
 * their blocks, and a signal stops a long replication at the main thread's next turn and by
 * terminating the threads (docs/scaling.md). A thread costs its start-up (the model's modules
 * loaded again) and, for each experiment, the model prepared again from a copy of the scenario;
 * a search keeps one set of workers for all its experiments (openWorkers), so its threads
 * start once.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openMainThreadExecutor } from './main-thread-executor.js';
import { RecentCache } from './recent-cache.js';
import { BLOCKS_PER_THREAD, openSharedExecutor } from './shared-executor.js';
import type {
  ExperimentBlock,
  ExperimentSetup,
  ReplicationBlockOutcome,
  ReplicationTask,
  ThreadBlock,
} from './task.js';
import type { ThreadData } from './thread-death.js';
import { type ThreadMessenger, ThreadPool } from './thread-pool.js';

/** Runs blocks of jobs (`J`: a block of one experiment, or a block naming its experiment). */
export interface BlockExecutor<J> {
  /** Blocks of jobs that can run at the same time. */
  readonly workers: number;
  /**
   * Blocks to hand over before the first of them is consumed: enough that no worker thread
   * waits while results are written; 1 with the main thread alone, whose next block reuses the
   * memory of the previous block's rows.
   */
  readonly inFlight: number;
  /**
   * Runs a block of jobs, in order, on one worker. Aborting `signal` cancels it: it rejects with
   * the signal's reason, once the thread that was running it (if any) has been terminated, or
   * in the main thread at its next turn, dropping the replication running.
   */
  run(block: J, signal?: AbortSignal): Promise<ReplicationBlockOutcome>;
  /** Stops the threads (terminating any job still running; in the main thread, at its next turn). */
  close(): Promise<void>;
}

/** Runs jobs of one experiment. */
export type ReplicationExecutor = BlockExecutor<readonly ReplicationTask[]>;

/**
 * Workers that run the jobs of several experiments, one after another (the steps of a search):
 * the threads start once, and each worker prepares an experiment at its first block of it.
 */
export interface SharedWorkers {
  /** Blocks of jobs that can run at the same time. */
  readonly workers: number;
  /**
   * An executor of the experiment `setup` on these workers. Closing it closes nothing: the
   * workers are closed by whoever opened them, once every experiment's jobs have settled.
   */
  experiment(setup: ExperimentSetup): ReplicationExecutor;
  /** Stops the threads (terminating any job still running; in the main thread, at its next turn). */
  close(): Promise<void>;
}

/**
 * The experiments each worker keeps prepared, the most recently used first: a search opens an
 * experiment at each step, and only its current one is used again, so a few are plenty and
 * memory stays bounded however long the search (each holds a model and its rows' buffer).
 */
export const PREPARED_EXPERIMENTS_KEPT = 4;

/**
 * An executor of one experiment on `workers` workers: the main thread, and `workers − 1`
 * threads, each of which prepares the model from `setup.scenario` once.
 */
export function openExecutor(setup: ExperimentSetup, workers: number): ReplicationExecutor {
  const shared = openWorkers(workers);
  return { ...shared.experiment(setup), close: () => shared.close() };
}

/**
 * `workers` workers for any number of experiments: the main thread, and `workers − 1` threads
 * (started when a block first needs them), each keeping the {@link PREPARED_EXPERIMENTS_KEPT}
 * experiments it used last; a thread is sent an experiment's setup once, with its first block.
 */
export function openWorkers(workers: number): SharedWorkers {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`workers must be a whole number of at least 1, got ${workers}`);
  }
  const blocks =
    workers === 1
      ? openMainThreadExecutor(PREPARED_EXPERIMENTS_KEPT)
      : // The main thread's rows are its own ('copy'): its outcomes may wait for a thread's earlier ones.
        openSharedExecutor(
          openMainThreadExecutor(PREPARED_EXPERIMENTS_KEPT, 'copy'),
          openThreadExecutor(workers - 1),
          workers - 1,
        );
  let experiments = 0;
  return {
    workers,
    experiment(setup) {
      experiments += 1;
      const experiment = experiments;
      return {
        workers: blocks.workers,
        inFlight: blocks.inFlight,
        run: (block, signal) => blocks.run({ experiment, setup, block }, signal),
        close: async () => {},
      };
    },
    close: () => blocks.close(),
  };
}

/**
 * Runs `use` on `workers` workers opened for it (openWorkers), closing them once it has settled,
 * failed or been stopped: for commands that run several experiments in turn (a sweep's points).
 */
export async function withWorkers<T>(
  workers: number,
  use: (shared: SharedWorkers) => Promise<T>,
): Promise<T> {
  const shared = openWorkers(workers);
  try {
    return await use(shared);
  } finally {
    await shared.close();
  }
}

/** An executor of `workers` worker threads. */
function openThreadExecutor(workers: number): BlockExecutor<ExperimentBlock> {
  const pool = new ThreadPool<ExperimentBlock, ReplicationBlockOutcome>(
    startReplicationThread,
    workers,
    () => experimentMessenger(PREPARED_EXPERIMENTS_KEPT),
  );
  return {
    workers,
    inFlight: workers * BLOCKS_PER_THREAD,
    run: (block, signal) => pool.run(block, signal),
    close: () => pool.close(),
  };
}

/**
 * What one thread is sent: each block with its experiment's setup only when the thread does not
 * hold that experiment, and the experiments it is to forget to keep no more than `keep` (the
 * thread does as told, so this side always knows what it holds).
 */
export function experimentMessenger(keep: number): ThreadMessenger<ExperimentBlock> {
  const held = new RecentCache<number, true>(keep);
  return {
    message: ({ experiment, setup, block }): ThreadBlock =>
      held.has(experiment)
        ? { experiment, setup: undefined, forget: [], block }
        : { experiment, setup, forget: held.evictedBy(experiment), block },
    posted: ({ experiment }) => {
      if (held.get(experiment) === undefined) held.set(experiment, true);
    },
  };
}

/**
 * The young generation of a replication thread's heap, in MiB (V8's default is about 48). A
 * replication's records live until its rows and summary are made, and with the default they
 * outlived several scavenges and were promoted to the old generation, to be marked and compacted
 * there: on the M/M/3 bench (5,750 incidents a replication) garbage collection took 23 % of the
 * thread's time, and 12 % with 192 MiB (docs/performance.md). Memory grows only as far as it is
 * used (resident memory of that run: 250 → 330 MB).
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Starts one replication thread: the compiled worker `PEAKWATCH_WORKER_FILE` names when it is set
 * (the test suite names the build's `dist/experiment/worker.js`, so threads start without
 * compiling TypeScript); otherwise `worker.js` next to this module in the build (dist/), and from
 * source (under tsx or vitest) `worker.ts`, required through tsx's CommonJS hook, which (unlike
 * its ESM hooks on Node 20) also works inside a worker thread. `data` is its pool's, for the thread
 * to write its heap limit into (named if it runs out of memory).
 */
function startReplicationThread(data: ThreadData): Worker {
  const options = {
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: data,
    // Stack traces map to the sources in the thread as in the main thread (which enables the
    // maps only under --debug, src/cli.ts): a thread does not share the main thread's setting.
    ...(process.sourceMapsEnabled
      ? { execArgv: [...process.execArgv, '--enable-source-maps'] }
      : {}),
  };
  const named = process.env.PEAKWATCH_WORKER_FILE;
  if (named) return new Worker(pathToFileURL(resolve(named)), options);
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./worker.js', import.meta.url), options);
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(worker)});`, {
    ...options,
    eval: true,
  });
}
