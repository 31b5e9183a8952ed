import { describe, expect, it } from 'vitest';
import { formatCsvRows } from '../../src/output/csv-format.js';
import {
  formatSummaryRows,
  parseSummaryCsv,
  summaryHeader,
  summaryMeasureKeys,
} from '../../src/output/summary-csv.js';
import { MEASURES, type ReplicationSummary } from '../../src/stats/measures.js';

const types = [{ id: 'lost-item' }, { id: 'dispute' }];
const keys = summaryMeasureKeys(types);

/** Summaries with awkward values: long fractions, NaN (undefined measures), huge and tiny. */
function summaries(): ReplicationSummary[] {
  let x = 0.5;
  const next = () => {
    x = (x * 16807) % 2147483647.123;
    return x;
  };
  return [1, 2, 3].flatMap((replication) =>
    ['base', 'extra-car'].map((plan) => ({
      plan,
      replication,
      values: Object.fromEntries(
        keys.map((k, i) => [k, i % 7 === 0 ? Number.NaN : next() / 3 / 10 ** (i % 9)]),
      ),
    })),
  );
}

describe('summary.csv', () => {
  it('has every measure overall, then the per-type measures of each type in scenario order', () => {
    const perType = MEASURES.filter((m) => m.perType).map((m) => m.id);
    expect(keys).toEqual([
      ...MEASURES.map((m) => m.id),
      ...perType.map((id) => `${id}@lost-item`),
      ...perType.map((id) => `${id}@dispute`),
    ]);
    expect(summaryHeader(keys).slice(0, 2)).toEqual(['plan', 'replication']);
  });

  it('reads back exactly what it wrote (values bit for bit, NaN as NaN)', () => {
    const written = summaries();
    const text = `${summaryHeader(keys).join(',')}\n${formatSummaryRows(written, keys)}`;
    const read = parseSummaryCsv(text, 'summary.csv');
    expect(read.keys).toEqual(keys);
    expect(read.summaries).toEqual(written);
  });

  it('writes rows byte for byte as csv-stringify does', () => {
    const written = [
      ...summaries(),
      { plan: 'say "hi", 袁家界', replication: 4, values: { [keys[0]!]: -0, [keys[1]!]: 1e21 } },
    ];
    const cells = written.map((s) => [
      s.plan,
      s.replication,
      ...keys.map((k) => s.values[k] ?? Number.NaN),
    ]);
    expect(formatSummaryRows(written, keys)).toBe(formatCsvRows(cells));
  });

  it('writes a measure missing from a summary as an empty cell', () => {
    const text = formatSummaryRows([{ plan: 'p', replication: 1, values: { a: 1 } }], ['a', 'b']);
    expect(text).toBe('p,1,1,\n');
  });

  it('names the file and line of a bad row', () => {
    const text = 'plan,replication,a\np,1,1\np,2,x\n';
    expect(() => parseSummaryCsv(text, 'f.csv')).toThrow('f.csv:3: a: not a number: "x"');
    expect(() => parseSummaryCsv('plan,replication,a\np,1\n', 'f.csv')).toThrow('f.csv:2: 2 cells');
    expect(() => parseSummaryCsv('x,y\n', 'f.csv')).toThrow('not a peakwatch summary.csv');
  });

  it('refuses a measure column named twice or "__proto__" instead of dropping its values', () => {
    for (const column of ['a,a', '__proto__']) {
      expect(() => parseSummaryCsv(`plan,replication,${column}\n`, 'f.csv')).toThrow(
        /not a peakwatch summary\.csv \(column "(a|__proto__)" is repeated or reserved\)/,
      );
    }
    // Names of object properties are measures like any other.
    const table = parseSummaryCsv('plan,replication,constructor\np,1,2\n', 'f.csv');
    expect(table.summaries[0]!.values.constructor).toBe(2);
  });
});
