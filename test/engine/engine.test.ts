import { describe, expect, it } from 'vitest';
import { Engine, type EventHandle } from '../../src/engine/index.js';
import { simjs } from '../../src/engine/simjs.js';

/**
 * A small deterministic uniform generator (LCG) so that these tests depend on nothing but the
 * engine. Products stay below 2^53, so the arithmetic is exact.
 */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** What an event saw when it ran. */
interface Run {
  id: number;
  time: number;
  clock: number;
}

describe('Engine ordering', () => {
  it('runs events at the same time in the order they were scheduled', () => {
    const engine = new Engine();
    const ran: number[] = [];
    // 300 events over three distinct times, scheduled in an interleaved order so that the heap
    // has to reorder them; within each time the expected order is the scheduling order.
    for (let id = 0; id < 300; id++) {
      engine.scheduleAt([7, 3, 5][id % 3]!, () => ran.push(id));
    }
    engine.runAll();
    const expected = [1, 2, 0].flatMap((slot) =>
      Array.from({ length: 100 }, (_, k) => 3 * k + slot),
    );
    expect(ran).toEqual(expected);
  });

  it('calls an action with the subject it was scheduled with, in the same order as closures', () => {
    const engine = new Engine();
    const ran: string[] = [];
    const record = (name: string) => ran.push(`${name}@${engine.now}`);
    // Events with and without a subject, at equal and different times, one cancelled.
    engine.scheduleAt(5, record, 'a');
    engine.schedule(5, () => record('b'));
    const cancelled = engine.scheduleAt(2, record, 'c');
    engine.schedule(2, record, 'd');
    engine.scheduleAt(5, record, 'e');
    engine.cancel(cancelled);
    engine.runAll();
    expect(ran).toEqual(['d@2', 'a@5', 'b@5', 'e@5']);
  });

  it('runs an event an action schedules at the current time, after those already due then', () => {
    const engine = new Engine();
    const ran: string[] = [];
    engine.schedule(4, () => {
      ran.push('a');
      engine.schedule(0, () => ran.push('a-child'));
    });
    engine.schedule(4, () => ran.push('b'));
    engine.schedule(5, () => ran.push('c'));
    engine.runUntil(4);
    expect(ran).toEqual(['a', 'b', 'a-child']);
    expect(engine.now).toBe(4);
    engine.runAll();
    expect(ran).toEqual(['a', 'b', 'a-child', 'c']);
  });

  it('never runs time backwards and matches a sort by (time, scheduling order) on random schedules', () => {
    for (let trial = 0; trial < 20; trial++) {
      const uniform = lcg(1000 + trial);
      const engine = new Engine();
      const runs: Run[] = [];
      const due = new Map<number, number>(); // id -> time, for every event scheduled
      const handles: EventHandle[] = [];
      const cancelled = new Set<number>();
      let nextId = 0;

      const scheduleRandom = (): void => {
        const id = nextId++;
        // Integer-ish delays make ties frequent; some are exactly 0.
        const delay = uniform() < 0.2 ? 0 : Math.floor(uniform() * 20) / 2;
        const handle = engine.schedule(delay, () => {
          runs.push({ id, time: handle.time, clock: engine.now });
          if (nextId < 400 && uniform() < 0.7) scheduleRandom();
          if (nextId < 400 && uniform() < 0.3) scheduleRandom();
          if (uniform() < 0.1) cancelRandom();
        });
        due.set(id, handle.time);
        handles[id] = handle;
      };
      const cancelRandom = (): void => {
        const id = Math.floor(uniform() * nextId);
        if (!runs.some((run) => run.id === id)) cancelled.add(id);
        engine.cancel(handles[id]!);
      };

      for (let i = 0; i < 50; i++) scheduleRandom();
      engine.runAll();

      for (const run of runs) expect(run.clock).toBe(run.time);
      for (let i = 1; i < runs.length; i++) {
        expect(runs[i]!.time).toBeGreaterThanOrEqual(runs[i - 1]!.time);
      }
      const expected = [...due.entries()]
        .filter(([id]) => !cancelled.has(id))
        .sort(([idA, timeA], [idB, timeB]) => timeA - timeB || idA - idB)
        .map(([id]) => id);
      expect(runs.map((run) => run.id)).toEqual(expected);
      expect(engine.eventsProcessed).toBe(expected.length);
      expect(engine.pendingCount).toBe(0);
    }
  });
});

