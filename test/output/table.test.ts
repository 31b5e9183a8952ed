import { describe, expect, it } from 'vitest';
import { formatComparisonTable, formatRunTable } from '../../src/output/table.js';
import { comparePlans } from '../../src/stats/compare.js';
import { MEASURES, type ReplicationSummary, typeMeasureId } from '../../src/stats/measures.js';
import { scenario } from '../stats/fixtures.js';

/*
 * Expected cells are worked out by hand: half-width = t_{0.975, n−1} · sd / √n with
 * t_{0.975, 2} = 4.302653 and t_{0.975, 1} = 12.706205 (Abramowitz & Stegun, Table 26.10).
 */

/** A parsed ASCII table: header cells and body rows, multi-line cells joined by a space. */
interface ParsedTable {
  readonly head: string[];
  readonly rows: string[][];
}

/**
 * Splits the text into its tables. A rule line (`+---+`) directly after another rule, or a
 * non-table line, ends a table. With `multiLineRows`, rules separate body rows (each of several
 * lines); otherwise each body line is a row.
 */
function parseTables(text: string, multiLineRows: boolean): ParsedTable[] {
  const tables: string[][][][] = [];
  let current: string[][][] | undefined;
  let group: string[][] = [];
  const close = () => {
    if (current !== undefined) tables.push(current);
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('+')) {
      if (current !== undefined && group.length === 0) close();
      if (current === undefined) current = [];
      else current.push(group);
      group = [];
    } else if (line.startsWith('|') && current !== undefined) {
      group.push(
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    } else {
      close();
    }
  }
  close();
  const merge = (lines: string[][]) =>
    (lines[0] ?? []).map((_, c) =>
      lines
        .map((l) => l[c] ?? '')
        .filter((t) => t !== '')
        .join(' '),
    );
  return tables.map(([head = [], ...body]) => ({
    head: merge(head),
    rows: multiLineRows ? body.map(merge) : body.flat(),
  }));
}

/** The cell of the row whose first cell is `row`, in the column whose header is `column`. */
function cellAt(table: ParsedTable, row: string, column: string): string {
  const c = table.head.indexOf(column);
  const r = table.rows.find((cells) => cells[0] === row);
  if (c < 0) throw new Error(`no column "${column}" in ${JSON.stringify(table.head)}`);
  if (r === undefined) throw new Error(`no row "${row}"`);
  return r[c] ?? '';
}

/** Every overall and per-type measure id, NaN: a summary where nothing is defined. */
const ALL_UNDEFINED: Record<string, number> = Object.fromEntries([
  ...MEASURES.map((m) => [m.id, Number.NaN]),
  ...scenario.incidentTypes.flatMap((t) =>
    MEASURES.filter((m) => m.perType).map((m) => [typeMeasureId(m.id, t.id), Number.NaN]),
  ),
]);

/** Summaries of a plan from per-measure value lists (one value per replication). */
function summaries(plan: string, values: Record<string, readonly number[]>): ReplicationSummary[] {
  const count = Math.max(...Object.values(values).map((v) => v.length));
  return Array.from({ length: count }, (_, r) => ({
    plan,
    replication: r + 1,
    values: {
      ...ALL_UNDEFINED,
      ...Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v[r] ?? Number.NaN])),
    },
  }));
}

