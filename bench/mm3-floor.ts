/**
 * The floor of the SimPy comparison: the M/M/3 work of bench/mm3.yaml written by hand for this one
 * queue, on the parts peakwatch cannot do without (simjs's event queue, the model's random
 * streams, Node's number-to-text), with exactly the rows and summary of bench/mm3_simpy.py. No
 * scenario file, no validation, no detection, dispatch, roster or accounting: whatever peakwatch
 * spends beyond this program's time is the price of being a general model. `npm run bench` times
 * it as a process of its own beside peakwatch and SimPy (bench/speed-ratios.ts), so that the
 * ratio of any program on these parts to SimPy is measured in the same run.
 *
 * Usage (after bundling, as the bench does): node mm3-floor.mjs [--rows FILE]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { simjs } from '../src/engine/simjs.js';
import { streamFor } from '../src/rng/stream.js';

/** The queue of bench/mm3.yaml and bench/mm3_simpy.py. */
export const MM3 = {
  callsPerMinute: 2.4 / 60,
  meanServiceMinutes: 60,
  travelMinutes: 0.001,
  servers: 3,
  days: 100,
  replications: 42,
  seed: 9001,
} as const;

/** One call's record: when it arrived, when an officer started on it, when it ended. */
export interface CallRecord {
  readonly arrival: number;
  start: number;
  end: number;
}

/** What bench/mm3_simpy.py reports for a replication. */
export interface FloorSummary {
  readonly calls: number;
  readonly meanWait: number;
  readonly shareWaited: number;
  readonly p90Wait: number;
}

/** An entry of the event queue: an arrival (no call yet) or the end of a call's service. */
interface FloorEvent {
  deliverAt: number;
  order: number;
  readonly call: CallRecord | null;
}

/** The calls of one replication, in the order their service ended. */
export function simulateFloorReplication(replication: number, days: number): CallRecord[] {
  const stream = streamFor(MM3.seed, replication, 'mm3');
  const events = new simjs.PQueue<FloorEvent>('mm3');
  const horizon = days * 1440;
  const waiting: CallRecord[] = [];
  const ended: CallRecord[] = [];
  let busy = 0;
  let now = 0;
  let head = 0;
  const arriveAfter = (gap: number) =>
    events.insert({ deliverAt: now + gap, order: 0, call: null });
  const serve = (call: CallRecord) => {
    call.start = now;
    const service = MM3.travelMinutes + stream.exponential(MM3.meanServiceMinutes);
    events.insert({ deliverAt: now + service, order: 0, call });
  };
  arriveAfter(stream.exponential(1 / MM3.callsPerMinute));
  for (let event = events.remove(); event !== null; event = events.remove()) {
    now = event.deliverAt;
    const call = event.call;
    if (call === null) {
      if (now >= horizon) continue;
      const arrived: CallRecord = { arrival: now, start: 0, end: 0 };
      if (busy < MM3.servers) {
        busy++;
        serve(arrived);
      } else waiting.push(arrived);
      arriveAfter(stream.exponential(1 / MM3.callsPerMinute));
      continue;
    }
    call.end = now;
    ended.push(call);
    if (head < waiting.length) serve(waiting[head++]!);
    else busy--;
  }
  return ended;
}

/** The summary bench/mm3_simpy.py computes: mean wait, share that waited, 90th percentile. */
export function summariseFloor(calls: readonly CallRecord[]): FloorSummary {
  const waits = new Float64Array(calls.length);
  let total = 0;
  let waited = 0;
  for (let i = 0; i < calls.length; i++) {
    const wait = calls[i]!.start - calls[i]!.arrival;
    waits[i] = wait;
    total += wait;
    if (wait > 0) waited++;
  }
  waits.sort();
  return {
    calls: waits.length,
    meanWait: total / waits.length,
    shareWaited: waited / waits.length,
    p90Wait: waits[Math.floor(0.9 * (waits.length - 1))]!,
  };
}

/** bench/mm3_simpy.py's rows for a replication: replication, number, arrival, start, end, wait. */
function floorRows(replication: number, calls: CallRecord[]): string {
  calls.sort((a, b) => a.arrival - b.arrival);
  let text = '';
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i]!;
    text += `${replication},${i + 1},${c.arrival},${c.start},${c.end},${c.start - c.arrival}\n`;
  }
  return text;
}

/** Every replication, summarised, with its rows written to `rowsFile` when one is given. */
function main(rowsFile: string | undefined): void {
  const fd = rowsFile === undefined ? -1 : openSync(rowsFile, 'w');
  let calls = 0;
  for (let replication = 0; replication < MM3.replications; replication++) {
    const records = simulateFloorReplication(replication, MM3.days);
    calls += summariseFloor(records).calls;
    if (fd >= 0) writeSync(fd, floorRows(replication, records));
  }
  if (fd >= 0) closeSync(fd);
  process.stdout.write(`${calls} calls\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = process.argv.indexOf('--rows');
  main(rows >= 0 ? process.argv[rows + 1] : undefined);
}
