import { describe, expect, it } from 'vitest';
import { ClockLabels } from '../../src/output/clock.js';
import { Utf8Builder } from '../../src/output/utf8-builder.js';

describe('ClockLabels', () => {
  it.each([
    ['2024-10-01', 0, '2024-10-01 00:00'],
    ['2024-10-01', 7 * 60 + 30, '2024-10-01 07:30'],
    ['2024-10-01', 1439.99, '2024-10-01 23:59'],
    ['2024-10-01', 1440, '2024-10-02 00:00'],
    ['2024-10-01', 6 * 1440 + 23 * 60 + 5.5, '2024-10-07 23:05'],
    ['2024-10-31', 1440 + 61, '2024-11-01 01:01'],
    ['2024-02-28', 1440, '2024-02-29 00:00'],
    ['2023-02-28', 1440, '2023-03-01 00:00'],
    ['2024-12-31', 1440 + 1, '2025-01-01 00:01'],
  ])('%s + %f minutes is %s', (start, minutes, expected) => {
    expect(new ClockLabels(start).label(minutes)).toBe(expected);
  });

  it('labels the same as a fresh labeller after many labels in any order', () => {
    const reused = new ClockLabels('2024-12-30');
    for (const minutes of [5000, 10, 3 * 1440 + 7, 1439, 99_999.5, 2880]) {
      expect(reused.label(minutes)).toBe(new ClockLabels('2024-12-30').label(minutes));
    }
    expect(reused.label(3 * 1440 + 7)).toBe('2025-01-02 00:07');
  });
});

describe('ClockLabels, against the calendar of Date', () => {
  /** The label by Date's own UTC calendar: an independent reckoning of the same instant. */
  const byDate = (start: string, minutes: number) =>
    new Date(Date.parse(`${start}T00:00:00Z`) + Math.floor(minutes) * 60_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
  /** The bytes appendLabel writes, as text. */
  const appended = (clock: ClockLabels, minutes: number) => {
    const out = new Utf8Builder();
    clock.appendLabel(minutes, out);
    return Buffer.from(out.finish()).toString();
  };
  // Leap days (2024-02-29, 2000-02-29, none in 2100), year ends, and day boundaries.
  const starts = ['2024-02-27', '2023-12-31', '2000-02-28', '2100-02-28', '2024-10-01'];
  const minutes = [
    0, 0.999, 59.999, 60, 1439, 1439.999, 1440, 1440.001, 2879.5, 2880, 4319, 4320, 525_600,
    527_040.25, -0.001, -1, -59.5, -1440, -1441, -2880.5,
  ];

  it.each(starts)('labels every time from %s as Date does, before and after day one', (start) => {
    const clock = new ClockLabels(start);
    for (const m of minutes) expect([m, clock.label(m)]).toEqual([m, byDate(start, m)]);
  });

  it.each(starts)('appends the very bytes of the label (from %s)', (start) => {
    const clock = new ClockLabels(start);
    let x = 0.5;
    const spread = [...minutes];
    for (let i = 0; i < 300; i++) {
      x = (x * 9301 + 49297) % 233280;
      spread.push((x / 233280) * 200_000 - 3000);
    }
    for (const m of spread) expect([m, appended(clock, m)]).toEqual([m, byDate(start, m)]);
  });

  it('appends the same text as label for times that are not finite', () => {
    const clock = new ClockLabels('2024-10-01');
    for (const m of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300]) {
      expect(appended(clock, m)).toBe(clock.label(m));
    }
  });
});
