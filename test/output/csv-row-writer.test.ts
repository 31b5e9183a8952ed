import { describe, expect, it } from 'vitest';
import { type CellValue, cellText, formatCsvRows } from '../../src/output/csv-format.js';
import { CsvRowWriter } from '../../src/output/csv-row-writer.js';
import { writeKindTimes } from '../../src/output/kind-times.js';
import { Utf8Builder } from '../../src/output/utf8-builder.js';

/** The text a writer's builder holds after `write`. */
function written(write: (row: CsvRowWriter) => void): string {
  const out = new Utf8Builder();
  write(new CsvRowWriter(out));
  return Buffer.from(out.finish()).toString();
}

/** csv-stringify's line of the cells: the independent reference. */
const stringified = (cells: readonly CellValue[]) => formatCsvRows([cells]);

/** The writer's line of the same cells, each written by `value`. */
const line = (cells: readonly CellValue[]) =>
  written((row) => {
    cells.forEach((cell, i) => {
      if (i > 0) row.nextCell();
      row.value(cell);
    });
    row.endRow();
  });

describe('CsvRowWriter', () => {
  it('writes whole numbers as String does, small, large and past the safe range', () => {
    const wholes = [0, -0, 7, -7, 10, 99, 100, 1e9, 2147483647, -2147483647, 2147483648];
    const more = [-2147483648, 4294967296, 1e15, 1e21, -1e21, 2 ** 53, 1e300];
    for (const value of [...wholes, ...more]) {
      expect([value, written((row) => row.number(value))]).toEqual([value, cellText(value)]);
    }
  });

  it('writes a number equal to one before it as it writes it alone', () => {
    // Each value after the one it might be taken for: -0 after 0, whole after fraction, NaN twice.
    const values = [0.1, 0.1, 0, -0, 0.1, 2, 0.1, 1e-7, 1e-7, Number.NaN, Number.NaN, 1e21, 1e21];
    expect(line(values)).toBe(stringified(values));
    expect(line(values)).toBe('0.1,0.1,0,0,0.1,2,0.1,1e-7,1e-7,,,1e+21,1e+21\n');
  });

  it('quotes text by the RFC 4180 rule, also after a character that is not ASCII', () => {
    const texts = [
      'id-1',
      'a,b',
      'say "hi"',
      'cr\r',
      'lf\n',
      '袁,家',
      '袁家界"',
      'é\r\n',
      '袁家界',
      '',
    ];
    expect(line(texts)).toBe(stringified(texts));
    expect(line(['袁,家', 'x'])).toBe('"袁,家",x\n');
  });

  it('writes booleans and empty cells as csv-format does', () => {
    const cells = [true, false, null, 'x', null];
    expect(line(cells)).toBe(stringified(cells));
    expect(line(cells)).toBe('true,false,,x,\n');
  });

  it('writes a list of texts as the cell of their join, quoted whole when one needs it', () => {
    const lists = [
      [],
      ['car-1'],
      ['car-1', 'p-2'],
      ['car-1', 'a,b', 'c'],
      ['x', 'y"'],
      ['袁', '\n'],
    ];
    for (const list of lists) {
      const cell = written((row) => {
        row.textList(list, 0x3b);
        row.nextCell();
        row.text('after');
      });
      expect(cell).toBe(stringified([list.join(';'), 'after']).trimEnd());
    }
  });

  it('writes first arrivals by kind with the numbers of the row, as each alone', () => {
    const times = { patrol: 100.5, officer: 110.25, platform: 0.1 + 0.2 };
    const text = written((row) => {
      row.number(110.25);
      row.nextCell();
      writeKindTimes(times, row);
      row.nextCell();
      writeKindTimes({ platform: 100.5 }, row);
      row.nextCell();
      writeKindTimes({}, row);
    });
    expect(text).toBe(
      '110.25,officer=110.25;platform=0.30000000000000004;patrol=100.5,platform=100.5,',
    );
  });
});

describe('Utf8Builder.appendUnless and truncate', () => {
  const stops = new Uint8Array(0x80);
  stops[0x2c] = 1;

  it('appends nothing and says so when the text holds a stop, before or after non-ASCII', () => {
    const out = new Utf8Builder();
    expect(out.appendUnless('ab', stops)).toBe(true);
    expect(out.appendUnless('cd,', stops)).toBe(false);
    expect(out.appendUnless('袁,', stops)).toBe(false);
    expect(out.appendUnless('袁e', stops)).toBe(true);
    const mark = out.size;
    out.append('dropped');
    out.truncate(mark);
    out.appendAscii(0x21);
    expect(Buffer.from(out.finish()).toString()).toBe('ab袁e!');
  });
});
