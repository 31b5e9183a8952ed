import { describe, expect, it } from 'vitest';
import { comparePlans, HEADLINE_MEASURE_IDS } from '../../src/stats/compare.js';
import type { ReplicationSummary } from '../../src/stats/measures.js';

// t_{0.975, 2} = 4.302653 (Abramowitz & Stegun, Table 26.10).
const T_975_2 = 4.302653;

/** Summaries of one plan with the given values of one measure, replications numbered from 1. */
function runs(plan: string, measure: string, values: readonly number[]): ReplicationSummary[] {
  return values.map((v, i) => ({ plan, replication: i + 1, values: { [measure]: v } }));
}

describe('comparePlans', () => {
  const m = 'shareOfficersWithinTarget';
  // Plan "more" listed in reverse replication order: pairing must be by replication number.
  const summaries = [...runs('base', m, [80, 70, 90]), ...runs('more', m, [82, 74, 96]).reverse()];

  it('gives each plan its interval and the paired difference against the baseline', () => {
    const rows = comparePlans(summaries, 'base', [m]);
    expect(rows.map((r) => r.plan)).toEqual(['base', 'more']);
    const [base, more] = rows;
    expect(base?.differences).toBeNull();
    expect(base?.estimates[m]?.mean).toBeCloseTo(80, 9);
    expect(more?.replications).toBe(3);
    // Differences by replication: 2, 4, 6 → mean 4, sd 2, half-width t × 2 / √3.
    const d = more?.differences?.[m];
    expect(d?.mean).toBeCloseTo(4, 9);
    expect(d?.halfWidth).toBeCloseTo((T_975_2 * 2) / Math.sqrt(3), 5);
  });

  it('compares the headline measures by default', () => {
    const [row] = comparePlans(summaries, 'base');
    expect(Object.keys(row?.estimates ?? {})).toEqual([...HEADLINE_MEASURE_IDS]);
  });

  it('pairs only replications both plans have', () => {
    const partial = [...runs('base', m, [80, 70, 90]), ...runs('more', m, [82, 74])];
    const d = comparePlans(partial, 'base', [m])[1]?.differences?.[m];
    expect(d?.n).toBe(2);
    expect(d?.mean).toBeCloseTo(3, 9);
  });

  it('rejects a baseline without replications', () => {
    expect(() => comparePlans(summaries, 'missing', [m])).toThrow(/baseline/);
  });
});
