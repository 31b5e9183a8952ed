/**
 * The experiment layer's usage errors: choices that cannot work (an unknown plan, a shard that
 * does not fit, folders that are not shards of one experiment). The CLI reports them as bad
 * usage (exit code 2), before or instead of running anything.
 */

/** A choice of the experiment's options that cannot work; subclasses say which. */
export class ExperimentUsageError extends Error {
  override readonly name: string = 'ExperimentUsageError';
}
