/**
 * Local clock labels for simulation times. The model counts minutes from 00:00 of the calendar's
 * first day; output files show the same instant as the wall clock a planner would read.
 */
import { MINUTES_PER_DAY } from '../scenario/clock.js';

const MS_PER_MINUTE = 60_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Labels "YYYY-MM-DD HH:MM" for minutes after 00:00 of a calendar's first day. Fractions of a
 * minute are cut off (09:59.8 shows as 09:59, as a clock would). The calendar has no
 * daylight-saving changes: a scenario's days are all 1,440 minutes long. The date part of each
 * day is worked out once and kept, because a run labels hundreds of thousands of times.
 *
 * @example
 * ```ts
 * new ClockLabels('2024-10-01').label(1500); // "2024-10-02 01:00"
 * ```
 */
export class ClockLabels {
  private readonly startMs: number;
  private readonly dates: string[] = [];
  /** Labels by whole minute since the first day's 00:00 (a run labels each many times). */
  private readonly labels: string[] = [];

  /** @param startDate calendar.start, "YYYY-MM-DD" */
  constructor(startDate: string) {
    const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
    this.startMs = Date.UTC(year, month - 1, day);
  }

  /** The clock label of `minutes` after 00:00 of the first day. */
  label(minutes: number): string {
    const whole = Math.floor(minutes);
    if (whole < 0) return this.format(whole);
    this.labels[whole] ??= this.format(whole);
    return this.labels[whole];
  }

  /** The label of a whole minute. */
  private format(whole: number): string {
    const day = Math.floor(whole / MINUTES_PER_DAY);
    const inDay = whole - day * MINUTES_PER_DAY;
    return `${this.date(day)} ${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
  }

  /** "YYYY-MM-DD" of day `day` (0 = the first). */
  private date(day: number): string {
    if (day < 0) return this.formatDate(day);
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