describe('formatRunTable', () => {
  const current = summaries('current', {
    [typeMeasureId('meanAlertToFirst', 'lost-item')]: [5, 6, 7], // 6.0 ± 4.302653/√3
    p90AlertToFirst: [10, 12, 14], // 12.0 ± 4.302653·2/√3 = 4.968
    [typeMeasureId('shareOfficersWithinTarget', 'medical')]: [100, Number.NaN, 50], // n = 2
    officerUtilisation: [30, 40, 50], // 40.0 ± 24.84
    staffHours: [40, 40, 40],
    cost: [1000, 1000, 1000],
  });
  // Another plan's summaries must not leak into the table.
  const other = summaries('costed', { p90AlertToFirst: [99, 99, 99], cost: [2000, 2100, 2200] });
  const text = formatRunTable('current', [...other, ...current], scenario);
  const [responses, outcomes, overall] = parseTables(text, false);

  it('says how many replications and what the numbers are', () => {
    expect(text).toMatch(/"current": 3 replications/);
    expect(text).toMatch(/95 % confidence interval/);
  });

  it('puts per-type and overall response times in their rows and columns', () => {
    expect(responses?.rows.map((r) => r[0])).toEqual([
      'lost-item',
      'dispute',
      'medical',
      'theft',
      'All types',
    ]);
    expect(cellAt(responses!, 'lost-item', 'To first mean')).toBe('6.0 ±2.5');
    expect(cellAt(responses!, 'All types', 'To first p90')).toBe('12.0 ±5.0');
    expect(cellAt(responses!, 'All types', 'To first mean')).toBe('-');
    expect(cellAt(responses!, 'dispute', 'To first mean')).toBe('-');
  });

  it('shows outcomes with the number of replications defining them', () => {
    // 100 and 50: mean 75, sd 35.36, half-width 12.706205 · 35.36 / √2 = 317.7.
    expect(cellAt(outcomes!, 'medical', 'Police within target')).toBe('75.0 ±317.7 (n=2)');
    expect(cellAt(outcomes!, 'dispute', 'Recovered')).toBe('-');
  });

  it('lists utilisation and staff-hours with their intervals, and no cost for a plan without', () => {
    expect(cellAt(overall!, 'Officer utilisation (%)', 'Mean ±half-width')).toBe('40.0 ±24.8');
    expect(cellAt(overall!, 'Staff hours (h)', 'Mean ±half-width')).toBe('40.0 ±0.0');
    expect(overall?.rows.some((r) => r[0] === 'Cost (cost units)')).toBe(false);
  });

  it('shows cost for a plan that has one', () => {
    const [, , costed] = parseTables(formatRunTable('costed', other, scenario), false);
    // 2000, 2100, 2200: mean 2100, half-width 4.302653 · 100 / √3 = 248.4.
    expect(cellAt(costed!, 'Cost (cost units)', 'Mean ±half-width')).toBe('2100 ±248');
  });

  it('uses plain ASCII borders and no colour codes', () => {
    expect(text).toMatch(/^[\x20-\x7e\n±]*$/);
  });

  it('refuses a plan without replications', () => {
    expect(() => formatRunTable('nowhere', current, scenario)).toThrow(/no replications/);
  });
});

describe('formatComparisonTable', () => {
  const m = 'shareOfficersWithinTarget';
  const p = 'p90AlertToFirst';
  const all = [
    ...summaries('base', { [m]: [80, 70, 90], [p]: [10, 12, 14] }),
    // Differences 5, 6, 4 (±2.5, excludes 0) and −1, −1, −1 (zero width, below 0).
    ...summaries('good', { [m]: [85, 76, 94], [p]: [9, 11, 13] }),
    // Differences 10, −10, 5: mean 1.7, sd 10.41, half-width 25.9 (includes 0).
    ...summaries('noisy', { [m]: [90, 60, 95], [p]: [10, 12, 14] }),
  ];
  const text = formatComparisonTable(comparePlans(all, 'base', [m, p]), 'base');
  const [table] = parseTables(text, true);

  it('has a column per plan, the baseline marked, and a row per measure', () => {
    expect(table?.head).toEqual(['Measure', 'base (baseline)', 'good', 'noisy']);
    expect(table?.rows.map((r) => r[0])).toEqual([
      'Replications',
      'Officers on scene within target (%)',
      '90th percentile alert to first on scene (min)',
    ]);
    expect(cellAt(table!, 'Replications', 'good')).toBe('3');
  });

  it('shows each estimate, and the paired difference under it for non-baseline plans', () => {
    const row = 'Officers on scene within target (%)';
    // base: 80 ± 4.302653 · 10 / √3 = 24.8; good: 85 ± 4.302653 · 9 / √3 = 22.4;
    // noisy: 81.7 ± 4.302653 · 18.93 / √3 = 47.0.
    expect(cellAt(table!, row, 'base (baseline)')).toBe('80.0 ±24.8');
    expect(cellAt(table!, row, 'good')).toBe('85.0 ±22.4 +5.0 ±2.5 *');
    expect(cellAt(table!, row, 'noisy')).toBe('81.7 ±47.0 +1.7 ±25.9');
    expect(cellAt(table!, '90th percentile alert to first on scene (min)', 'good')).toBe(
      '11.0 ±5.0 -1.0 ±0.0 *',
    );
  });

  it('explains the star and the unit of differences', () => {
    expect(text).toMatch(/\* its interval excludes zero/);
    expect(text).toMatch(/percentage\s+points/);
  });
});
