/**
 * Every CLI command, as a heading (its usage and one-line description) and a loader of its
 * module. `main` loads only the modules of the commands named on the command line, so that
 * `--version`, `--help` and a typo never load the scenario reader or the simulator. Adding a
 * command is one entry here and a CommandFactory in its own file that spreads its heading.
 * (Help lists the commands in alphabetical order.)
 */
import type { CommandFactory } from './command.js';

/** What help shows of a command before its module is loaded, and how to load it. */
export interface CommandEntry {
  /** yargs usage: the name, then its positional arguments. */
  readonly command: string;
  /** One line for the command list of `--help`. */
  readonly describe: string;
  /** Imports the command's module and returns its factory. */
  readonly load: () => Promise<CommandFactory>;
}

/** The commands by name. */
export const COMMANDS = {
  check: {
    command: 'check [scenarios..]',
    describe: 'Compare simulated measures with queueing theory (Erlang C, hypercube, M_t/G/∞)',
    load: async () => (await import('./check.js')).checkCommand,
  },
  compare: {
    command: 'compare <scenario>',
    describe: 'Compare staffing plans on the same replications, with paired confidence intervals',
    load: async () => (await import('./compare.js')).compareCommand,
  },
  merge: {
    command: 'merge <dirs..>',
    describe: 'Join the shard folders of a sharded run or compare into one results folder',
    load: async () => (await import('./merge.js')).mergeCommand,
  },
  optimize: {
    command: 'optimize <scenario>',
    describe:
      'Search plans derived from a base plan for the cheapest that meets every standard, on the same replications',
    load: async () => (await import('./optimize.js')).optimizeCommand,
  },
  report: {
    command: 'report <dir>',
    describe: 'Write report.html (charts, a site map, the assumptions) into a results folder',
    load: async () => (await import('./report.js')).reportCommand,
  },
  run: {
    command: 'run <scenario>',
    describe:
      'Simulate one plan and write summary, incidents, responders, occupancy and demand CSV files',
    load: async () => (await import('./run.js')).runCommand,
  },
  schema: {
    command: 'schema',
    describe: 'Print the JSON Schema of scenario files (for editor completion and checking)',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  sensitivity: {
    command: 'sensitivity <scenario>',
    describe:
      'Move each uncertain input down and up, one at a time, on the same replications: a tornado',
    load: async () => (await import('./sensitivity.js')).sensitivityCommand,
  },
  sweep: {
    command: 'sweep <scenario>',
    describe: 'Compare plans at every point of a grid of what-ifs, on the same replications',
    load: async () => (await import('./sweep.js')).sweepCommand,
  },
  validate: {
    command: 'validate <files..>',
    describe: 'Check scenario files and report every problem with its file:line:col',
    load: async () => (await import('./validate.js')).validateCommand,
  },
} as const satisfies Record<string, CommandEntry>;

/** A command's name. */
export type CommandName = keyof typeof COMMANDS;

/**
 * The usage and description of a command, for its module to spread into its CommandModule.
 *
 * @example commandHeading('schema') // { command: 'schema', describe: 'Print the JSON Schema …' }
 */
export function commandHeading(name: CommandName): { command: string; describe: string } {
  const { command, describe } = COMMANDS[name];
  return { command, describe };
}
