import { describe, expect, it } from 'vitest';
import { congestionByMinute, crowdingSlowdown, interpolatedTime } from '../../src/model/travel.js';
import {
  dailyWindow,
  isWithinWindow,
  nextClockTime,
  nextWindowChange,
  parseClock,
  windowLength,
} from '../../src/scenario/clock.js';

const DAY = 1440;

describe('clock times', () => {
  it('reads HH:MM as minutes since midnight, 24:00 as 1440', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('07:30')).toBe(450);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBe(1440);
  });

  it('rejects what is not a clock time', () => {
    for (const bad of ['7:30', '24:01', '12:60', 'noon', '']) {
      expect(() => parseClock(bad)).toThrow(/clock time/);
    }
  });
});

describe('daily windows', () => {
  it('covers start to end within a day, start in and end out, every day', () => {
    const day = dailyWindow({ start: '07:00', end: '19:00' });
    for (const offset of [0, DAY, 5 * DAY]) {
      expect(isWithinWindow(day, offset + 419.9)).toBe(false);
      expect(isWithinWindow(day, offset + 420)).toBe(true);
      expect(isWithinWindow(day, offset + 1139.9)).toBe(true);
      expect(isWithinWindow(day, offset + 1140)).toBe(false);
    }
    expect(windowLength(day)).toBe(720);
  });

  it('runs overnight when the end is before the start', () => {
    const night = dailyWindow({ start: '19:00', end: '07:00' });
    expect(isWithinWindow(night, 0)).toBe(true); // 00:00 on day 1: the night shift is on
    expect(isWithinWindow(night, 419)).toBe(true);
    expect(isWithinWindow(night, 420)).toBe(false);
    expect(isWithinWindow(night, 1139)).toBe(false);
    expect(isWithinWindow(night, 1140)).toBe(true);
    expect(isWithinWindow(night, DAY + 300)).toBe(true);
    expect(windowLength(night)).toBe(720);
  });

  it('treats equal start and end, and 00:00–24:00, as all day', () => {
    for (const hours of [
      { start: '08:00', end: '08:00' },
      { start: '00:00', end: '24:00' },
      { start: '24:00', end: '00:00' },
    ]) {
      const window = dailyWindow(hours);
      expect(window.allDay).toBe(true);
      for (const t of [0, 1, 719.5, 1439.9, 3 * DAY + 17])
        expect(isWithinWindow(window, t)).toBe(true);
      expect(windowLength(window)).toBe(DAY);
      expect(nextWindowChange(window, 100)).toBe(Number.POSITIVE_INFINITY);
    }
  });

  it('ends at midnight when the end is 24:00', () => {
    const evening = dailyWindow({ start: '19:00', end: '24:00' });
    expect(isWithinWindow(evening, 1439.5)).toBe(true);
    expect(isWithinWindow(evening, DAY)).toBe(false);
    expect(isWithinWindow(evening, DAY + 1)).toBe(false);
    expect(windowLength(evening)).toBe(300);
  });

  it('finds the next opening or closing strictly after a time', () => {
    const day = dailyWindow({ start: '07:00', end: '19:00' });
    expect(nextWindowChange(day, 0)).toBe(420);
    expect(nextWindowChange(day, 420)).toBe(1140); // opened at 420: next is the close
    expect(nextWindowChange(day, 1140)).toBe(DAY + 420);
    const night = dailyWindow({ start: '19:00', end: '07:00' });
    expect(nextWindowChange(night, 0)).toBe(420);
    expect(nextWindowChange(night, 500)).toBe(1140);
    expect(nextWindowChange(night, 1140)).toBe(DAY + 420);
    expect(nextClockTime(420, 1500)).toBe(DAY + 420);
    expect(nextClockTime(420, DAY + 420)).toBe(2 * DAY + 420);
  });
});

describe('congestion by hour', () => {
  const factors = congestionByMinute([
    { from: '08:00', to: '10:00', factor: 1.5 },
    { from: '09:00', to: '11:00', factor: 1.2 },
    { from: '22:00', to: '02:00', factor: 1.1 },
  ]);

  it('is 1 outside every period and the period factor inside', () => {
    expect(factors[7 * 60 + 59]).toBe(1);
    expect(factors[8 * 60]).toBe(1.5);
    expect(factors[10 * 60 + 30]).toBe(1.2);
    expect(factors[11 * 60]).toBe(1);
  });

  it('takes the largest factor where periods overlap', () => {
    expect(factors[9 * 60 + 30]).toBe(1.5);
  });

  it('wraps overnight periods', () => {
    expect(factors[23 * 60]).toBe(1.1);
    expect(factors[60]).toBe(1.1);
    expect(factors[2 * 60]).toBe(1);
  });
});

describe('crowding slow-down', () => {
  it('is 1 up to capacity and rises linearly with the excess load', () => {
    expect(crowdingSlowdown(0.5, 800, 1000)).toBe(1);
    expect(crowdingSlowdown(0.5, 1000, 1000)).toBe(1);
    expect(crowdingSlowdown(0.5, 1500, 1000)).toBeCloseTo(1.25, 12);
    expect(crowdingSlowdown(2, 3000, 1000)).toBeCloseTo(5, 12);
  });
});

describe('re-tasking interpolation', () => {
  it('is (1 − f)·time(A, C) + f·time(B, C)', () => {
    // Heading back from A (8 minutes from C) to base B (4 minutes from C), a quarter of the way.
    expect(interpolatedTime(0.25, 8, 4)).toBe(7);
    expect(interpolatedTime(0.5, 10, 2)).toBe(6);
  });

  it('is the time from A at the start and from B at the end, clamped outside', () => {
    expect(interpolatedTime(0, 8, 4)).toBe(8);
    expect(interpolatedTime(1, 8, 4)).toBe(4);
    expect(interpolatedTime(-0.5, 8, 4)).toBe(8);
    expect(interpolatedTime(1.5, 8, 4)).toBe(4);
  });
});
