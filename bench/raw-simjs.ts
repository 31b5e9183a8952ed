/**
 * Event-list throughput: raw simjs (Sim, Entity, setTimer) against our {@link Engine}, with the
 * same workload: `pending` timers, each rescheduling itself after a random delay, until `events`
 * events have run. Run directly for a table: `npx tsx bench/raw-simjs.ts`.
 */
import { pathToFileURL } from 'node:url';
import { Engine } from '../src/engine/index.js';
import { simjs } from '../src/engine/simjs.js';

/**
 * Uniform delays in [0, 10) minutes from a xorshift32 generator: cheap enough not to hide the
 * event list's cost, and identical for both contenders.
 */
function delayGenerator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 4294967296) * 10;
  };
}

/** Events per second given a count and the elapsed milliseconds. */
function rate(events: number, elapsedMs: number): number {
  return events / (elapsedMs / 1000);
}

/**
 * Raw simjs events per second: `pending` entities each re-arm a timer through simjs's own API
 * (`setTimer(...).done(...)`, `Sim.simulate`) until `events` timers have fired (then the queue
 * drains, which adds at most `pending` events, all counted).
 */
export function measureRawSimjs(pending: number, events: number): number {
  const sim = new simjs.Sim();
  const nextDelay = delayGenerator(12345);
  let fired = 0;
  class Timer extends simjs.Entity {
    start(): void {
      this.setTimer(nextDelay()).done(this.fire);
    }
    fire(this: Timer): void {
      fired++;
      if (fired < events) this.start();
    }
  }
  for (let i = 0; i < pending; i++) sim.addEntity(Timer, `timer-${i}`);
  const started = performance.now();
  sim.simulate(Number.POSITIVE_INFINITY);
  return rate(fired, performance.now() - started);
}

/** The same workload as {@link measureRawSimjs}, through our {@link Engine}. */
export function measureEngine(pending: number, events: number): number {
  const engine = new Engine();
  const nextDelay = delayGenerator(12345);
  const fire = (): void => {
    if (engine.eventsProcessed < events) engine.schedule(nextDelay(), fire);
  };
  for (let i = 0; i < pending; i++) engine.schedule(nextDelay(), fire);
  const started = performance.now();
  engine.runAll();
  return rate(engine.eventsProcessed, performance.now() - started);
}

/** Best of a few runs, after which the JIT has settled. */
function bestOf(runs: number, measure: () => number): number {
  let best = 0;
  for (let i = 0; i < runs; i++) best = Math.max(best, measure());
  return best;
}

/** Prints raw simjs and engine throughput, and their ratio, for 10, 100 and 1,000 pending. */
function main(): void {
  const events = 500_000;
  console.log('pending  raw simjs ev/s   engine ev/s   engine/raw');
  for (const pending of [10, 100, 1000]) {
    const raw = bestOf(3, () => measureRawSimjs(pending, events));
    const ours = bestOf(3, () => measureEngine(pending, events));
    console.log(
      `${String(pending).padStart(7)}  ${raw.toExponential(3).padStart(14)}  ` +
        `${ours.toExponential(3).padStart(12)}  ${(ours / raw).toFixed(2).padStart(10)}`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
