/**
 * What every CLI command is given: where to write results and errors. Commands write through
 * these instead of `process.stdout` so that `main` can be run and checked inside a test.
 */
import type { CommandModule } from 'yargs';

/** A place to write text: `process.stdout`, `process.stderr`, or a test's collector. */
export interface Writer {
  write(text: string): unknown;
  /** Set on terminals; commands may draw progress bars only then. */
  readonly isTTY?: boolean;
  /** Terminal width in characters, when known. */
  readonly columns?: number;
}

/** The output streams of one CLI run: results on stdout, errors and progress on stderr. */
export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
}

/**
 * Makes one command (a yargs CommandModule) bound to the run's streams. Each command file
 * exports one; `commands.ts` lists them.
 *
 * @example
 * ```ts
 * export const helloCommand: CommandFactory = (io) => ({
 *   command: 'hello',
 *   describe: 'say hello',
 *   handler: () => {
 *     io.stdout.write('hello\n');
 *   },
 * });
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument types.
export type CommandFactory = (io: CliIo) => CommandModule<object, any>;
