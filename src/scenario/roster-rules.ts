/**
 * Rules for dated shifts: every day a shift lists is a real date or a day number within the
 * calendar (a shift dated outside the simulated days would silently never be on duty).
 */
import { rosterDayNumber } from './duty.js';
import type { FieldProblem } from './paths.js';
import type { ScenarioInput } from './schema.js';
import { isCalendarDate } from './time.js';

/** Checks the `days` of every shift of every plan against the calendar. */
export function checkRosterDays(input: ScenarioInput): FieldProblem[] {
  const { start, days } = input.calendar;
  if (!isCalendarDate(start)) return []; // reported by the time rules
  return input.plans.flatMap((plan, i) =>
    (plan.officers?.shifts ?? []).flatMap((shift, s) =>
      (shift.days ?? []).flatMap((day, d): FieldProblem[] => {
        const path = ['plans', i, 'officers', 'shifts', s, 'days', d];
        if (typeof day === 'string' && !isCalendarDate(day)) {
          return [{ path, message: `"${day}" is not a date on the calendar` }];
        }
        const n = rosterDayNumber(day, start);
        if (n >= 1 && n <= days) return [];
        const what = typeof day === 'string' ? `date ${day} (day ${n})` : `day ${day}`;
        return [
          {
            path,
            message: `${what} is outside the simulated days 1 to ${days} (${start} onwards); the shift would never be on duty then`,
          },
        ];
      }),
    ),
  );
}
