import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../src/model/records.js';
import {
  allBusyMinutes,
  busySpansByResponder,
  incidentsOccurringIn,
} from '../../src/stats/time-spans.js';

/** An incident record with only the fields the spans use set meaningfully. */
function incident(
  id: number,
  occurred: number,
  dispatched: number | null,
  cleared: number | null,
  responders: string[],
): IncidentRecord {
  return {
    id,
    type: 't',
    priority: 1,
    site: 's',
    occurred,
    alert: occurred,
    detectedBy: 'phone',
    dispatched,
    firstOnScene: dispatched,
    firstResponder: responders[0] ?? null,
    firstResponderKind: 'officer',
    firstOnSceneByKind: dispatched === null ? {} : { officer: dispatched },
    officersRequired: 1,
    officersOnScene: dispatched,
    cleared,
    waited: false,
    waitMinutes: 0,
    travelMinutes: 0,
    recovered: null,
    found: null,
    withinTarget: true,
    responders,
  };
}

describe('time spans', () => {
  it('keeps the incidents that occurred in [start, end)', () => {
    const records = [
      incident(1, 9.9, 10, 20, ['a']),
      incident(2, 10, 10, 20, ['a']),
      incident(3, 20, 20, 30, ['a']),
    ];
    expect(incidentsOccurringIn(records, { start: 10, end: 20 }).map((i) => i.id)).toEqual([2]);
  });

  it('merges a responder’s overlapping spans and skips incidents it was never busy with', () => {
    // Busy from dispatch to clearance plus one minute back; never when not dispatched.
    const spans = busySpansByResponder(
      [
        incident(1, 0, 0, 9, ['a']),
        incident(2, 5, 5, 19, ['a', 'b']),
        incident(3, 30, 30, 39, ['a']),
        incident(4, 50, null, null, ['b']),
      ],
      (i) =>
        i.dispatched === null || i.cleared === null
          ? null
          : { start: i.dispatched, end: i.cleared + 1 },
    );
    expect(spans.get('a')).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect(spans.get('b')).toEqual([{ start: 5, end: 20 }]);
  });

  it('counts the minutes when every unit is busy, and none when one never is', () => {
    const a = [
      { start: 0, end: 10 },
      { start: 20, end: 40 },
    ];
    const b = [{ start: 5, end: 25 }];
    // Both busy 5–10 and 20–25; the window [0, 22) keeps 5 + 2.
    expect(allBusyMinutes([a, b], { start: 0, end: 22 })).toBe(7);
    expect(allBusyMinutes([a, b, []], { start: 0, end: 60 })).toBe(0);
    // One unit freed at 10 and taken again at 10 is not a moment of all busy beyond that.
    expect(
      allBusyMinutes(
        [
          [
            { start: 0, end: 10 },
            { start: 10, end: 15 },
          ],
          [{ start: 0, end: 15 }],
        ],
        { start: 0, end: 60 },
      ),
    ).toBe(15);
  });
});
