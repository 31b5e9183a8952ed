import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatenateCsvFiles } from '../../src/output/csv-concat.js';

const dir = mkdtempSync(join(tmpdir(), 'pw-concat-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('concatenateCsvFiles', () => {
  it('keeps one header and every row, in the given order', async () => {
    const a = file('a.csv', 'x,y\n1,2\n3,4\n');
    const b = file('b.csv', 'x,y\n');
    const c = file('c.csv', 'x,y\n5,"6,7"\n');
    await concatenateCsvFiles([a, b, c], join(dir, 'out.csv'));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('x,y\n1,2\n3,4\n5,"6,7"\n');
  });

  it('joins large files streamed in many chunks exactly', async () => {
    const rows = (from: number) =>
      Array.from({ length: 20000 }, (_, i) => `${from + i},${'z'.repeat(i % 50)}\n`).join('');
    const a = file('big-a.csv', `n,pad\n${rows(0)}`);
    const b = file('big-b.csv', `n,pad\n${rows(20000)}`);
    await concatenateCsvFiles([a, b], join(dir, 'big.csv'));
    expect(readFileSync(join(dir, 'big.csv'), 'utf8')).toBe(`n,pad\n${rows(0)}${rows(20000)}`);
  });

  it('refuses files whose headers differ', async () => {
    const a = file('h1.csv', 'x,y\n1,2\n');
    const b = file('h2.csv', 'x,z\n1,2\n');
    await expect(concatenateCsvFiles([a, b], join(dir, 'bad.csv'))).rejects.toThrow(
      /header differs/,
    );
  });
});
