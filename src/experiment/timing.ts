/**
 * Timing replications for the benchmark: how many replications a second the experiment layer
 * delivers with K workers, the way `peakwatch run` runs them (rows formatted, summaries made),
 * without writing files.
 */
import type { Scenario } from '../scenario/types.js';
import { openExecutor } from './executor.js';
import { runReplications } from './runner.js';
import type { ReplicationTask } from './task.js';

/** What {@link timeReplications} measures. */
export interface ReplicationTiming {
  readonly plan: string;
  readonly workers: number;
  readonly replications: number;
  /** Wall seconds for the timed replications (start-up and warm-up excluded). */
  readonly seconds: number;
  readonly replicationsPerSecond: number;
  /**
   * CPU seconds the whole process (every thread) spent on the timed replications: unlike the
   * wall seconds, hardly changed by other work on a shared machine.
   */
  readonly cpuSeconds: number;
  /** Engine events of the timed replications. */
  readonly events: number;
}

/** Choices of {@link timeReplications}. */
export interface TimingOptions {
  readonly scenario: Scenario;
  /** Default: the scenario's default plan. */
  readonly plan?: string | undefined;
  readonly replications: number;
  readonly workers: number;
  /** Default: the scenario's seed. */
  readonly seed?: number | undefined;
  /** Format the CSV rows too, as `run` does (default true). */
  readonly rows?: boolean | undefined;
}

/**
 * Times `replications` replications of a plan on `workers` workers, in steady state: the pool is
 * started and every worker has run two warm-up replications (scenario loaded, model prepared,
 * JIT warm) before the clock starts.
 *
 * @example
 * ```ts
 * const { replicationsPerSecond } = await timeReplications({ scenario, replications: 40, workers: 2 });
 * ```
 */
export async function timeReplications(options: TimingOptions): Promise<ReplicationTiming> {
  const { scenario, workers } = options;
  const plan = options.plan ?? scenario.defaultPlan;
  const seed = options.seed ?? scenario.seed;
  const executor = openExecutor({ scenario, rows: options.rows ?? true }, workers);
  const tasks = (first: number, count: number): ReplicationTask[] =>
    Array.from({ length: count }, (_, i) => ({
      plan,
      replication: first + i,
      seed,
      occupancy: true,
    }));
  try {
    // Warm-up replications are numbered after the timed ones, so the timed ones are 1..n.
    for await (const _ of runReplications(executor, tasks(options.replications + 1, 2 * workers))) {
      // discarded
    }
    let events = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for await (const outcome of runReplications(executor, tasks(1, options.replications))) {
      events += outcome.events;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      plan,
      workers,
      replications: options.replications,
      seconds,
      replicationsPerSecond: options.replications / seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      events,
    };
  } finally {
    await executor.close();
  }
}
