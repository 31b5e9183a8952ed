/**
 * A growing buffer of UTF-8 bytes that text is appended to, piece by piece. The rows of a
 * replication's record files are built in it where they are simulated (a worker thread) and handed
 * to the main thread as bytes, whose memory moves between threads without a copy: building one
 * JavaScript string of the rows instead cost joining thousands of row strings, copying the string
 * into the message and encoding it again on the main thread before writing (docs/performance.md).
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

  /**
   * Appends `text` encoded as UTF-8, as `Buffer.from(text)` encodes it (a lone surrogate becomes
   * U+FFFD). ASCII, what nearly every cell holds, is copied code by code; the rest of a text from
   * its first other character is left to TextEncoder.
   */
  append(text: string): void {
    const count = text.length;
    this.reserve(MAX_BYTES_PER_UNIT * count);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        const rest = i === 0 ? text : text.slice(i);
        this.length = at + encoder.encodeInto(rest, bytes.subarray(at)).written;
        return;
      }
      bytes[at++] = code;
    }
    this.length = at;
  }

  /** Appends one ASCII character by its code (a separator or a line end). */
  appendAscii(code: number): void {
    this.reserve(1);
    this.bytes[this.length++] = code;
  }

  /**
   * The bytes appended so far, in a buffer of their own (which can be transferred), and starts
   * again empty: a builder kept for the next replication keeps its grown buffer.
   */
  finish(): Uint8Array {
    // Not zero-filled first (as `slice` would be): every byte is overwritten at once.
    const built = Buffer.allocUnsafeSlow(this.length);
    built.set(this.bytes.subarray(0, this.length));
    this.length = 0;
    return new Uint8Array(built.buffer, built.byteOffset, built.length);
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
