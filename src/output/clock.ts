/**
 * Local clock labels for simulation times. The model counts minutes from 00:00 of the calendar's
 * first day; output files show the same instant as the wall clock a planner would read.
 */
import { MINUTES_PER_DAY } from '../scenario/clock.js';
import type { Utf8Builder } from './utf8-builder.js';

const MS_PER_MINUTE = 60_000;
const SPACE = 0x20;
const COLON = 0x3a;
const DIGIT_0 = 0x30;

/** The last whole minute labelled by {@link ClockLabels.appendLabel} without making the label. */
const LARGEST_DIRECT_MINUTE = 0x7fffffff;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Labels "YYYY-MM-DD HH:MM" for minutes after 00:00 of a calendar's first day. Fractions of a
 * minute are cut off (09:59.8 shows as 09:59, as a clock would). The calendar has no
 * daylight-saving changes: a scenario's days are all 1,440 minutes long. The date part of each
 * day is worked out once and kept, because a run labels hundreds of thousands of times; the time
 * of day is worked out each time (two digits and two digits).
 *
 * @example
 * ```ts
 * new ClockLabels('2024-10-01').label(1500); // "2024-10-02 01:00"
 * ```
 */
export class ClockLabels {
  private readonly startMs: number;
  /** "YYYY-MM-DD" by day since the first (0 = the first day). */
  private readonly dates: string[] = [];

  /** @param startDate calendar.start, "YYYY-MM-DD" */
  constructor(startDate: string) {
    const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
    this.startMs = Date.UTC(year, month - 1, day);
  }

  /** The clock label of `minutes` after 00:00 of the first day. */
  label(minutes: number): string {
    const whole = Math.floor(minutes);
    const day = Math.floor(whole / MINUTES_PER_DAY);
    const inDay = whole - day * MINUTES_PER_DAY;
    return `${this.date(day)} ${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
  }

  /**
   * Appends the bytes of {@link label}'s text to `out` without making the text (the date's
   * text is kept per day, the time's four digits are written one by one).
   */
  appendLabel(minutes: number, out: Utf8Builder): void {
    const whole = Math.floor(minutes);
    // Before the first day, and times that are not finite, are labelled as text.
    if (!(whole >= 0 && whole <= LARGEST_DIRECT_MINUTE)) {
      out.append(this.label(minutes));
      return;
    }
    const day = Math.floor(whole / MINUTES_PER_DAY);
    const inDay = whole - day * MINUTES_PER_DAY;
    const hour = Math.floor(inDay / 60);
    const minute = inDay - hour * 60;
    out.append(this.date(day));
    out.appendAscii(SPACE);
    out.appendAscii(DIGIT_0 + Math.floor(hour / 10));
    out.appendAscii(DIGIT_0 + (hour % 10));
    out.appendAscii(COLON);
    out.appendAscii(DIGIT_0 + Math.floor(minute / 10));
    out.appendAscii(DIGIT_0 + (minute % 10));
  }

  /** "YYYY-MM-DD" of day `day` (0 = the first). */
  private date(day: number): string {
    if (!(day >= 0 && day <= LARGEST_DIRECT_MINUTE)) return this.formatDate(day);
    this.dates[day] ??= this.formatDate(day);
    return this.dates[day];
  }

  private formatDate(day: number): string {
    // UTC arithmetic is used only as a calendar: it has no DST jumps, which matches the model.
    const instant = new Date(this.startMs + day * MINUTES_PER_DAY * MS_PER_MINUTE);
    return (
      `${String(instant.getUTCFullYear()).padStart(4, '0')}-${pad2(instant.getUTCMonth() + 1)}-` +
      pad2(instant.getUTCDate())
    );
  }
}
