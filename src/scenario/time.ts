/**
 * Rules about time that the schema cannot express: the calendar's start is a real date, its time
 * zone (a label) is a real IANA zone, a per-day visitor list has one number per simulated day,
 * and the arrival profile's pieces are in order within the day, do not overlap and carry some
 * weight.
 */
import { parseClock } from './clock.js';
import type { FieldProblem } from './paths.js';
import type { ScenarioInput } from './schema.js';
import { closestMatch } from './suggest.js';

/** Checks the calendar date, the time zone, the per-day visitor list and the arrival profile. */
export function checkTimeRules(input: ScenarioInput): FieldProblem[] {
  return [
    ...checkCalendarDate(input.calendar.start),
    ...checkTimeZone(input.calendar.timeZone),
    ...checkVisitorDays(input.crowd.visitorsPerDay, input.calendar.days),
    ...checkArrivalProfile(input.crowd.arrivalProfile),
  ];
}

/**
 * Whether "YYYY-MM-DD" names a real day (not 30 February).
 * @example isCalendarDate('2024-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day
  );
}

function checkCalendarDate(start: string): FieldProblem[] {
  if (isCalendarDate(start)) return [];
  return [{ path: ['calendar', 'start'], message: `"${start}" is not a date on the calendar` }];
}

/**
 * The time zone is only a label for outputs, but a misspelt one (Asia/Shangai) would be printed
 * on every report: it must be one the runtime knows (IANA names).
 */
function checkTimeZone(timeZone: string | undefined): FieldProblem[] {
  if (timeZone === undefined) return [];
  if (isTimeZone(timeZone)) return [];
  const suggestion = closestMatch(timeZone, Intl.supportedValuesOf('timeZone'));
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  return [
    {
      path: ['calendar', 'timeZone'],
      message: `unknown time zone "${timeZone}"${hint}; expected an IANA name such as Asia/Shanghai`,
    },
  ];
}

/** Whether the runtime knows the zone (its listed names and their aliases, such as UTC). */
function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function checkVisitorDays(visitors: number | readonly number[], days: number): FieldProblem[] {
  if (typeof visitors === 'number' || visitors.length === days) return [];
  return [
    {
      path: ['crowd', 'visitorsPerDay'],
      message: `has ${visitors.length} ${visitors.length === 1 ? 'entry' : 'entries'} but calendar.days is ${days}; give one number per day, or a single number for every day`,
    },
  ];
}

type Piece = ScenarioInput['crowd']['arrivalProfile'][number];

/**
 * Profile pieces are windows within one day: `from` before `to` (24:00 may end a piece), no two
 * overlapping, and a positive total weight (otherwise no visitor ever enters).
 */
function checkArrivalProfile(pieces: readonly Piece[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ordered: { index: number; from: number; to: number }[] = [];
  for (const [index, piece] of pieces.entries()) {
    const from = parseClock(piece.from);
    const to = parseClock(piece.to);
    if (from < to) {
      ordered.push({ index, from, to });
      continue;
    }
    const hint =
      to === 0
        ? '; write 24:00 for midnight'
        : '; a piece cannot run past midnight: split it into two pieces';
    problems.push({
      path: ['crowd', 'arrivalProfile', index, 'to'],
      message: `the piece must end after it starts (from ${piece.from} to ${piece.to})${hint}`,
    });
  }
  ordered.sort((a, b) => a.from - b.from || a.index - b.index);
  // The piece reaching furthest so far is the one a later piece would overlap.
  let furthest = ordered[0];
  for (const current of ordered.slice(1)) {
    if (furthest !== undefined && current.from < furthest.to) {
      const other = pieces[furthest.index]!;
      problems.push({
        path: ['crowd', 'arrivalProfile', current.index],
        message: `overlaps arrivalProfile[${furthest.index}] (${other.from}-${other.to}); pieces must not overlap`,
      });
    }
    if (furthest === undefined || current.to > furthest.to) furthest = current;
  }
  if (pieces.every((piece) => piece.weight === 0)) {
    problems.push({
      path: ['crowd', 'arrivalProfile'],
      message:
        'every weight is 0, so no visitor would enter; give at least one piece a positive weight',
    });
  }
  return problems;
}
