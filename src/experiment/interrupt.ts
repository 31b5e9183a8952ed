/**
 * Stopping a run on Ctrl-C or SIGTERM (a cluster's scheduler, `kill`): the signal aborts the
 * run's AbortSignal, the workers are terminated, the results folder is left marked incomplete,
 * and the process exits with 128 + the signal's number, as shells report a killed command.
 */
import { constants } from 'node:os';

/** The signals that stop a run. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Thrown when a run was stopped by a signal; `exitCode` is 130 for SIGINT, 143 for SIGTERM. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  /** The exit code a shell expects of a command stopped by this signal. */
  readonly exitCode: number;

  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
    this.exitCode = 128 + (constants.signals[signal] ?? 0);
  }
}

/** Handlers for the stop signals, while a run goes. */
export interface InterruptWatch {
  /** Aborted, with an {@link InterruptedError} as reason, when a stop signal arrives. */
  readonly signal: AbortSignal;
  /** Removes the handlers (the default behaviour of the signals comes back). */
  dispose(): void;
}

/**
 * Catches SIGINT and SIGTERM for the duration of a run (call `dispose` when it ends). A second
 * signal while the first is being handled is ignored: the run is already stopping.
 *
 * @example
 * ```ts
 * const watch = watchInterrupts();
 * try { await runSomething(watch.signal); } finally { watch.dispose(); }
 * ```
 */
export function watchInterrupts(): InterruptWatch {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new InterruptedError(signal));
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of STOP_SIGNALS) process.off(name, onSignal);
    },
  };
}