describe('Engine running in segments', () => {
  it('runs every event due by T, leaves the clock at T, and loses nothing for the next segment', () => {
    const engine = new Engine();
    const ran: number[] = [];
    for (const time of [5, 10, 10, 11, 15]) engine.scheduleAt(time, () => ran.push(time));
    engine.runUntil(10);
    expect(ran).toEqual([5, 10, 10]);
    expect(engine.now).toBe(10);
    expect(engine.pendingCount).toBe(2);
    engine.runUntil(10.5);
    expect(ran).toEqual([5, 10, 10]);
    expect(engine.now).toBe(10.5);
    // The first event after the end (11) is exactly the one simjs's simulate(end) would lose.
    engine.runUntil(20);
    expect(ran).toEqual([5, 10, 10, 11, 15]);
    expect(engine.now).toBe(20);
  });

  it('runs an event scheduled between segments at the current time in the next segment', () => {
    const engine = new Engine();
    const ran: number[] = [];
    engine.runUntil(30);
    engine.schedule(0, () => ran.push(engine.now));
    expect(engine.pendingCount).toBe(1);
    engine.runUntil(30);
    expect(ran).toEqual([30]);
  });

  it('gives the same run whether it goes in one call or in many random segments', () => {
    const build = (engine: Engine, log: Run[]): void => {
      const uniform = lcg(77);
      let id = 0;
      const tick = (): void => {
        const mine = id++;
        log.push({ id: mine, time: engine.now, clock: engine.now });
        if (id < 2000) engine.schedule(uniform() < 0.3 ? 0 : uniform() * 3, tick);
      };
      for (let i = 0; i < 5; i++) engine.schedule(uniform() * 3, tick);
    };
    const whole: Run[] = [];
    const wholeEngine = new Engine();
    build(wholeEngine, whole);
    wholeEngine.runAll();

    const segmented: Run[] = [];
    const segmentedEngine = new Engine();
    build(segmentedEngine, segmented);
    const cut = lcg(5);
    while (segmentedEngine.pendingCount > 0) {
      const end = segmentedEngine.now + cut() * 4;
      segmentedEngine.runUntil(end);
      expect(segmentedEngine.now).toBe(end);
    }
    expect(segmented).toEqual(whole);
  });

  it.each([1, 2, 7, 500])('gives the same run in slices of at most %i events', (maxEvents) => {
    const build = (engine: Engine, log: number[]): void => {
      const uniform = lcg(31);
      let id = 0;
      const tick = (): void => {
        log.push(id, engine.now);
        id += 1;
        if (id < 1500) engine.schedule(uniform() < 0.3 ? 0 : uniform() * 3, tick);
        // Cancelled events are popped but not counted as run.
        if (id % 5 === 0) engine.cancel(engine.schedule(1, tick));
      };
      for (let i = 0; i < 5; i++) engine.schedule(uniform() * 3, tick);
    };
    const whole: number[] = [];
    const wholeEngine = new Engine();
    build(wholeEngine, whole);
    wholeEngine.runUntil(1e6);

    const sliced: number[] = [];
    const slicedEngine = new Engine();
    build(slicedEngine, sliced);
    let slices = 1;
    let before = 0;
    while (!slicedEngine.runSliceUntil(1e6, maxEvents)) {
      // A slice that stops early ran exactly its budget, and the clock is at its last event.
      expect(slicedEngine.eventsProcessed - before).toBe(maxEvents);
      expect(slicedEngine.now).toBe(sliced.at(-1));
      before = slicedEngine.eventsProcessed;
      slices += 1;
    }
    expect(sliced).toEqual(whole);
    expect(slicedEngine.now).toBe(1e6);
    expect(slicedEngine.eventsProcessed).toBe(wholeEngine.eventsProcessed);
    expect(slices).toBe(Math.max(1, Math.ceil(wholeEngine.eventsProcessed / maxEvents)));
  });

  it('rejects a slice of no events', () => {
    expect(() => new Engine().runSliceUntil(5, 0)).toThrow(RangeError);
  });
});

describe('Engine cancellation', () => {
  it('never runs a cancelled event and ignores repeated or late cancels', () => {
    const engine = new Engine();
    const ran: string[] = [];
    const early = engine.schedule(1, () => ran.push('early'));
    const cancelled = engine.schedule(2, () => ran.push('cancelled'));
    engine.schedule(3, () => ran.push('late'));
    expect(engine.pendingCount).toBe(3);
    engine.cancel(cancelled);
    engine.cancel(cancelled);
    expect(engine.pendingCount).toBe(2);
    engine.runAll();
    engine.cancel(early); // already ran
    expect(ran).toEqual(['early', 'late']);
    expect(engine.eventsProcessed).toBe(2);
    expect(engine.pendingCount).toBe(0);
  });

  it('lets an action cancel another event due at the same time', () => {
    const engine = new Engine();
    const ran: string[] = [];
    let victim: EventHandle | undefined;
    engine.schedule(1, () => {
      ran.push('first');
      engine.cancel(victim!);
    });
    victim = engine.schedule(1, () => ran.push('victim'));
    engine.runAll();
    expect(ran).toEqual(['first']);
  });

  it('keeps order and counts right when most pending events are cancelled', () => {
    const engine = new Engine();
    const uniform = lcg(9);
    const ran: number[] = [];
    const handles: EventHandle[] = [];
    const times: number[] = [];
    // Few distinct times, so most events tie and only the scheduling order separates them.
    for (let id = 0; id < 2000; id++) {
      times.push(Math.floor(uniform() * 5));
      handles.push(engine.scheduleAt(times[id]!, () => ran.push(id)));
    }
    const kept = new Set<number>();
    for (let id = 0; id < 2000; id++) {
      if (uniform() < 0.1) kept.add(id);
    }
    // Cancel in a scrambled order so the heap is rebuilt from a shuffled state.
    const order = [...handles.keys()].sort((a, b) => ((a * 7919) % 2000) - ((b * 7919) % 2000));
    for (const id of order) if (!kept.has(id)) engine.cancel(handles[id]!);
    expect(engine.pendingCount).toBe(kept.size);
    engine.runAll();
    const expected = [...kept].sort((a, b) => times[a]! - times[b]! || a - b);
    expect(ran).toEqual(expected);
    expect(engine.eventsProcessed).toBe(kept.size);
  });

  it('refuses a handle from another engine', () => {
    const handle = new Engine().schedule(1, () => {});
    expect(() => new Engine().cancel(handle)).toThrow(/not scheduled by this engine/);
    expect(() => new Engine().cancel({ time: 1 })).toThrow(/not scheduled by this engine/);
  });
});

