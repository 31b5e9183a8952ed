/**
 * Sharding: splitting the replications of one experiment across independent processes (a Slurm
 * job array, a Kubernetes Indexed Job) whose folders `peakwatch merge` later joins.
 *
 * Shard I of N takes a contiguous block of replications, so merging is a concatenation of the
 * shards' rows in shard order, which is exactly the row order of an unsharded run.
 */
import { ExperimentUsageError } from './errors.js';
/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Thrown when a `--shard` value is malformed or does not fit the replications. */
export class ShardError extends ExperimentUsageError {
  override readonly name = 'ShardError';
}

/**
 * Parses a shard written as `I/N` (1 ≤ I ≤ N), e.g. `"2/8"`.
 *
 * @throws ShardError when the text is not two whole numbers with 1 ≤ I ≤ N.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new ShardError(`--shard expects I/N, e.g. 2/8 (got "${text}")`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new ShardError(`--shard ${text}: I must be between 1 and N`);
  }
  return { index, count };
}

/**
 * The replications (numbered 1..total) that a shard simulates: the `index`-th of `count`
 * contiguous blocks whose sizes differ by at most one (the first `total mod count` blocks get the
 * extra replication). Without a shard, all of them.
 *
 * @throws ShardError when there are more shards than replications (a shard would be empty).
 */
export function shardReplications(total: number, shard?: Shard): number[] {
  if (!shard) return range(1, total);
  if (shard.count > total) {
    throw new ShardError(
      `--shard ${shard.index}/${shard.count}: cannot split ${total} replications into ${shard.count} shards`,
    );
  }
  const base = Math.floor(total / shard.count);
  const extra = total % shard.count;
  const before = (shard.index - 1) * base + Math.min(shard.index - 1, extra);
  const size = base + (shard.index <= extra ? 1 : 0);
  return range(before + 1, before + size);
}

/** The whole numbers first..last. */
function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
