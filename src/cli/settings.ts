/**
 * The options of the experiment commands parsed and checked into the settings their actions
 * use: whole numbers named as typed, the shard, the record files, the breakdowns. Loaded only
 * when a command runs (its options, in options.ts, are all that help and parsing need).
 */
import { parseShard, type Shard } from '../experiment/shard.js';
import { defaultWorkerCount } from '../experiment/worker-count.js';
import { parseRecordSelection } from '../output/record-selection.js';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import type { Scenario } from '../scenario/types.js';
import { parseByOption } from './by-option.js';
import { asUsageError } from './experiment-command.js';
import { UsageError } from './failure.js';
import type { SimulationArgs } from './options.js';

/** Most worker threads (`--workers`): far more than any machine's cores. */
export const MAX_WORKERS = 1024;

/**
 * A whole-number option from `min` to `max`, or a usage error naming it and the value as typed
 * (text is checked before it becomes a number, so 9007199254740993 is not reported rounded).
 */
export function wholeNumber(
  name: string,
  value: number | string,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const text = String(value).trim();
  const number = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got ${text})`);
  }
  return number;
}

/** The settings common to run and compare, from the parsed options and the scenario. */
export function simulationSettings(args: SimulationArgs, scenario: Scenario) {
  return {
    scenario,
    replications: wholeNumber(
      'replications',
      args.replications ?? scenario.replications,
      1,
      MAX_REPLICATIONS,
    ),
    seed: wholeNumber('seed', args.seed ?? scenario.seed, 0),
    workers: wholeNumber('workers', args.workers ?? defaultWorkerCount(), 1, MAX_WORKERS),
    resultsDir: args['results-dir'],
    out: args.out,
    shard: shardOption(args.shard),
    records: parseRecordSelection(args.outputs ?? ['all']),
    by: parseByOption(args.by),
  };
}

/** The `--shard` option, parsed (undefined when not given). */
function shardOption(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  try {
    return parseShard(text);
  } catch (error) {
    throw asUsageError(error);
  }
}
