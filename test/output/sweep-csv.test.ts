/**
 * sweep.csv rows from hand-made comparisons: the point and its values lead every row, plans and
 * measures keep their order, the baseline has no difference cells and numbers round-trip.
 */
import { describe, expect, it } from 'vitest';
import { formatSweepRows, sweepColumns } from '../../src/output/sweep-csv.js';
import type { PlanComparison } from '../../src/stats/compare.js';
import type { Interval } from '../../src/stats/interval.js';

const interval = (mean: number, halfWidth: number): Interval => ({
  mean,
  low: mean - halfWidth,
  high: mean + halfWidth,
  halfWidth,
  n: 3,
  sd: 1,
});

const comparisons: PlanComparison[] = [
  {
    plan: 'base',
    level: 0.95,
    replications: 3,
    estimates: { incidents: interval(20, 2), 'standard@fast': interval(80, 5) },
    differences: null,
  },
  {
    plan: 'extra-car',
    level: 0.95,
    replications: 3,
    estimates: { incidents: interval(20, 2), 'standard@fast': interval(90.5, 4) },
    differences: { incidents: interval(0, 0), 'standard@fast': interval(10.5, 1.25) },
  },
];

describe('sweep.csv', () => {
  it('has the point, each varied path, then the measure columns', () => {
    expect(sweepColumns(['crowd.visitorsPerDay', 'incidents.types[dispute].rate'])).toEqual([
      'point',
      'crowd.visitorsPerDay',
      'incidents.types[dispute].rate',
      'plan',
      'measure',
      'mean',
      'ci_low',
      'ci_high',
      'diff_vs_baseline',
      'diff_low',
      'diff_high',
    ]);
  });

  it('writes one row per plan and measure, the baseline without a difference', () => {
    const text = formatSweepRows(3, ['7000', '1.5'], comparisons, ['standard@fast', 'incidents']);
    expect(text.trimEnd().split('\n')).toEqual([
      '3,7000,1.5,base,standard@fast,80,75,85,,,',
      '3,7000,1.5,base,incidents,20,18,22,,,',
      '3,7000,1.5,extra-car,standard@fast,90.5,86.5,94.5,10.5,9.25,11.75',
      '3,7000,1.5,extra-car,incidents,20,18,22,0,0,0',
    ]);
  });

  it('quotes a varied value holding a comma', () => {
    const text = formatSweepRows(1, ['[1, 2]'], comparisons.slice(0, 1), ['incidents']);
    expect(text.trimEnd()).toBe('1,"[1, 2]",base,incidents,20,18,22,,,');
  });

  it('refuses a comparison without the measure', () => {
    expect(() => formatSweepRows(1, [], comparisons, ['missing'])).toThrow(
      /no estimate of "missing"/,
    );
  });
});
