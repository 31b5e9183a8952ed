/**
 * Writes CSV cells straight into a {@link Utf8Builder}, by the rules of csv-format.ts, without
 * making each cell's text first where it can: text is checked for quotes while it is copied, a
 * clock label is written from its parts, a list without joining it, and a fractional number
 * again from the text it was given last (an incident's occurrence, alert and dispatch are often
 * the same instant, and its first arrival appears again in first_on_scene_by_kind; writing a
 * number is the costliest part of a row). The record files' rows are built with it
 * (csv-columns.ts); a test holds its bytes equal to csv-stringify's text of the same cells.
 */
import type { ClockLabels } from './clock.js';
import { type CellValue, cellText, csvCell, NEEDS_QUOTES_ASCII } from './csv-format.js';
import type { Utf8Builder } from './utf8-builder.js';

const COMMA = 0x2c;
const LINE_FEED = 0x0a;
const TRUE = 'true';
const FALSE = 'false';

/** The cells of rows, appended one after another to a builder (see the module comment). */
export class CsvRowWriter {
  /** The last fractional number written, and its text (NaN never equals, so never reused). */
  private lastNumber = Number.NaN;
  private lastText = '';

  /** @param out where the bytes go (the writer adds separators and line ends, nothing else) */
  constructor(readonly out: Utf8Builder) {}

  /** Ends a cell: the separator before the next one. */
  nextCell(): void {
    this.out.appendAscii(COMMA);
  }

  /** Ends a row. */
  endRow(): void {
    this.out.appendAscii(LINE_FEED);
  }

  /** Writes a cell of any value, as `csvCell` writes it. */
  value(value: CellValue): void {
    if (typeof value === 'number') this.number(value);
    else if (typeof value === 'string') this.text(value);
    else if (value !== null) this.out.append(value ? TRUE : FALSE);
  }

  /**
   * Writes a number as `cellText` writes it. -0 is written "0" as 0 is; whole numbers (counts,
   * ids) neither use nor displace the remembered fractional number, so that an incident's
   * officers on scene, after its officers required, can reuse the time of its first arrival.
   * (Writing whole numbers digit by digit here was slower than `String`, measured.)
   */
  number(value: number): void {
    if (value === this.lastNumber) {
      this.out.append(this.lastText);
    } else if (Number.isInteger(value)) {
      this.out.append(cellText(value));
    } else if (!Number.isNaN(value)) {
      this.lastNumber = value;
      this.lastText = cellText(value);
      this.out.append(this.lastText);
    }
  }

  /** Writes text, quoted as `csvCell` quotes it when it must be. */
  text(value: string): void {
    if (!this.out.appendUnless(value, NEEDS_QUOTES_ASCII)) this.out.append(csvCell(value));
  }

  /**
   * Writes texts joined by `separator` (a character that needs no quotes) as one cell: the cell
   * of `values.join(separator)`, without making that text unless it must be quoted.
   */
  textList(values: readonly string[], separator: number): void {
    const mark = this.out.size;
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.out.appendAscii(separator);
      if (!this.out.appendUnless(values[i]!, NEEDS_QUOTES_ASCII)) {
        this.out.truncate(mark);
        this.out.append(csvCell(values.join(String.fromCharCode(separator))));
        return;
      }
    }
  }

  /** Writes the clock label of a time (`ClockLabels.label`), or an empty cell for null. */
  label(clock: ClockLabels, minutes: number | null): void {
    if (minutes !== null) clock.appendLabel(minutes, this.out);
  }

  /** Writes text known to be ASCII and to need no quotes (a fixed part of a cell). */
  plain(text: string): void {
    this.out.append(text);
  }
}
