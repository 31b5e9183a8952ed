/**
 * The floor program of the SimPy comparison (bench/mm3-floor.ts) must simulate the M/M/3 queue it
 * claims to, or its time bounds nothing: its calls obey the queue's rules, and its waits agree
 * with Erlang C.
 */
import { describe, expect, it } from 'vitest';
import { MM3, simulateFloorReplication, summariseFloor } from '../../bench/mm3-floor.js';
import { solveMMc } from '../../src/analytic/erlang.js';
import { confidenceInterval } from '../../src/stats/interval.js';

describe('the M/M/3 floor program', () => {
  it('serves calls first come, first served, never more than three at once, all before they end', () => {
    const days = 20;
    const calls = simulateFloorReplication(1, days).sort((a, b) => a.arrival - b.arrival);
    expect(calls.length).toBeGreaterThan(0);
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i]!;
      expect(call.arrival).toBeLessThan(days * 1440);
      expect(call.start).toBeGreaterThanOrEqual(call.arrival);
      expect(call.end).toBeGreaterThan(call.start);
      if (i > 0) expect(call.start).toBeGreaterThanOrEqual(calls[i - 1]!.start);
    }
    const changes = calls.flatMap((c) => [
      { at: c.start, step: 1 },
      { at: c.end, step: -1 },
    ]);
    changes.sort((a, b) => a.at - b.at || a.step - b.step);
    let inService = 0;
    for (const change of changes) {
      inService += change.step;
      expect(inService).toBeLessThanOrEqual(MM3.servers);
    }
  });

  it('waits as Erlang C predicts (λ 2.4/h, μ 1/h, 3 servers): mean wait and share that waited', () => {
    const theory = solveMMc({ arrivalRate: 2.4, serviceRate: 1, servers: 3 });
    const summaries = Array.from({ length: 20 }, (_, r) =>
      summariseFloor(simulateFloorReplication(r, MM3.days)),
    );
    const meanWait = confidenceInterval(summaries.map((s) => s.meanWait));
    const shareWaited = confidenceInterval(summaries.map((s) => s.shareWaited));
    // Theory in minutes; the 0.001 minutes of travel add far less than the intervals' width.
    expect(meanWait.low).toBeLessThan(theory.meanWaitInQueue * 60);
    expect(meanWait.high).toBeGreaterThan(theory.meanWaitInQueue * 60);
    expect(shareWaited.low).toBeLessThan(theory.probabilityWait);
    expect(shareWaited.high).toBeGreaterThan(theory.probabilityWait);
    expect(meanWait.halfWidth / meanWait.mean).toBeLessThan(0.1);
  });
});
