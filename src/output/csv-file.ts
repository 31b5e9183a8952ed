/**
 * A CSV file written as a stream: the header at open, then chunks of rows as replications finish,
 * so a run of any length holds at most one replication's rows in memory.
 *
 * @example
 * ```ts
 * const file = CsvFile.open(path, ['plan', 'replication']);
 * await file.append(formatCsvRows([['a', 1]]));
 * await file.close();
 * ```
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { formatCsvRows } from './csv-format.js';

/** A CSV file open for appending rows (see the module comment). */
export class CsvFile {
  private constructor(
    /** The file's path. */
    readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  /** Creates (or truncates) the file and writes the header row. */
  static open(path: string, columns: readonly string[]): CsvFile {
    const file = new CsvFile(path, createWriteStream(path, { encoding: 'utf8' }));
    file.stream.write(formatCsvRows([columns]));
    return file;
  }

  /**
   * Appends CSV text or its UTF-8 bytes (whole rows). Resolves once they are written, so that
   * the caller may reuse the bytes' memory (the main thread builds a block's rows in memory the
   * next block reuses); rejects with the write's error.
   */
  async append(rows: string | Uint8Array): Promise<void> {
    if (rows.length === 0) return;
    await new Promise<void>((resolve, reject) => {
      // Left listening after a failed write: the stream emits the error after the callback.
      this.stream.once('error', reject);
      this.stream.write(rows, (error) => {
        if (error) return reject(error);
        this.stream.off('error', reject);
        resolve();
      });
    });
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    if (this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close');
  }
}
