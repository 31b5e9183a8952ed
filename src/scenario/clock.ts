/**
 * Simulated time and the daily clock. The model counts minutes from 00:00 local time of the
 * scenario's first day; clock times ("HH:MM") in a scenario repeat every day. A daily window
 * (shift, post hours, congestion period, arrival-profile piece) is a start and an end clock time:
 * end after start is a window within the day, end at or before start runs overnight
 * (19:00–07:00 covers 19:00–24:00 and 00:00–07:00 of every day), and start equal to end (after
 * reading 24:00 as 00:00) means all day.
 */

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/** Minutes in an hour. */
export const MINUTES_PER_HOUR = 60;

/**
 * Minutes since midnight of a clock time "HH:MM" (0 to 1440; "24:00" is 1440).
 * @throws Error when the text is not a clock time.
 * @example parseClock('07:30') // 450
 */
export function parseClock(text: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes >= 0 && minutes <= MINUTES_PER_DAY) || Number(match?.[2]) >= 60) {
    throw new Error(`not a clock time "HH:MM" from 00:00 to 24:00: "${text}"`);
  }
  return minutes;
}

/**
 * A window of clock time repeated every day, in minutes since midnight. `start` and `end` are in
 * [0, 1440); `end <= start` means overnight, except `allDay`.
 */
export interface DailyWindow {
  readonly start: number;
  readonly end: number;
  /** True when start and end are the same clock time: the window never closes. */
  readonly allDay: boolean;
}

/**
 * The daily window between two clock times (e.g. a shift's `start` and `end`).
 * @example dailyWindow({ start: '19:00', end: '07:00' }) // overnight: { start: 1140, end: 420 }
 */
export function dailyWindow(hours: { readonly start: string; readonly end: string }): DailyWindow {
  // 24:00 and 00:00 are the same instant of the daily cycle.
  const start = parseClock(hours.start) % MINUTES_PER_DAY;
  const end = parseClock(hours.end) % MINUTES_PER_DAY;
  return { start, end, allDay: start === end };
}

/** Minutes since midnight of simulated time `t` (≥ 0). */
export function minuteOfDay(t: number): number {
  return t - Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/** Whether simulated time `t` falls in the window (the start is in, the end is out). */
export function isWithinWindow(window: DailyWindow, t: number): boolean {
  if (window.allDay) return true;
  const m = minuteOfDay(t);
  return window.start < window.end
    ? m >= window.start && m < window.end
    : m >= window.start || m < window.end;
}

/**
 * The first simulated time strictly after `t` whose clock time is `clockMinute` (0–1439).
 * @example nextClockTime(420, 1500) // 1860: 07:00 on the second day
 */
export function nextClockTime(clockMinute: number, t: number): number {
  const dayStart = Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  const candidate = dayStart + clockMinute;
  return candidate > t ? candidate : candidate + MINUTES_PER_DAY;
}

/**
 * The first time strictly after `t` at which the window opens or closes, whichever `t` is not
 * in; Infinity for an all-day window.
 */
export function nextWindowChange(window: DailyWindow, t: number): number {
  if (window.allDay) return Number.POSITIVE_INFINITY;
  return nextClockTime(isWithinWindow(window, t) ? window.end : window.start, t);
}

/** Length of the window in minutes per day (1440 for all day). */
export function windowLength(window: DailyWindow): number {
  if (window.allDay) return MINUTES_PER_DAY;
  return window.start < window.end
    ? window.end - window.start
    : MINUTES_PER_DAY - window.start + window.end;
}

/** The simulated horizon: `days` whole days, in minutes. */
export function horizonMinutes(calendar: { readonly days: number }): number {
  return calendar.days * MINUTES_PER_DAY;
}

/**
 * The simulated horizon in whole hours; hour h covers minutes [60h, 60h + 60), hour 0 being
 * 00:00–01:00 of day 1.
 *
 * @example horizonHours({ days: 2 }) // 48
 */
export function horizonHours(calendar: { readonly days: number }): number {
  return horizonMinutes(calendar) / MINUTES_PER_HOUR;
}

/**
 * The day of the run simulated time `t` (≥ 0) falls on, 1 = the calendar's first day.
 *
 * @example dayOfRun(1440 + 30) // 2
 */
export function dayOfRun(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY) + 1;
}
