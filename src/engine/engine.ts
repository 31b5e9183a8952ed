/**
 * The event engine: a simulated clock and a list of pending actions. simjs provides only the
 * event list (its binary heap `PQueue`, popped by its `remove`; new events are sifted in here as
 * its `insert` does, without that method's per-call argument check); the clock, the run loop,
 * cancellation and all checks are ours, which keeps us clear of simjs's `simulate(end)` bugs and
 * its global counters.
 */
import { type SimjsPQueue, simjs } from './simjs.js';

/** A scheduled event, as returned by {@link Engine.schedule}; pass it to {@link Engine.cancel}. */
export interface EventHandle {
  /** The simulated time (minutes) at which the event is due. */
  readonly time: number;
}

/**
 * What an event does: called with the subject it was scheduled with (`undefined` when none), so
 * that one action made once can serve every incident instead of a closure made per event.
 */
type EventAction = (subject: never) => void;

/**
 * An event in simjs's heap. `deliverAt` and `order` are the heap's keys (`order` is the insertion
 * count, which is what makes equal-time events first in, first out).
 */
class ScheduledEvent implements EventHandle {
  order = 0;

  constructor(
    readonly deliverAt: number,
    /** The action to run; `null` once it has run or been cancelled. */
    public action: EventAction | null,
    /** What the action is called with. */
    readonly subject: unknown,
    readonly owner: Engine,
  ) {}

  get time(): number {
    return this.deliverAt;
  }
}

/**
 * Cancelled events stay in the heap until popped (removing from the middle of a binary heap is
 * costly); once they are the majority of a heap bigger than this, the heap is rebuilt without them
 * so that plans which cancel a lot (re-tasking, detection races) do not slow every insert down.
 */
const COMPACT_MIN_CANCELLED = 64;

/** Heap order: time, then insertion order. */
function byTimeThenOrder(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.deliverAt - b.deliverAt || a.order - b.order;
}

/**
 * A discrete-event engine. Time is in minutes and starts at 0. Events due at the same time run in
 * the order they were scheduled. Engines share nothing, so replications can run side by side.
 *
 * @example
 * ```ts
 * const engine = new Engine();
 * engine.schedule(5, () => console.log('alert at', engine.now)); // prints "alert at 5"
 * engine.runUntil(60); // runs every event due by minute 60; engine.now === 60
 * ```
 */
export class Engine {
  private readonly queue: SimjsPQueue<ScheduledEvent> = new simjs.PQueue('peakwatch events');
  private clock = 0;
  private processed = 0;
  private cancelledInQueue = 0;
  /** Events inserted so far: the next event's `order`. */
  private inserted = 0;
  private running = false;

  /** Current simulated time (minutes). */
  get now(): number {
    return this.clock;
  }

  /** Number of events executed so far (cancelled events are not counted). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Number of events scheduled that have neither run nor been cancelled. */
  get pendingCount(): number {
    return this.queue.data.length - this.cancelledInQueue;
  }

  /**
   * Schedules `action` to run `delay` minutes from now, called with `subject` when one is given
   * (the incident the event is about, so that one action made once serves every incident
   * instead of a closure made per event).
   * @throws RangeError when `delay` is negative, NaN or infinite.
   * @example
   * ```ts
   * const clearAction = (incident: Incident) => this.clear(incident); // made once
   * engine.schedule(minutes, clearAction, incident);
   * ```
   */
  schedule(delay: number, action: () => void): EventHandle;
  schedule<S>(delay: number, action: (subject: S) => void, subject: S): EventHandle;
  schedule(delay: number, action: EventAction, subject?: unknown): EventHandle {
    if (!(delay >= 0 && delay < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`schedule: delay must be finite and >= 0, got ${delay}`);
    }
    return this.insert(this.clock + delay, action, subject);
  }

  /**
   * Schedules `action` to run at simulated time `time`, called with `subject` when one is given,
   * as in {@link schedule}.
   * @throws RangeError when `time` is before now, NaN or infinite.
   */
  scheduleAt(time: number, action: () => void): EventHandle;
  scheduleAt<S>(time: number, action: (subject: S) => void, subject: S): EventHandle;
  scheduleAt(time: number, action: EventAction, subject?: unknown): EventHandle {
    if (!(time >= this.clock && time < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `scheduleAt: time must be finite and not before now (${this.clock}), got ${time}`,
      );
    }
    return this.insert(time, action, subject);
  }

