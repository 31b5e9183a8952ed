/**
 * Where a plan bases its officers: each shift at its own `base`, or else at the plan's
 * `officers.base` (the station); a shift walking a patrol route at the route's first stop (its
 * units start and carry on round the route, and have no post). The model, the scenario checks
 * and the report's map all place officer units by this rule.
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
  return shift.patrol?.route[0] ?? shift.base ?? officers.base;
}

/**
 * Every site where the plan posts officers, in shift order, each once (shifts on a patrol route
 * are on the move, not posted).
 *
 * @example officerBases({ base: 'station', shifts: [dayShift, postedShift] }) // ['station', 'lot']
 */
export function officerBases(officers: Officers): string[] {
  const posted = officers.shifts.filter((shift) => shift.patrol === undefined);
  return [...new Set(posted.map((shift) => shiftBase(officers, shift)))];
}
