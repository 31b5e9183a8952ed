/**
 * Loads simjs 2.0.3 and types the few parts peakwatch uses. This file and `engine.ts` are the only
 * code that touches simjs.
 *
 * simjs ships a browserify bundle that only exports when it finds a global `window`, so
 * `require('simjs')` gives `{}` in Node. We compile the bundle as the body of
 * `function (window) {…}` and hand it a private object, which keeps the real global object clean.
 * The result is cached in a module constant: it is code only (classes), so sharing it between
 * engines shares no simulation state.
 *
 * @example
 * ```ts
 * const queue = new simjs.PQueue<MyEntry>('events');
 * queue.insert({ deliverAt: 5, order: 0 });
 * ```
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';

/**
 * What simjs's priority queue orders by: earliest `deliverAt` first, ties by `order`, which
 * `PQueue.insert` overwrites with its own insertion counter (so equal times come out first in,
 * first out).
 */
export interface SimjsQueueEntry {
  deliverAt: number;
  order: number;
}

/** simjs's binary-heap priority queue (`Sim.PQueue`). */
export interface SimjsPQueue<E extends SimjsQueueEntry> {
  /** The heap array: `data[0]` is the earliest entry; any array sorted by (deliverAt, order) is a valid heap. */
  data: E[];
  /** Adds an entry, stamping `entry.order` with the queue's insertion counter. */
  insert(entry: E): void;
  /** Removes and returns the earliest entry, or `null` when empty. */
  remove(): E | null;
}

/** A pending timer of a simjs entity (only what the raw-simjs benchmark uses). */
export interface SimjsRequest {
  /** Calls `callback` with `this` = the entity when the timer fires. */
  done(callback: () => void): SimjsRequest;
}

/** A simjs entity (only what the raw-simjs benchmark uses). */
export interface SimjsEntity {
  readonly name: string;
  /** Schedules a timer `duration` after the current simulated time. */
  setTimer(duration: number): SimjsRequest;
}

/** A simjs simulator (only what the raw-simjs benchmark uses). */
export interface SimjsSim {
  /** Constructs `new Klass(sim, name)`, registers it and calls its `start()`. */
  addEntity<E extends SimjsEntity & { start(): void }>(
    Klass: new (sim: SimjsSim, name: string) => E,
    name: string,
  ): E;
  /** Runs events up to `endTime` (see DESIGN.md for its bugs: never run in segments with it). */
  simulate(endTime: number, maxEvents?: number): boolean;
  time(): number;
}

/** The parts of the simjs module (`window.Sim`) peakwatch uses. */
export interface SimjsModule {
  PQueue: new <E extends SimjsQueueEntry>(name?: string) => SimjsPQueue<E>;
  Sim: new () => SimjsSim;
  Entity: new (sim: SimjsSim, name: string) => SimjsEntity;
}

/** Compiles the simjs bundle with a private `window` and returns what it exported there. */
function loadSimjs(): SimjsModule {
  const file = createRequire(import.meta.url).resolve('simjs');
  const source = readFileSync(file, 'utf8');
  // The newline keeps the bundle's trailing `//# sourceMappingURL` comment from eating the `})`.
  const factory = runInThisContext(`(function (window) {${source}\n})`, {
    filename: file,
  }) as (window: { Sim?: SimjsModule }) => void;
  const window: { Sim?: SimjsModule } = {};
  factory(window);
  if (window.Sim === undefined) {
    throw new Error(`simjs bundle at ${file} did not define Sim; is simjs 2.0.3 installed?`);
  }
  return window.Sim;
}

/** The loaded simjs module (immutable code; no simulation state). */
export const simjs: SimjsModule = loadSimjs();
