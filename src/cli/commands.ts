/**
 * Every CLI command, as a heading (its usage and one-line description) and loaders of its two
 * parts: its options (`*-options.ts`, what yargs needs to parse and to print help) and its action
 * (the command's own file, which loads the scenario reader, the simulator or the report). `main`
 * loads the options only of the commands named on the command line, and the action only of the
 * command that runs, so that `--version`, `--help`, a command's help and a usage error never load
 * the scenario reader or the simulator. Adding a command is one entry here, its options in
 * `NAME-options.ts` and its action in `NAME.ts`. (Help lists the commands in alphabetical order.)
 */
import type { CommandAction, CommandOptions } from './command.js';

/** Any command's arguments: each command has its own types, which `main` only passes on. */
// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument types.
type AnyArgs = any;

/** What help shows of a command before its parts are loaded, and how to load them. */
export interface CommandEntry {
  /** yargs usage: the name, then its positional arguments. */
  readonly command: string;
  /** One line for the command list of `--help`. */
  readonly describe: string;
  /** Imports the command's options (parsed before it runs, shown by its help). */
  readonly options: () => Promise<CommandOptions<AnyArgs>>;
  /** Imports what the command does, once its arguments parsed. */
  readonly action: () => Promise<CommandAction<AnyArgs>>;
}

/** The commands by name. */
export const COMMANDS = {
  check: {
    command: 'check [scenarios..]',
    describe: 'Compare simulated measures with queueing theory (Erlang C, hypercube, M_t/G/∞)',
    options: async () => (await import('./check-options.js')).checkOptions,
    action: async () => (await import('./check.js')).checkAction,
  },
  compare: {
    command: 'compare <scenario>',
    describe: 'Compare staffing plans on the same replications, with paired confidence intervals',
    options: async () => (await import('./compare-options.js')).compareOptions,
    action: async () => (await import('./compare.js')).compareAction,
  },
  merge: {
    command: 'merge <dirs..>',
    describe: 'Join the shard folders of a sharded run or compare into one results folder',
    options: async () => (await import('./merge-options.js')).mergeOptions,
    action: async () => (await import('./merge.js')).mergeAction,
  },
  optimize: {
    command: 'optimize <scenario>',
    describe:
      'Search plans derived from a base plan for the cheapest that meets every standard, on the same replications',
    options: async () => (await import('./optimize-options.js')).optimizeOptions,
    action: async () => (await import('./optimize.js')).optimizeAction,
  },
  report: {
    command: 'report <dir>',
    describe: 'Write report.html (charts, a site map, the assumptions) into a results folder',
    options: async () => (await import('./report-options.js')).reportOptions,
    action: async () => (await import('./report.js')).reportAction,
  },
  run: {
    command: 'run <scenario>',
    describe:
      'Simulate one plan and write summary, incidents, responders, occupancy and demand CSV files',
    options: async () => (await import('./run-options.js')).runOptions,
    action: async () => (await import('./run.js')).runAction,
  },
  schema: {
    command: 'schema',
    describe: 'Print the JSON Schema of scenario files (for editor completion and checking)',
    options: async () => (await import('./schema-options.js')).schemaOptions,
    action: async () => (await import('./schema.js')).schemaAction,
  },
  sensitivity: {
    command: 'sensitivity <scenario>',
    describe:
      'Move each uncertain input down and up, one at a time, on the same replications: a tornado',
    options: async () => (await import('./sensitivity-options.js')).sensitivityOptions,
    action: async () => (await import('./sensitivity.js')).sensitivityAction,
  },
  sweep: {
    command: 'sweep <scenario>',
    describe: 'Compare plans at every point of a grid of what-ifs, on the same replications',
    options: async () => (await import('./sweep-options.js')).sweepOptions,
    action: async () => (await import('./sweep.js')).sweepAction,
  },
  validate: {
    command: 'validate <files..>',
    describe: 'Check scenario files and report every problem with its file:line:col',
    options: async () => (await import('./validate-options.js')).validateOptions,
    action: async () => (await import('./validate.js')).validateAction,
  },
} as const satisfies Record<string, CommandEntry>;
