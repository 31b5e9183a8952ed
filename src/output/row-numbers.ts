/**
 * The texts of the numbers of one record row, each worked out once. Writing a number in its
 * shortest round-trip form (`String(number)`, csv-format.ts) is the costliest part of a record
 * row, and a row often holds the same number several times: an incident's occurrence, alert and
 * dispatch are often the same instant, and its first arrival is also its officer's entry in
 * `first_on_scene_by_kind` and, with one officer required, its officers on scene. A time also
 * has a clock label, remembered with it.
 */
import type { ClockLabels } from './clock.js';
import { cellText } from './csv-format.js';

/**
 * The last two distinct numbers written, with their texts and clock labels (see the module
 * comment). Kept per file and thread: the numbers a row remembers from the row before are
 * written the same way.
 */
export class RowNumbers {
  // Two slots, the newer first; NaN never equals anything, so an empty slot is never used.
  private value = Number.NaN;
  private text = '';
  private label: string | null = null;
  private olderValue = Number.NaN;
  private olderText = '';
  private olderLabel: string | null = null;

  /** @param clock the labels of times (calendar.start) */
  constructor(private readonly clock: ClockLabels) {}

  /**
   * A number's cell text, as {@link cellText} writes it (NaN empty). A number equal to one of
   * the last two reuses its text: -0 equals 0 and both are written "0"; NaN never equals. A
   * function of its own (no `this` to bind), so that it can be handed on (formatKindTimes).
   */
  readonly numberText = (value: number): string => {
    if (value === this.value) return this.text;
    if (value === this.olderValue) return this.olderText;
    this.olderValue = this.value;
    this.olderText = this.text;
    this.olderLabel = this.label;
    this.value = value;
    this.text = cellText(value);
    this.label = null;
    return this.text;
  };

  /**
   * The two cells of a time, `<minutes>,<clock label>` (both empty when it did not happen), as
   * the column pair of csv-columns.ts's `timeColumns` writes them.
   */
  timeCells(value: number | null): string {
    if (value === null) return ',';
    const text = this.numberText(value);
    // numberText has just put `value` in a slot (or found it there), unless it is NaN.
    if (value === this.value) {
      this.label ??= this.clock.label(value);
      return `${text},${this.label}`;
    }
    if (value === this.olderValue) {
      this.olderLabel ??= this.clock.label(value);
      return `${text},${this.olderLabel}`;
    }
    return `${text},${this.clock.label(value)}`;
  }
}