describe('Engine errors', () => {
  it('refuses delays and times that are negative, in the past, NaN or infinite', () => {
    const engine = new Engine();
    engine.runUntil(10);
    const noop = () => {};
    for (const delay of [-1, -1e-9, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => engine.schedule(delay, noop)).toThrow(RangeError);
    }
    for (const time of [9.999, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => engine.scheduleAt(time, noop)).toThrow(RangeError);
      expect(() => engine.runUntil(time)).toThrow(RangeError);
    }
    expect(engine.pendingCount).toBe(0);
    expect(engine.now).toBe(10);
  });

  it('refuses to run from inside an action', () => {
    const engine = new Engine();
    let caught: unknown;
    engine.schedule(1, () => {
      try {
        engine.runUntil(5);
      } catch (error) {
        caught = error;
      }
    });
    engine.runAll();
    expect(caught).toBeInstanceOf(Error);
    expect(String(caught)).toMatch(/inside an event action/);
  });

  it('propagates an action error with the clock at that event, and can carry on', () => {
    const engine = new Engine();
    const ran: number[] = [];
    engine.schedule(1, () => {
      throw new Error('boom');
    });
    engine.schedule(2, () => ran.push(2));
    expect(() => engine.runAll()).toThrow('boom');
    expect(engine.now).toBe(1);
    expect(engine.pendingCount).toBe(1);
    engine.runAll();
    expect(ran).toEqual([2]);
  });
});

describe('Engine isolation', () => {
  it('shares nothing between engines', () => {
    const a = new Engine();
    const b = new Engine();
    const ranA: number[] = [];
    const ranB: number[] = [];
    a.schedule(1, () => ranA.push(1));
    b.schedule(2, () => ranB.push(2));
    a.schedule(3, () => ranA.push(3));
    a.runUntil(2);
    expect(b.now).toBe(0);
    expect(b.pendingCount).toBe(1);
    b.runAll();
    expect(a.pendingCount).toBe(1);
    a.runAll();
    expect(ranA).toEqual([1, 3]);
    expect(ranB).toEqual([2]);
    expect([a.eventsProcessed, b.eventsProcessed]).toEqual([2, 1]);
  });
});

describe('Engine event list against simjs PQueue.insert', () => {
  /**
   * Runs the same branching process twice, through the engine and through a bare simjs PQueue
   * filled by its own `insert`: every event, when it runs, schedules 0 to 2 children a few whole
   * minutes later (many ties), so inserts happen both before and during the run.
   */
  it('runs events in the order a simjs PQueue filled by its own insert pops them', () => {
    const children = (id: number, draw: () => number): number[] =>
      id >= 3000
        ? []
        : Array.from({ length: Math.floor(draw() * 3) }, () => Math.floor(draw() * 4));

    const engine = new Engine();
    const engineOrder: number[] = [];
    const engineDraw = lcg(11);
    let engineNext = 0;
    const scheduleOnEngine = (delay: number): void => {
      const id = engineNext++;
      engine.schedule(delay, () => {
        engineOrder.push(id);
        for (const d of children(id, engineDraw)) scheduleOnEngine(d);
      });
    };

    const queue = new simjs.PQueue<{ deliverAt: number; order: number; id: number }>('reference');
    const referenceOrder: number[] = [];
    const referenceDraw = lcg(11);
    let referenceNext = 0;
    let now = 0;
    const scheduleOnQueue = (delay: number): void => {
      queue.insert({ deliverAt: now + delay, order: 0, id: referenceNext++ });
    };

    const startDraw = lcg(5);
    for (let i = 0; i < 200; i++) {
      const delay = Math.floor(startDraw() * 50);
      scheduleOnEngine(delay);
      scheduleOnQueue(delay);
    }
    engine.runAll();
    for (let entry = queue.remove(); entry !== null; entry = queue.remove()) {
      now = entry.deliverAt;
      referenceOrder.push(entry.id);
      for (const d of children(entry.id, referenceDraw)) scheduleOnQueue(d);
    }
    expect(engineOrder.length).toBeGreaterThan(1000);
    expect(engineOrder).toEqual(referenceOrder);
  });
});
