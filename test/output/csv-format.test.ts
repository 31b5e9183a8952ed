import { describe, expect, it } from 'vitest';
import { cellText, formatCsvRows, parseNumberCell } from '../../src/output/csv-format.js';

describe('cellText and parseNumberCell', () => {
  it('round-trips every double exactly', () => {
    // A deterministic spread of awkward doubles: tiny, huge, long fractions, negatives.
    const values = [
      0,
      1,
      -1,
      0.1,
      1 / 3,
      2 / 3,
      Math.PI * 1e-9,
      123456.789e10,
      5e-324,
      1.7976931348623157e308,
    ];
    let x = 0.123456789;
    for (let i = 0; i < 500; i += 1) {
      x = (x * 9301 + 49297) % 233280;
      values.push((x / 233280) * 10 ** ((i % 13) - 6), -(x / 7));
    }
    for (const v of values) expect(parseNumberCell(cellText(v))).toBe(v);
  });

  it('writes a missing value as an empty cell and reads it back as NaN', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(Number.NaN)).toBe('');
    expect(parseNumberCell('')).toBeNaN();
  });

  it('writes booleans as words (not the library default, which writes false as empty)', () => {
    expect(cellText(true)).toBe('true');
    expect(cellText(false)).toBe('false');
  });

  it('refuses text that is not a number', () => {
    expect(() => parseNumberCell('abc')).toThrow('not a number');
  });
});

describe('formatCsvRows', () => {
  it('quotes cells with separators and ends every row with a line end', () => {
    expect(formatCsvRows([['a,b', 'say "hi"', 1.5, null, false]])).toBe(
      '"a,b","say ""hi""",1.5,,false\n',
    );
  });

  it('gives text that concatenates: two chunks equal one call on all rows', () => {
    const rows = [
      ['x', 1],
      ['y', 2],
    ];
    expect(formatCsvRows(rows.slice(0, 1)) + formatCsvRows(rows.slice(1))).toBe(
      formatCsvRows(rows),
    );
  });

  it('writes nothing for no rows', () => {
    expect(formatCsvRows([])).toBe('');
  });
});
