/**
 * How many workers an experiment uses when `--workers` is not given: one fewer than the cores
 * available, and at least one. One worker is the main thread itself, without any thread start-up
 * or copying; K ≥ 2 workers are the main thread and K − 1 threads (executor.ts). On a 2-core
 * machine a second worker costs 25–30 % more CPU for a speed-up of at most 1.5–1.6× even on an
 * idle machine (docs/performance.md), so the default there is one; on more cores, a core is left
 * for the system and the files the main thread writes between its slices.
 */
import { availableParallelism } from 'node:os';

/**
 * The default number of workers for a machine with `cores` cores.
 *
 * @example defaultWorkerCount(2) // 1
 * @example defaultWorkerCount(8) // 7
 */
export function defaultWorkerCount(cores: number = availableParallelism()): number {
  return Math.max(1, Math.floor(cores) - 1);
}
