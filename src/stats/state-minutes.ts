/**
 * Workloads from the responders' own state accounting: each responder record carries its busy
 * (travelling, on scene, returning) and on-duty minutes in every clock hour of the run, which is
 * what `run` reports as utilisation. Restricting them to whole hours lets the checks leave out
 * a warm-up, and the last hour, which also holds any work after the horizon.
 */
import type { ResponderRecord } from '../model/records.js';

/** Hours [from, to) of the run, index 0 = 00:00–01:00 of day 1. */
export interface HourRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Σ busy / Σ on-duty minutes of the responders over the hours; NaN when none was on duty.
 *
 * @example busyShare(result.responders.filter((r) => r.kind === 'officer'), { from: 24, to: 239 })
 */
export function busyShare(responders: readonly ResponderRecord[], hours: HourRange): number {
  let busy = 0;
  let onDuty = 0;
  for (const responder of responders) {
    for (let h = hours.from; h < hours.to; h++) {
      busy += responder.busyMinutesByHour[h] ?? 0;
      onDuty += responder.onDutyMinutesByHour[h] ?? 0;
    }
  }
  return onDuty === 0 ? Number.NaN : busy / onDuty;
}

/**
 * The whole hours of a measurement window that runs from a warm-up to the horizon, leaving out
 * the last hour (which also holds the work done after the horizon).
 *
 * @example steadyHours({ start: 1440, end: 14_400 }) // { from: 24, to: 239 }
 */
export function steadyHours(window: { readonly start: number; readonly end: number }): HourRange {
  return { from: Math.ceil(window.start / 60), to: window.end / 60 - 1 };
}