  /**
   * Cancels a scheduled event so that it never runs. Cancelling an event that already ran or was
   * already cancelled does nothing.
   * @throws Error when the handle comes from another engine.
   */
  cancel(handle: EventHandle): void {
    if (!(handle instanceof ScheduledEvent) || handle.owner !== this) {
      throw new Error('cancel: this event was not scheduled by this engine');
    }
    if (handle.action === null) return;
    handle.action = null;
    this.cancelledInQueue++;
    if (
      this.cancelledInQueue > COMPACT_MIN_CANCELLED &&
      this.cancelledInQueue * 2 > this.queue.data.length
    ) {
      this.dropCancelled();
    }
  }

  /**
   * Runs every event due at or before `time` (including events that actions schedule within that
   * window), then sets the clock to `time`. Calling it again with a later time carries on where it
   * stopped, losing nothing.
   * @throws RangeError when `time` is before now, NaN or infinite.
   * @throws Error when called from inside an event's action.
   */
  runUntil(time: number): void {
    if (!(time >= this.clock && time < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `runUntil: time must be finite and not before now (${this.clock}), got ${time}`,
      );
    }
    this.runEventsDueBy(time, Number.POSITIVE_INFINITY);
    this.clock = time;
  }

  /**
   * {@link runUntil} in slices: runs at most `maxEvents` of the events due at or before `time`.
   * Returns false when it stopped there with events still due by `time`, the clock at the last
   * event run (call it again to carry on: the events run in the same order as in one call), and
   * true once none is left, the clock then set to `time`. The main thread simulates this way so
   * that it can answer a stop signal in the middle of a long replication.
   * @throws RangeError when `time` is before now, NaN or infinite, or `maxEvents` is not at least 1.
   * @throws Error when called from inside an event's action.
   * @example
   * ```ts
   * while (!engine.runSliceUntil(60, 10_000)) await nextTurn(); // engine.now === 60
   * ```
   */
  runSliceUntil(time: number, maxEvents: number): boolean {
    if (!(time >= this.clock && time < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `runSliceUntil: time must be finite and not before now (${this.clock}), got ${time}`,
      );
    }
    if (!(maxEvents >= 1)) {
      throw new RangeError(`runSliceUntil: maxEvents must be at least 1, got ${maxEvents}`);
    }
    if (!this.runEventsDueBy(time, this.processed + maxEvents)) return false;
    this.clock = time;
    return true;
  }

  /**
   * Runs events until none is pending; the clock stays at the last event's time.
   * @throws Error when called from inside an event's action.
   */
  runAll(): void {
    this.runEventsDueBy(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  /**
   * Adds an event to simjs's heap as `PQueue.insert` does (stamp the insertion order, sift up by
   * time then order), without its argument check, which builds an `arguments` object for every
   * event: a test holds the order of events to that of `PQueue.insert`.
   */
  private insert(time: number, action: EventAction, subject: unknown): ScheduledEvent {
    const event = new ScheduledEvent(time, action, subject, this);
    event.order = this.inserted++;
    const heap = this.queue.data;
    let index = heap.length;
    heap.push(event);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex]!;
      if (byTimeThenOrder(parent, event) <= 0) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = event;
    return event;
  }

  /**
   * The hot loop. It peeks at the heap's top instead of using simjs's `simulate`, which pops (and
   * loses) the first event past its end time. If an action throws, the error propagates with the
   * clock at that event's time and the remaining events still pending. It stops early, returning
   * false, when `processed` has reached `stopAt` while an event not cancelled is still due by
   * `limit`.
   */
  private runEventsDueBy(limit: number, stopAt: number): boolean {
    if (this.running) {
      throw new Error('runUntil/runAll cannot be called from inside an event action');
    }
    this.running = true;
    try {
      const heap = this.queue.data;
      while (heap.length > 0) {
        const next = heap[0]!;
        if (next.deliverAt > limit) break;
        const action = next.action;
        if (action === null) {
          this.queue.remove();
          this.cancelledInQueue--;
          continue;
        }
        if (this.processed >= stopAt) return false;
        this.queue.remove();
        next.action = null;
        this.clock = next.deliverAt;
        this.processed++;
        (action as (subject: unknown) => void)(next.subject);
      }
      return true;
    } finally {
      this.running = false;
    }
  }

  /** Rebuilds the heap in place (the run loop holds the array) from its live events, sorted. */
  private dropCancelled(): void {
    const heap = this.queue.data;
    let live = 0;
    for (const event of heap) {
      if (event.action !== null) heap[live++] = event;
    }
    heap.length = live;
    heap.sort(byTimeThenOrder);
    this.cancelledInQueue = 0;
  }
}
