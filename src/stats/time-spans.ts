/**
 * Spans of simulated time and what the checks measure over them: incidents that occurred in a
 * measurement window, and how long responders were all busy at once within it, rebuilt from the
 * incident records.
 */
import type { IncidentRecord } from '../model/records.js';

/** A span of simulated time [start, end), minutes since 00:00 of the first day. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The incidents that occurred within the window (start included, end excluded).
 *
 * @example incidentsOccurringIn(result.incidents, { start: 1440, end: 14400 })
 */
export function incidentsOccurringIn(
  incidents: readonly IncidentRecord[],
  window: TimeSpan,
): IncidentRecord[] {
  return incidents.filter((i) => i.occurred >= window.start && i.occurred < window.end);
}

/**
 * When a responder started and stopped being busy with an incident; null when it was never
 * busy with it. Used by {@link busySpansByResponder}.
 */
export type BusySpanOf = (incident: IncidentRecord, responderId: string) => TimeSpan | null;

/**
 * Each responder's busy spans, merged where they overlap (a responder re-tasked on its way back
 * is busy without a break).
 *
 * @param spanOf when a responder was busy with an incident
 */
export function busySpansByResponder(
  incidents: readonly IncidentRecord[],
  spanOf: BusySpanOf,
): Map<string, TimeSpan[]> {
  const spans = new Map<string, TimeSpan[]>();
  for (const incident of incidents) {
    for (const id of incident.responders) {
      const span = spanOf(incident, id);
      if (span === null || !(span.end > span.start)) continue;
      const list = spans.get(id) ?? [];
      list.push(span);
      spans.set(id, list);
    }
  }
  for (const [id, list] of spans) spans.set(id, mergeSpans(list));
  return spans;
}

/**
 * Minutes of the window during which every one of the units is busy (each unit given by its
 * busy spans). 0 when `units` is empty.
 *
 * @example allBusyMinutes([[{ start: 0, end: 10 }], [{ start: 5, end: 20 }]], { start: 0, end: 60 }) // 5
 */
export function allBusyMinutes(units: readonly (readonly TimeSpan[])[], window: TimeSpan): number {
  if (units.length === 0) return 0;
  // Sweep the unit start and end times in order, counting busy units.
  const changes: { at: number; delta: number }[] = [];
  for (const spans of units) {
    for (const span of mergeSpans(spans)) {
      changes.push({ at: span.start, delta: 1 }, { at: span.end, delta: -1 });
    }
  }
  // Ends before starts at the same instant: a unit freed and another taken is not "all busy".
  changes.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let busy = 0;
  let total = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (const change of changes) {
    if (busy === units.length) {
      total += Math.max(0, Math.min(change.at, window.end) - Math.max(previous, window.start));
    }
    busy += change.delta;
    previous = change.at;
  }
  return total;
}

/** The union of spans as disjoint spans in time order. */
function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
