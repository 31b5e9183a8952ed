/**
 * How many workers an experiment uses when `--workers` is not given: one fewer than the cores
 * available, and at least one. With several workers the main thread is busy too (it receives
 * every outcome, writes the files and reports progress), so a worker thread per core leaves the
 * threads competing for the cores: measured on a 2-core machine, two workers ran at 0.3–1.3×
 * the speed of one (docs/performance.md). One worker runs in the main thread itself, without
 * any thread start-up or copying (executor.ts).
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
