/**
 * A growing buffer of UTF-8 bytes that text is appended to, piece by piece. The rows of a
 * replication's record files are built in it where they are simulated (a worker thread) and handed
 * to the main thread as bytes, whose memory moves between threads without a copy: building one
 * JavaScript string of the rows instead cost joining thousands of row strings, copying the string
 * into the message and encoding it again on the main thread before writing (docs/performance.md).
 * Simulated in the main thread (one worker), the rows are written straight from the builder.
 *
 * @example
 * ```ts
 * const out = new Utf8Builder();
 * out.append('袁家界,1');
 * out.appendAscii(10); // a line end
 * Buffer.from(out.finish()).toString(); // '袁家界,1\n'
 * ```
 */

const encoder = new TextEncoder();

/** Bytes reserved at first (a replication's rows are usually tens of kilobytes or more). */
const INITIAL_CAPACITY = 1 << 16;

/** The most UTF-8 bytes one UTF-16 code unit takes (a surrogate pair takes 4 for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

/** UTF-8 bytes built by appending text (see the module comment). */
export class Utf8Builder {
  private bytes = new Uint8Array(INITIAL_CAPACITY);
  private length = 0;
  /** Where the bytes not yet handed out by {@link finish} start (always 0 when copying). */
  private start = 0;

  /**
   * @param handover how {@link finish} hands the bytes out: 'copy' (the default), in a buffer
   *   of their own, which can be transferred to another thread; 'view', as a view of the
   *   builder's own memory, without a copy, valid until {@link clear} (the thread that built
   *   them writes them before it builds more)
   */
  constructor(private readonly handover: 'copy' | 'view' = 'copy') {}

  /**
   * Appends `text` encoded as UTF-8, as `Buffer.from(text)` encodes it (a lone surrogate becomes
   * U+FFFD). ASCII, what nearly every cell holds, is copied code by code; the rest of a text from
   * its first other character is left to TextEncoder.
   */
  append(text: string): void {
    const count = text.length;
    this.makeRoomForText(count);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.length = at;
        this.appendEncoded(text, i);
        return;
      }
      bytes[at++] = code;
    }
    this.length = at;
  }

  /**
   * Appends `text` as {@link append} does, unless it holds one of the ASCII characters marked in
   * `stops` (a table of 128 flags by character code): then it appends nothing and returns false.
   * One pass over the text both checks and copies it (a CSV cell that needs no quotes, the
   * common case, is written without a separate test).
   */
  appendUnless(text: string, stops: Readonly<Uint8Array>): boolean {
    const count = text.length;
    this.makeRoomForText(count);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        for (let j = i + 1; j < count; j++) {
          const later = text.charCodeAt(j);
          if (later < 0x80 && stops[later] !== 0) return false;
        }
        this.length = at;
        this.appendEncoded(text, i);
        return true;
      }
      if (stops[code] !== 0) return false;
      bytes[at++] = code;
    }
    this.length = at;
    return true;
  }

  /** Appends one ASCII character by its code (a separator or a line end). */
  appendAscii(code: number): void {
    if (this.length === this.bytes.length) this.reserve(1);
    this.bytes[this.length++] = code;
  }

  /** The number of bytes appended and not yet cleared (a mark for {@link truncate}). */
  get size(): number {
    return this.length;
  }

  /**
   * Drops what was appended after `mark` (a {@link size} read since the last {@link finish}), to
   * write it again otherwise.
   */
  truncate(mark: number): void {
    this.length = Math.max(this.start, Math.min(mark, this.length));
  }

  /** Appends `text` from its character `from` on, by TextEncoder (room already reserved). */
  private appendEncoded(text: string, from: number): void {
    const rest = from === 0 ? text : text.slice(from);
    this.length += encoder.encodeInto(rest, this.bytes.subarray(this.length)).written;
  }

  /**
   * The bytes appended since the last `finish`. Copying, they come in a buffer of their own and
   * the builder starts again empty (a builder kept for the next replication keeps its grown
   * buffer). As a view, they stay in the builder's memory, and what is appended next goes after
   * them, until {@link clear}.
   */
  finish(): Uint8Array {
    if (this.handover === 'view') {
      const view = this.bytes.subarray(this.start, this.length);
      this.start = this.length;
      return view;
    }
    // Not zero-filled first (as `slice` would be): every byte is overwritten at once.
    const built = Buffer.allocUnsafeSlow(this.length);
    built.set(this.bytes.subarray(0, this.length));
    this.length = 0;
    return new Uint8Array(built.buffer, built.byteOffset, built.length);
  }

  /**
   * Starts again empty, reusing the memory: the views {@link finish} handed out since the last
   * `clear` will be overwritten by what is appended next, so they must have been used up.
   */
  clear(): void {
    this.length = 0;
    this.start = 0;
  }

  /** Makes room for a text of `units` UTF-16 code units, however it encodes. */
  private makeRoomForText(units: number): void {
    const extra = MAX_BYTES_PER_UNIT * units;
    if (this.length + extra > this.bytes.length) this.reserve(extra);
  }

  /** Makes room for `extra` more bytes, doubling the buffer as often as needed. */
  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
