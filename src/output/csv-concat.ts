/**
 * Joining CSV files that share a header: the header once, then every file's rows in the given
 * order, streamed (a shard's incidents.csv can be large). Used by `peakwatch merge`, for which
 * the result must be byte for byte the file an unsharded run writes.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';

/**
 * Writes `target` as the header of the first source followed by the rows of every source.
 *
 * @param signal stops the copy between two chunks when aborted (its reason is thrown)
 * @throws Error when a source's header differs from the first one's (the files were written by
 * different versions or settings and cannot be joined).
 */
export async function concatenateCsvFiles(
  sources: readonly string[],
  target: string,
  signal?: AbortSignal,
): Promise<void> {
  const out = createWriteStream(target);
  try {
    let header: string | undefined;
    for (const source of sources) {
      const own = await appendBody(source, out, header === undefined, signal);
      if (header === undefined) header = own;
      else if (own !== header) {
        throw new Error(`${source}: its header differs from ${sources[0]}'s; cannot join them`);
      }
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
}

/**
 * Copies a file's rows (and its header when `withHeader`) to `out`; returns its header line.
 */
async function appendBody(
  source: string,
  out: WriteStream,
  withHeader: boolean,
  signal: AbortSignal | undefined,
): Promise<string> {
  let header: string | undefined;
  let pending = '';
  for await (const chunk of createReadStream(source, { encoding: 'utf8' })) {
    signal?.throwIfAborted();
    let text = chunk as string;
    if (header === undefined) {
      pending += text;
      const end = pending.indexOf('\n');
      if (end < 0) continue;
      header = pending.slice(0, end + 1);
      text = withHeader ? pending : pending.slice(end + 1);
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  if (header === undefined) throw new Error(`${source}: no header line; not a peakwatch CSV file`);
  return header;
}
