/**
 * A CSV file's `append` resolves only once its bytes are written: the main thread appends rows
 * from memory it overwrites right after (the next block's rows), so a write still pending would
 * put the next rows in the file in place of these.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFile } from '../../src/output/csv-file.js';

describe('CsvFile', () => {
  it('has written the bytes when append resolves, so their memory can be reused at once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pw-csv-')), 'rows.csv');
    const file = CsvFile.open(path, ['n', 'text']);
    // Small chunks (below the stream's 16 KiB high-water mark) and large ones, all built in the
    // same memory and overwritten as soon as their append resolves.
    const memory = new Uint8Array(1 << 17);
    const expected: string[] = ['n,text\n'];
    for (let n = 0; n < 40; n += 1) {
      const rows = `${n},${String.fromCharCode(97 + (n % 26)).repeat(n % 2 === 0 ? 20 : 100_000)}\n`;
      const length = Buffer.from(memory.buffer).write(rows);
      expected.push(rows);
      await file.append(memory.subarray(0, length));
      memory.fill(0x3f); // '?'
    }
    await file.close();
    expect(readFileSync(path, 'utf8')).toBe(expected.join(''));
  });

  it('rejects an append whose file cannot be written, rather than failing the process', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pw-csv-')), 'no-such-folder', 'rows.csv');
    const file = CsvFile.open(path, ['n']);
    await expect(file.append(Buffer.from('1\n'))).rejects.toThrow(/ENOENT|destroyed/);
    await file.close();
  });
});
