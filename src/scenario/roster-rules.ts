/**
 * Rules for dated shifts: every day a shift lists is a real date or a day number within the
 * calendar (a shift dated outside the simulated days would silently never be on duty). And for
 * meal breaks: the first starts while the shift is on duty, and the units' breaks, one after
 * another, fit in the break window.
 */
import { dailyWindow, isWithinWindow, windowLength } from './clock.js';
import { rosterDayNumber } from './duty.js';
import type { FieldProblem } from './paths.js';
import type { ScenarioInput } from './schema.js';
import { isCalendarDate } from './time.js';

/** Checks the `days` and `mealBreak` of every shift of every plan. */
export function checkRosterDays(input: ScenarioInput): FieldProblem[] {
  return [...checkShiftDays(input), ...checkMealBreaks(input)];
}

function checkMealBreaks(input: ScenarioInput): FieldProblem[] {
  return input.plans.flatMap((plan, i) =>
    (plan.officers?.shifts ?? []).flatMap((shift, s): FieldProblem[] => {
      const meal = shift.mealBreak;
      if (meal === undefined) return [];
      const path = ['plans', i, 'officers', 'shifts', s, 'mealBreak'];
      const window = dailyWindow({ start: meal.from, end: meal.to });
      if (!isWithinWindow(dailyWindow(shift), window.start)) {
        return [
          {
            path: [...path, 'from'],
            message: `breaks from ${meal.from} start outside the shift (${shift.start}–${shift.end})`,
          },
        ];
      }
      const needed = shift.cars * meal.minutes;
      if (needed <= windowLength(window)) return [];
      return [
        {
          path,
          message: `${shift.cars} units × ${meal.minutes} minutes, one after another, need ${needed} minutes; ${meal.from}–${meal.to} has ${windowLength(window)}`,
        },
      ];
    }),
  );
}

function checkShiftDays(input: ScenarioInput): FieldProblem[] {
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
