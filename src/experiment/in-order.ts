/**
 * Running jobs concurrently but consuming their results in job order. Replications finish in
 * whatever order the worker threads get to them; writing them out in replication order is what
 * makes the output files identical for any number of workers.
 */

/**
 * Runs `execute` on every job with at most `window` jobs in flight and yields the results in job
 * order, holding finished-but-early results until their turn (at most `window` of them, so
 * memory stays bounded however many jobs there are).
 *
 * However the iteration ends, no job outlives it: it ends only once every job it started has
 * settled. A failing job ends it with that job's error, even while an earlier job is still
 * running: no further job is started and the jobs in flight are left to settle. When `signal`
 * is aborted, the jobs in flight are cancelled (`execute` is given the signal, and must then
 * settle promptly) and the iteration ends with the signal's reason. When the consumer stops
 * early, the jobs in flight are left to settle.
 *
 * @example
 * ```ts
 * for await (const result of runInOrder(jobs, (job, signal) => pool.run(job, signal), 8)) write(result);
 * ```
 */
export async function* runInOrder<J, R>(
  jobs: readonly J[],
  execute: (job: J, signal: AbortSignal | undefined) => Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R, void, undefined> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, got ${window}`);
  const running = new Map<number, Promise<R>>();
  let failed: { readonly error: unknown } | undefined;
  // Rejects the wait for the job whose turn it is. A fresh promise per turn, not one long-lived
  // "failure" promise raced every turn: each race would leave a reaction on it holding that
  // turn's result, so memory would grow with the number of jobs.
  let interrupt: ((error: unknown) => void) | undefined;
  const fail = (error: unknown) => {
    failed ??= { error };
    interrupt?.(error);
  };
  const abort = () => fail(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    signal?.throwIfAborted();
    let started = 0;
    for (let next = 0; next < jobs.length; next += 1) {
      while (!failed && started < jobs.length && started - next < window) {
        const job = jobs[started]!;
        // Wrapped so that a synchronous throw in `execute` fails this job like a rejection does.
        const promise = new Promise<R>((resolve) => resolve(execute(job, signal)));
        // Handled here so an early failure is not an unhandled rejection while we wait on others.
        promise.catch(fail);
        running.set(started, promise);
        started += 1;
      }
      const turn = running.get(next)!;
      const result = await new Promise<R>((resolve, reject) => {
        interrupt = reject;
        if (failed) reject(failed.error);
        turn.then(resolve, reject);
      });
      interrupt = undefined;
      running.delete(next);
      // A later job may have failed while this one was finishing: stop before yielding more.
      if (failed) throw failed.error;
      yield result;
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    await Promise.allSettled(running.values());
  }
}
