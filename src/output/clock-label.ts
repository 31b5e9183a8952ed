/** Labels of simulated times in the checks' tables. */
import { MINUTES_PER_DAY } from '../scenario/clock.js';

/**
 * "d1 08:00" style label of a time in minutes since 00:00 of day 1.
 * @example clockLabel(1440 + 510) // 'd2 08:30'
 */
export function clockLabel(t: number): string {
  const day = Math.floor(t / MINUTES_PER_DAY);
  const minute = Math.round(t - day * MINUTES_PER_DAY);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `d${day + 1} ${hh}:${mm}`;
}

/**
 * Label of a span [start, end), the day written once when both ends fall on it.
 * @example spanLabel(480, 720) // 'd1 08:00–12:00'
 */
export function spanLabel(start: number, end: number): string {
  const from = clockLabel(start);
  const to = clockLabel(end);
  return from.split(' ')[0] === to.split(' ')[0] ? `${from}–${to.split(' ')[1]}` : `${from}–${to}`;
}
