/**
 * The options the experiment commands share (results folder, replications, seed, workers, shard,
 * outputs, breakdowns) and the words that write them back into the command line that reproduces
 * a run. The commands' options files import the options, their actions the words; the parsing
 * of the options into settings is in settings.ts, loaded only when a command runs.
 */
import type { Argv } from 'yargs';
import { defaultWorkerCount } from '../experiment/worker-count.js';
import { OUTPUTS_CHOICES } from '../output/record-selection.js';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import { type OverrideArgs, overrideOptions, overrideWords } from './overrides-option.js';

/** Options every experiment command has. */
export interface FolderArgs {
  readonly out?: string;
  readonly 'results-dir': string;
}

/** Options of commands that simulate (run, compare). */
export interface SimulationArgs extends FolderArgs, OverrideArgs {
  readonly scenario: string;
  /** Whole-number options are read as text, so a value too large for a double is named as typed. */
  readonly replications?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly shard?: string;
  readonly outputs?: readonly string[];
  readonly by?: string;
}

/** Adds `--out` and `--results-dir`. */
export function folderOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('out', {
      type: 'string',
      describe: 'Name of the results folder (a plain name inside the results directory)',
    })
    .option('results-dir', {
      type: 'string',
      default: 'results',
      describe: 'Directory that receives the results folder',
    });
}

/** Adds the scenario argument and the options of commands that simulate. */
export function simulationOptions<T>(yargs: Argv<T>) {
  return folderOptions(
    overrideOptions(yargs)
      .positional('scenario', {
        type: 'string',
        demandOption: true,
        describe: 'scenario file (.yaml, .yml or .json)',
      })
      .option('replications', {
        type: 'string',
        describe: `Replications, 1 to ${MAX_REPLICATIONS} (default: the scenario's \`replications\`)`,
      })
      .option('seed', { type: 'string', describe: "Master seed (default: the scenario's `seed`)" })
      .option('workers', {
        type: 'string',
        describe: `Parallel workers: the main thread, and one worker thread for each beyond 1 (default: one fewer than the cores, at least 1; here ${defaultWorkerCount()})`,
      })
      .option('shard', {
        type: 'string',
        describe: 'I/N: simulate only the I-th of N blocks of replications (see docs/scaling.md)',
      })
      .option('outputs', {
        type: 'array',
        string: true,
        choices: OUTPUTS_CHOICES,
        describe:
          'Record files to write besides the summaries (see docs/outputs.md); `summary` for ' +
          'summaries only (default: all for run and compare, summary for sweep and sensitivity)',
      })
      .option('by', {
        type: 'string',
        describe:
          'Where and when each standard fails: print and write the shares met by one or two of ' +
          'type, site, day, hour (e.g. --by site,hour), with unreachable sites told apart',
      }),
  );
}

/**
 * The command line that reproduces a run: the command and its arguments with options resolved
 * (e.g. the scenario's seed written out), quoted for a POSIX shell where needed.
 */
export function commandLine(words: readonly (string | number | undefined | false)[]): string {
  return ['peakwatch', ...words.filter((w) => w !== undefined && w !== false).map(String)]
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`))
    .join(' ');
}

/** `--name value` words for the command line, or none when the value is absent. */
export function optionWords(name: string, value: string | number | undefined): (string | number)[] {
  return value === undefined ? [] : [`--${name}`, value];
}

/** `--out` and `--results-dir` words for the command line of any experiment command. */
export function folderWords(args: FolderArgs): (string | number)[] {
  return [...optionWords('out', args.out), ...optionWords('results-dir', args['results-dir'])];
}

/**
 * The seed, shard, workers and folder words for the command line of a command that simulates,
 * with the settings resolved (e.g. the scenario's seed written out).
 */
export function simulationWords(
  args: SimulationArgs,
  settings: { readonly seed: number; readonly workers: number },
): (string | number)[] {
  return [
    ...optionWords('seed', settings.seed),
    ...overrideWords(args),
    ...optionWords('shard', args.shard),
    ...optionWords('by', args.by),
    ...optionWords('workers', settings.workers),
    ...(args.outputs ? ['--outputs', ...args.outputs] : []),
    ...folderWords(args),
  ];
}
