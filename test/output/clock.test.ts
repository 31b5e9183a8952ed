import { describe, expect, it } from 'vitest';
import { ClockLabels } from '../../src/output/clock.js';

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
