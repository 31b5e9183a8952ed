/**
 * What every CLI command is given: where to write results and errors. Commands write through
 * these instead of `process.stdout` so that `main` can be run and checked inside a test.
 */
import type { Argv } from 'yargs';

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
 * What yargs needs of a command to parse its arguments and print its help: its positional
 * arguments, options, epilog and checks. Each command's `*-options.ts` file exports one; it
 * imports nothing of the scenario reader, the simulator or the report, so that a command's help
 * and its usage errors load only this part of it.
 *
 * @example
 * ```ts
 * export const helloOptions: CommandOptions<HelloArgs> = (yargs) =>
 *   yargs.option('name', { type: 'string', default: 'world' });
 * ```
 */
export type CommandOptions<A> = (yargs: Argv<object>) => Argv<A>;

/**
 * What a command does with its parsed arguments, writing through the run's streams. Each
 * command's own file exports one; `main` loads it only when the command runs.
 *
 * @example
 * ```ts
 * export const helloAction: CommandAction<HelloArgs> = (io, args) => {
 *   io.stdout.write(`hello ${args.name}\n`);
 * };
 * ```
 */
export type CommandAction<A> = (io: CliIo, args: A) => void | Promise<void>;
