import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, formatComparisonRows } from '../../src/output/comparison-csv.js';
import { comparePlans } from '../../src/stats/compare.js';

describe('comparison.csv', () => {
  it('has exactly the columns docs/outputs.md documents, in order', () => {
    const docs = readFileSync('docs/outputs.md', 'utf8');
    const section = docs.slice(
      docs.indexOf('### comparison.csv'),
      docs.indexOf('## `peakwatch merge`'),
    );
    // Every documented column is a backquoted name in the first cell of a table row.
    const documented = [...section.matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \|/gm)].flatMap((row) =>
      [...row[1]!.matchAll(/`([a-z_]+)`/g)].map((name) => name[1]!),
    );
    expect(documented.length).toBeGreaterThan(5);
    expect(COMPARISON_COLUMNS).toEqual(documented);
  });

  it('writes each plan × measure with its interval and paired difference (hand-checked)', () => {
    // Plan b is a + 1, 2, 3 in replications 1..3: differences mean 2, sd 1,
    // half-width t(0.975, 2) × 1 / √3 = 4.302653 / 1.732051 = 2.484138: [−0.48, 4.48], not significant.
    // Plan c is a + 10 exactly: differences 10, 10, 10 → half-width 0: significant.
    const summaries = [1, 2, 3].flatMap((r) => [
      { plan: 'a', replication: r, values: { x: r } },
      { plan: 'b', replication: r, values: { x: 2 * r } },
      { plan: 'c', replication: r, values: { x: r + 10 } },
    ]);
    const text = formatComparisonRows(comparePlans(summaries, 'a', ['x']), ['x']);
    const rows = text
      .trimEnd()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
    ]);
    // Baseline: mean 2, sd 1, no difference cells.
    expect(Number(rows[0]![2])).toBe(2);
    expect(Number(rows[0]![5])).toBeCloseTo(2.484138, 5);
    expect(rows[0]![6]).toBe('3');
    expect(rows[0]!.slice(7)).toEqual(['', '', '', '']);
    expect(Number(rows[1]![7])).toBe(2);
    expect(Number(rows[1]![8])).toBeCloseTo(2 - 2.484138, 5);
    expect(Number(rows[1]![9])).toBeCloseTo(2 + 2.484138, 5);
    expect(rows[1]![10]).toBe('false');
    expect(rows[2]!.slice(7)).toEqual(['10', '10', '10', 'true']);
  });

  it('leaves `significant` empty when a difference has no interval', () => {
    const summaries = [
      { plan: 'a', replication: 1, values: { x: 1 } },
      { plan: 'b', replication: 1, values: { x: 3 } },
    ];
    const text = formatComparisonRows(comparePlans(summaries, 'a', ['x']), ['x']);
    expect(text.split('\n')[1]).toBe('b,x,3,,,,1,2,,,');
  });
});
