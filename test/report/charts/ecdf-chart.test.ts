/** The response-time curves: a dash pattern per plan, and the targets' rules and labels. */
import { describe, expect, it } from 'vitest';
import { ecdfChart, planDash, targetLabelRows } from '../../../src/report/charts/ecdf-chart.js';

describe('target labels above the response-time curves', () => {
  it('moves a label that would run into the previous one to the second row', () => {
    // Axis 0–25 minutes over 900 px: 3 min at 108 px, 5 at 180, 10 at 360. "target 3 min" is
    // about 77 px wide, so it reaches past 180: the 5-minute label takes the second row.
    const targets = [3, 5, 10].map((minutes) => ({ minutes, label: `target ${minutes} min` }));
    expect(targetLabelRows(targets, 25, 960)).toEqual([0, 1, 0]);
    expect(targetLabelRows(targets, 200, 960 * 40)).toEqual([0, 0, 0]);
  });
});

describe('ecdfChart', () => {
  const samples = [
    { plan: 'a', values: [1, 2, 3, 4] },
    { plan: 'b', values: [1, 2, 3, 4] },
    { plan: 'c', values: [2, 3, 5, 8] },
  ];
  const markup = ecdfChart({
    samples,
    plans: ['a', 'b', 'c'],
    colors: ['#111111', '#222222', '#333333'],
    xLabel: 'minutes',
    yLabel: '%',
    planLabel: (plan) => `Plan ${plan.toUpperCase()}`,
    targets: [{ minutes: 3, label: 'target 3 min' }],
  });

  it('draws identical plans with different dash patterns, so both stay visible', () => {
    expect(new Set([0, 1, 2].map(planDash)).size).toBe(3);
    expect(planDash(0)).toBe('none');
    for (const [i, color] of ['#222222', '#333333'].entries()) {
      expect(markup).toMatch(
        new RegExp(`stroke="${color}"[^>]*stroke-dasharray="${planDash(i + 1)}"`),
      );
    }
  });

  it('labels the legend with the plan labels and marks the target', () => {
    for (const label of ['Plan A', 'Plan B', 'Plan C']) expect(markup).toContain(label);
    expect(markup).toContain('target 3 min');
  });
});
