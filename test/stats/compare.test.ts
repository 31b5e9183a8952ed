import { describe, expect, it } from 'vitest';
import { comparePlans, findBestPlan, HEADLINE_MEASURE_IDS } from '../../src/stats/compare.js';
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

describe('findBestPlan', () => {
  const m = 'shareOfficersWithinTarget';

  it('picks the highest share and calls it supported when it clearly beats every plan', () => {
    const best = findBestPlan([
      ...runs('a', m, [70, 60, 80]),
      ...runs('b', m, [80, 71, 89]),
      ...runs('c', m, [75, 64, 86]),
    ]);
    expect(best?.plan).toBe('b');
    expect(best?.estimate.mean).toBeCloseTo(80, 9);
    // b − a = 10, 11, 9; b − c = 5, 7, 3: both intervals above zero.
    expect(best?.against.map((a) => a.plan)).toEqual(['a', 'c']);
    expect(best?.against[1]?.difference.mean).toBeCloseTo(5, 9);
    expect(best?.supported).toBe(true);
  });

  it('is not supported when one paired interval includes zero', () => {
    const best = findBestPlan([
      ...runs('a', m, [70, 60, 80]),
      ...runs('b', m, [80, 71, 89]),
      ...runs('c', m, [85, 60, 90]), // b − c = −5, 11, −1: mean 5/3, interval spans zero
    ]);
    expect(best?.plan).toBe('b');
    expect(best?.against.find((a) => a.plan === 'a')?.clearlyWorse).toBe(true);
    expect(best?.against.find((a) => a.plan === 'c')?.clearlyWorse).toBe(false);
    expect(best?.supported).toBe(false);
  });

  it('picks the lowest value of a lower-is-better measure', () => {
    const best = findBestPlan(
      [...runs('a', 'p90AlertToFirst', [9, 8, 10]), ...runs('b', 'p90AlertToFirst', [7, 6, 8])],
      'p90AlertToFirst',
    );
    expect(best?.plan).toBe('b');
    expect(best?.against[0]?.difference.mean).toBeCloseTo(-2, 9);
    expect(best?.supported).toBe(true); // differences all −2: zero width, below zero
  });

  it('handles a single plan, undefined values and measures without a direction', () => {
    const single = findBestPlan(runs('a', m, [70, 60]));
    expect(single?.plan).toBe('a');
    expect(single?.against).toEqual([]);
    expect(single?.supported).toBe(false);
    expect(findBestPlan(runs('a', m, [Number.NaN, Number.NaN]))).toBeNull();
    const withUndefined = findBestPlan([...runs('a', m, [Number.NaN]), ...runs('b', m, [50])]);
    expect(withUndefined?.plan).toBe('b');
    expect(withUndefined?.against).toEqual([]);
    expect(() => findBestPlan(runs('a', 'incidents', [1, 2]), 'incidents')).toThrow(/direction/);
  });
});
