/**
 * When a roster group is on duty: a daily window, on every simulated day or only on listed days.
 * A dated window covers the spans that start on its days: an overnight shift dated day 2 runs
 * from its start on day 2 to its end on day 3. Days are numbered from 1, the calendar's start.
 */
import {
  type DailyWindow,
  dailyWindow,
  dayOfRun,
  isWithinWindow,
  MINUTES_PER_DAY,
  nextClockTime,
  nextWindowChange,
} from './clock.js';

/** A daily window on every day (`days` null) or only on the given day numbers (1-based). */
export interface DutyWindow {
  readonly daily: DailyWindow;
  readonly days: ReadonlySet<number> | null;
}

/**
 * The duty window of a shift or post: its hours, on the given day numbers if any.
 * @example dutyWindow({ start: '07:00', end: '19:00' }, [2, 3]) // 07:00–19:00 on days 2 and 3
 */
export function dutyWindow(
  hours: { readonly start: string; readonly end: string },
  days?: readonly number[],
): DutyWindow {
  return { daily: dailyWindow(hours), days: days === undefined ? null : new Set(days) };
}

/** A daily window on every day (a platform post's or a patrol's hours). */
export function everyDay(daily: DailyWindow): DutyWindow {
  return { daily, days: null };
}

/** Whether simulated time `t` is within the window (the start is in, the end is out). */
export function isOnDuty(window: DutyWindow, t: number): boolean {
  const { daily, days } = window;
  if (!isWithinWindow(daily, t)) return false;
  if (days === null) return true;
  return days.has(startDayOf(daily, t));
}

/**
 * The first time strictly after `t` at which the window opens or closes; Infinity when it never
 * changes again (every day, all day; or past its last day).
 */
export function nextDutyChange(window: DutyWindow, t: number): number {
  if (window.days === null) return nextWindowChange(window.daily, t);
  const lastDay = Math.max(...window.days);
  const lastTime = (lastDay + 1) * MINUTES_PER_DAY;
  const now = isOnDuty(window, t);
  let candidate = t;
  while (candidate <= lastTime) {
    candidate = nextBoundary(window.daily, candidate);
    if (isOnDuty(window, candidate) !== now) return candidate;
  }
  return Number.POSITIVE_INFINITY;
}

/** The day number (1-based) on which the window's span containing `t` started. */
function startDayOf(daily: DailyWindow, t: number): number {
  const day = dayOfRun(t);
  if (daily.allDay || daily.start < daily.end) return day;
  // Overnight: the part before the end clock time belongs to the previous day's span.
  return t - (day - 1) * MINUTES_PER_DAY < daily.end ? day - 1 : day;
}

/** The next time after `t` at which a dated window could change: a start, an end or midnight. */
function nextBoundary(daily: DailyWindow, t: number): number {
  if (daily.allDay) return nextClockTime(0, t);
  return Math.min(nextClockTime(daily.start, t), nextClockTime(daily.end, t));
}

/**
 * The day number (1 = `calendarStart`) of a roster day given as a number or a date.
 * @example rosterDayNumber('2024-10-03', '2024-10-01') // 3
 */
export function rosterDayNumber(day: number | string, calendarStart: string): number {
  if (typeof day === 'number') return day;
  return (
    Math.round((Date.parse(`${day}T00:00Z`) - Date.parse(`${calendarStart}T00:00Z`)) / 86400000) + 1
  );
}

/** A roster group that counts toward officers: its duty window and officers on duty in it. */
export interface OfficerGroup {
  readonly window: DutyWindow;
  readonly officers: number;
}

/**
 * The largest number of officers on duty at the same time over `days` simulated days. The count
 * only rises when a group comes on duty, so the maximum is reached at time 0 or at some group's
 * start on some day.
 * @example mostOfficersOnDuty([{ window: dutyWindow({ start: '07:00', end: '19:00' }), officers: 4 }], 1) // 4
 */
export function mostOfficersOnDuty(groups: readonly OfficerGroup[], days: number): number {
  const onDutyAt = (t: number): number =>
    groups.reduce((sum, group) => sum + (isOnDuty(group.window, t) ? group.officers : 0), 0);
  let most = onDutyAt(0);
  for (let day = 0; day < days; day++) {
    for (const group of groups) {
      most = Math.max(most, onDutyAt(day * MINUTES_PER_DAY + group.window.daily.start));
    }
  }
  return most;
}
