/**
 * Where a plan bases its officers: each shift at its own `base`, or else at the plan's
 * `officers.base` (the station). The model, the scenario checks and the report's map all place
 * officer units by this rule.
 */
import type { Plan } from './types.js';

/** A plan's officers section. */
type Officers = Plan['officers'];

/**
 * The site id a shift's units are based at.
 *
 * @example shiftBase({ base: 'station', shifts }, { ...shift, base: 'lot' }) // 'lot'
 */
export function shiftBase(officers: Officers, shift: Officers['shifts'][number]): string {
  return shift.base ?? officers.base;
}

/**
 * Every site where the plan bases officers, in shift order, each once.
 *
 * @example officerBases({ base: 'station', shifts: [dayShift, postedShift] }) // ['station', 'lot']
 */
export function officerBases(officers: Officers): string[] {
  return [...new Set(officers.shifts.map((shift) => shiftBase(officers, shift)))];
}
