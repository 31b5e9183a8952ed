import { describe, expect, it } from 'vitest';
import { dayOfRun, horizonHours, horizonMinutes } from '../../src/scenario/clock.js';

describe('the run calendar', () => {
  it('numbers days from 1 at 00:00 of the first day, changing exactly at midnight', () => {
    expect(dayOfRun(0)).toBe(1);
    expect(dayOfRun(1439.999)).toBe(1);
    expect(dayOfRun(1440)).toBe(2);
    expect(dayOfRun(3 * 1440 + 600)).toBe(4);
  });

  it('counts the horizon of whole days in minutes and hours', () => {
    expect(horizonMinutes({ days: 1 })).toBe(24 * 60);
    expect(horizonHours({ days: 3 })).toBe(72);
  });
});
