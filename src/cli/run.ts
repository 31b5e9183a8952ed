/**
 * `peakwatch run SCENARIO`: replications of one plan, written to a new results folder, and the
 * run table and the plan against each service standard on stdout. Also the options and error handling that `compare` and `merge` share
 * with it (results folder, workers, seed, shard, interrupts).
 */
import type { Argv, CommandModule } from 'yargs';
import { ExperimentUsageError } from '../experiment/errors.js';
import { watchInterrupts } from '../experiment/interrupt.js';
import { runPlan } from '../experiment/run-plan.js';
import { parseShard, type Shard } from '../experiment/shard.js';
import type { WrittenBreakdown } from '../experiment/standards-breakdown.js';
import { defaultWorkerCount } from '../experiment/worker-count.js';
import type { Translate } from '../i18n/messages.js';
import { prepareScenarioModel, simulateReplication } from '../model/replication.js';
import { ENGLISH_WORDING } from '../output/console-wording.js';
import { type DisplayNames, displayNames } from '../output/display-names.js';
import { OUTPUTS_CHOICES, parseRecordSelection } from '../output/record-selection.js';
import { OutputFolderError } from '../output/run-folder.js';
import { formatBreakdownTable } from '../output/standards-breakdown-text.js';
import { formatStandardsBlock } from '../output/standards-text.js';
import { formatRunTable } from '../output/table.js';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import type { Scenario } from '../scenario/types.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { judgeStandards } from '../stats/standards-judgement.js';
import { standardsVerdict } from '../stats/standards-verdict.js';
import { formatAnalyticSection } from './analytic-section.js';
import { parseByOption } from './by-option.js';
import type { CommandFactory, Writer } from './command.js';
import { commandHeading } from './commands.js';
import { UsageError } from './failure.js';
import {
  loadScenarioWithOverrides,
  type OverrideArgs,
  overrideOptions,
  overrideWords,
} from './overrides-option.js';

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

interface RunArgs extends SimulationArgs {
  readonly plan?: string;
  readonly analytic: boolean;
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
        describe: `Worker threads (default: one fewer than the cores, at least 1; here ${defaultWorkerCount()})`,
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
          'summaries only (default: all)',
      })
      .option('by', {
        type: 'string',
        describe:
          'Where and when each standard fails: print and write the shares met by one or two of ' +
          'type, site, day, hour (e.g. --by site,hour), with unreachable sites told apart',
      }),
  );
}

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

/**
 * Runs `body` with SIGINT/SIGTERM caught (aborting its signal) and the experiment layer's usage
 * problems turned into usage errors (exit code 2).
 */
export async function withInterrupts<T>(body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const watch = watchInterrupts();
  try {
    return await body(watch.signal);
  } catch (error) {
    throw asUsageError(error);
  } finally {
    watch.dispose();
  }
}

/** The experiment layer's usage problems as usage errors; other errors unchanged. */
export function asUsageError(error: unknown): unknown {
  return error instanceof ExperimentUsageError || error instanceof OutputFolderError
    ? new UsageError(error.message)
    : error;
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

/** Says that a shard's table covers only its own replications. */
export function writeShardNote(
  stdout: Writer,
  shard: Shard,
  [first, last]: readonly [number, number],
): void {
  stdout.write(
    `Shard ${shard.index}/${shard.count}: replications ${first}-${last} only; merge all shards ` +
      'with "peakwatch merge" for the full result.\n',
  );
}

/** Writes the folder line that ends every experiment command's output. */
export function writeFolderLine(stdout: Writer, folder: string): void {
  stdout.write(`Results: ${folder}\n`);
}

/** The `run` command. */
export const runCommand: CommandFactory = (io): CommandModule<object, RunArgs> => ({
  ...commandHeading('run'),
  builder: (yargs) =>
    simulationOptions(yargs)
      .option('plan', {
        type: 'string',
        describe: "Plan to simulate (default: the scenario's `defaultPlan`)",
      })
      .option('analytic', {
        type: 'boolean',
        default: false,
        describe:
          "Also print the hypercube approximation of officer workloads in the scenario's " +
          'busiest hour beside the simulated workloads of that hour (see docs/validation.md)',
      })
      .epilog(
        'Writes results/<scenario>-run-<time>/ (see docs/outputs.md) and prints the run table. ' +
          'Same seed, same files, byte for byte, for any --workers. Ctrl-C stops the run and ' +
          'leaves the folder marked .incomplete.',
      ) as unknown as Argv<RunArgs>,
  handler: async (args) => {
    const scenario = loadScenarioWithOverrides(args.scenario, args);
    const settings = simulationSettings(args, scenario);
    const plan = args.plan ?? scenario.defaultPlan;
    const result = await withInterrupts((signal) =>
      runPlan({
        ...settings,
        plan,
        signal,
        progressStream: io.stderr,
        commandLine: commandLine([
          'run',
          args.scenario,
          ...optionWords('plan', plan),
          ...optionWords('replications', settings.replications),
          ...simulationWords(args, settings),
        ]),
      }),
    );
    io.stdout.write(`${formatRunTable(plan, result.summaries, scenario)}\n`);
    const judgements = judgeStandards(result.summaries, scenario.standards, plan);
    const verdict = standardsVerdict(judgements, result.summaries, plan);
    const names = displayNames(scenario, 'en');
    io.stdout.write(
      `${formatStandardsBlock(judgements, verdict, ENGLISH_WORDING.t, false, names)}\n`,
    );
    writeBreakdowns(io.stdout, scenario, result.breakdowns, settings.by, ENGLISH_WORDING.t, names);
    if (args.analytic) {
      const [first, last] = result.manifest.replicationRange;
      io.stdout.write(`\n${analyticSection(scenario, plan, settings.seed, first, last)}\n`);
    }
    if (settings.shard) writeShardNote(io.stdout, settings.shard, result.manifest.replicationRange);
    writeFolderLine(io.stdout, result.folder);
  },
});

/**
 * The hypercube approximation beside the simulated busiest-hour workloads of replications
 * `first`..`last`. The run keeps only summaries, so the replications are simulated again here,
 * in this thread: with the same seed they are exactly the run's (a replication takes a few
 * milliseconds).
 */
function analyticSection(
  scenario: Scenario,
  plan: string,
  seed: number,
  first: number,
  last: number,
): string {
  const model = prepareScenarioModel(scenario);
  const results = [];
  for (let r = first; r <= last; r++) results.push(simulateReplication(model, plan, r, { seed }));
  return formatAnalyticSection(model, plan, results);
}

/** Prints the breakdowns `--by` asked for (not the site × hour one every folder gets). */
export function writeBreakdowns(
  stdout: Writer,
  scenario: Scenario,
  breakdowns: readonly WrittenBreakdown[],
  asked: readonly (readonly BreakdownDimension[])[],
  t: Translate,
  names: DisplayNames,
): void {
  const standardNames = new Map(
    scenario.standards.map((s) => [s.id, names.standard({ standard: s.id, name: s.id })]),
  );
  for (const breakdown of breakdowns) {
    if (!asked.some((by) => by.join() === breakdown.by.join())) continue;
    stdout.write(`${formatBreakdownTable(breakdown.rows, breakdown.by, standardNames, t)}\n`);
  }
}
