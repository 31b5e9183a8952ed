import { describe, expect, it } from 'vitest';
import { checkPrecision } from '../../src/experiment/precision.js';

const runs = (plan: string, values: Record<string, number[]>) =>
  Object.values(values)[0]!.map((_, i) => ({
    plan,
    replication: i + 1,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[i]!])),
  }));

describe('checkPrecision', () => {
  // Values 9, 10, 11: mean 10, sd 1, half-width 4.302653 / √3 = 2.484138 → relative 0.2484.
  const a = runs('a', { x: [9, 10, 11], y: [100, 100, 100] });

  it('is reached when the widest relative half-width is below the target', () => {
    const status = checkPrecision(a, ['a'], 0.25, ['x', 'y']);
    expect(status.reached).toBe(true);
    expect(status.widest).toBeCloseTo(0.2484138, 6);
    expect(status).toMatchObject({ plan: 'a', measure: 'x' });
    expect(checkPrecision(a, ['a'], 0.24, ['x', 'y']).reached).toBe(false);
  });

  it('names the plan and measure that hold the run back', () => {
    const b = runs('b', { x: [5, 10, 15], y: [1, 1, 1] });
    expect(checkPrecision([...a, ...b], ['a', 'b'], 0.5, ['x', 'y'])).toMatchObject({
      reached: false,
      plan: 'b',
      measure: 'x',
    });
  });

  it('skips a measure no replication defines, but not one with a single value', () => {
    const c = runs('c', { x: [9, 10, 11], z: [Number.NaN, Number.NaN, Number.NaN] });
    expect(checkPrecision(c, ['c'], 0.3, ['x', 'z']).reached).toBe(true);
    const d = runs('d', { x: [9, 10, 11], z: [Number.NaN, 4, Number.NaN] });
    const status = checkPrecision(d, ['d'], 0.3, ['x', 'z']);
    expect(status).toMatchObject({
      reached: false,
      measure: 'z',
      widest: Number.POSITIVE_INFINITY,
    });
  });

  it('accepts a measure that is 0 in every replication, not one that varies around 0', () => {
    expect(checkPrecision(runs('e', { x: [0, 0, 0] }), ['e'], 0.01, ['x']).reached).toBe(true);
    expect(checkPrecision(runs('f', { x: [-1, 0, 1] }), ['f'], 0.01, ['x']).reached).toBe(false);
  });

  it('judges shares in percentage points, not relative to a mean near 0', () => {
    // shareWaited 0, 0.5, 1 (%): mean 0.5, half-width 4.302653 × 0.5 / √3 = 1.2421 points,
    // i.e. 0.0124 of 100 % — but 2.48 relative to its mean.
    const waited = runs('w', { shareWaited: [0, 0.5, 1], meanAlertToFirst: [9, 10, 11] });
    const status = checkPrecision(waited, ['w'], 0.25, ['shareWaited', 'meanAlertToFirst']);
    expect(status).toMatchObject({ reached: true, measure: 'meanAlertToFirst' });
    expect(checkPrecision(waited, ['w'], 0.01, ['shareWaited']).widest).toBeCloseTo(0.012421, 5);
  });
});
