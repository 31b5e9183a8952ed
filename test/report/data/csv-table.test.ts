import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { columnIndex, parseCsvTable } from '../../../src/report/data/csv-table.js';

describe('parseCsvTable', () => {
  it('reads back what an independent RFC 4180 writer wrote, quotes and line ends included', () => {
    const rows = [
      ['plain', 'with,comma', 'with "quotes"', 'two\nlines', ''],
      ['迷魂台', '', ' spaced ', '"', ',,'],
    ];
    const header = ['a', 'b', 'c', 'd', 'e'];
    const text = stringify([header, ...rows]);
    const table = parseCsvTable(text, 'x.csv');
    expect(table.header).toEqual(header);
    expect(table.rows).toEqual(rows);
  });

  it('treats CRLF as one line end and a missing final line end as the end of a row', () => {
    const table = parseCsvTable('a,b\r\n1,2\r\n3,4', 'x.csv');
    expect(table.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('names the file and line of a row whose length differs from the header', () => {
    expect(() => parseCsvTable('a,b\n1,2\n3\n', 'f.csv')).toThrow('f.csv:3: 1 cells, expected 2');
  });

  it('refuses an unterminated quote and an empty file', () => {
    expect(() => parseCsvTable('a\n"open\n', 'f.csv')).toThrow('never closed');
    expect(() => parseCsvTable('', 'f.csv')).toThrow('empty file');
  });

  it('finds columns by name and says which one is missing', () => {
    const table = parseCsvTable('plan,site\nx,y\n', 'f.csv');
    expect(columnIndex(table, 'site')).toBe(1);
    expect(() => columnIndex(table, 'occupancy')).toThrow('f.csv: no column "occupancy"');
  });
});
