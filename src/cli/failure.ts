/**
 * How the CLI ends: the exit code for each kind of failure and the one message written to
 * stderr for it. This is the only place that maps errors to exit codes.
 */
import { InterruptedError } from '../experiment/interrupt.js';
import { ScenarioError } from '../scenario/errors.js';

/** Process exit codes. */
export const ExitCode = {
  /** The command did what was asked. */
  ok: 0,
  /** The command was valid but failed while running (a bug, an I/O error, a model error). */
  runFailure: 1,
  /** Bad usage (unknown command or option, missing argument) or a bad scenario file. */
  usage: 2,
} as const;

/**
 * A mistake in how the command was called; exits with code 2. Commands throw it for option
 * values yargs cannot check themselves.
 *
 * @example throw new UsageError('--replications must be at least 1');
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The exit code for an error thrown by a command or by argument parsing: 2 for usage and
 * scenario errors, 128 + the signal's number for a run stopped by a signal (as shells report
 * a killed command), 1 for anything else.
 */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError || error instanceof ScenarioError) return ExitCode.usage;
  if (error instanceof InterruptedError) return error.exitCode;
  return ExitCode.runFailure;
}

/**
 * The message to print for an error: scenario problems one per line with a count, a usage
 * error with a pointer to --help, anything else as its message. The stack trace only with
 * `debug` (it helps a bug report, not a user).
 */
export function describeFailure(error: unknown, debug: boolean): string {
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  if (error instanceof ScenarioError) {
    const count = error.problems.length;
    return `${error.message}\n${count} problem${count === 1 ? '' : 's'} found${stack}`;
  }
  if (error instanceof UsageError) {
    return `peakwatch: ${error.message}\nRun "peakwatch --help" for usage.${stack}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `peakwatch: ${message}${stack}`;
}
