/**
 * Reading the search space from the command line: `--cars SHIFT=MIN:MAX` (a shift of the base
 * plan, by its index in `officers.shifts` or its window `HH:MM-HH:MM`), `--posts SITE[=MIN:MAX]`
 * (a candidate site for a platform: closed, or open with MIN to MAX staff; without a range, the
 * staff of the base plan's platform there, else of its first platform) and `--patrols
 * ROUTE=MIN:MAX` (the volunteer teams of a patrol of the base plan, 0 meaning the route is not
 * walked). Without any of them, every shift of the base plan is searched from 0 to twice its
 * cars (at least 4).
 */
import type { Plan, Site } from '../scenario/types.js';
import { type Dimension, SearchSpaceError } from './search-space.js';

/** Most cars of a shift, as in the scenario schema. */
const MAX_CARS = 100;
/** Most staff of a platform, as in the scenario schema. */
const MAX_STAFF = 50;
/** Most teams of a patrol, as in the scenario schema. */
const MAX_TEAMS = 50;
/** Least upper bound of a shift's cars when no `--cars` is given. */
const DEFAULT_MIN_UPPER = 4;

/**
 * The dimensions of `--cars` and `--posts` for the base plan, cars first, each in the order
 * given; the default cars dimensions when neither is given.
 *
 * @throws SearchSpaceError for a shift or site the plan or scenario lacks, a malformed or
 *   empty range, or a dimension given twice.
 */
export function parseSpaceOptions(
  plan: Plan,
  sites: readonly Site[],
  cars: readonly string[],
  posts: readonly string[],
  patrols: readonly string[] = [],
): Dimension[] {
  const dimensions: Dimension[] =
    cars.length === 0 && posts.length === 0 && patrols.length === 0
      ? plan.officers.shifts.map((shift, i) => ({
          kind: 'cars',
          shift: i,
          min: 0,
          max: Math.min(MAX_CARS, Math.max(DEFAULT_MIN_UPPER, 2 * shift.cars)),
        }))
      : [
          ...cars.map((text) => carsDimension(plan, text)),
          ...posts
            .flatMap((text) => text.split(','))
            .map((text) => postDimension(plan, sites, text)),
          ...patrols.map((text) => patrolDimension(plan, text)),
        ];
  const seen = new Set<string>();
  for (const d of dimensions) {
    const id =
      d.kind === 'cars'
        ? `--cars shift ${d.shift}`
        : d.kind === 'patrol'
          ? `--patrols ${d.patrol}`
          : `--posts ${d.site}`;
    if (seen.has(id)) throw new SearchSpaceError(`${id} is given twice`);
    seen.add(id);
  }
  return dimensions;
}

/** `SHIFT=MIN:MAX` of `--cars`. */
function carsDimension(plan: Plan, text: string): Dimension {
  const [shiftText, rangeText] = splitAssignment('--cars', text, 'SHIFT=MIN:MAX, e.g. 0=2:6');
  const shift = shiftIndex(plan, shiftText!);
  const [min, max] = parseRange('--cars', text, rangeText!, MAX_CARS);
  return { kind: 'cars', shift, min, max };
}

/** `SITE` or `SITE=MIN:MAX` of `--posts`. */
function postDimension(plan: Plan, sites: readonly Site[], text: string): Dimension {
  const trimmed = text.trim();
  const equals = trimmed.indexOf('=');
  const site = (equals < 0 ? trimmed : trimmed.slice(0, equals)).trim();
  if (!sites.some((s) => s.id === site)) {
    throw new SearchSpaceError(
      `--posts ${text}: the scenario has no site "${site}" (it has: ${sites.map((s) => s.id).join(', ')})`,
    );
  }
  if (plan.platforms.length === 0) {
    throw new SearchSpaceError(
      `--posts ${text}: the base plan "${plan.name}" has no platform to take a new post's hours and coverage from`,
    );
  }
  if (equals < 0) {
    const staff = plan.platforms.find((p) => p.site === site)?.staff ?? plan.platforms[0]!.staff;
    return { kind: 'post', site, min: staff, max: staff };
  }
  const [min, max] = parseRange('--posts', text, trimmed.slice(equals + 1), MAX_STAFF);
  if (min < 1) {
    throw new SearchSpaceError(
      `--posts ${text}: MIN:MAX is the staff of an open post, at least 1 (a post may always be closed)`,
    );
  }
  return { kind: 'post', site, min, max };
}

/** `ROUTE=MIN:MAX` of `--patrols`: a patrol of the base plan, by its id. */
function patrolDimension(plan: Plan, text: string): Dimension {
  const [patrol, range] = splitAssignment('--patrols', text, 'ROUTE=MIN:MAX, e.g. cliff-trail=1:4');
  if (!plan.patrols.some((p) => p.id === patrol)) {
    const ids = plan.patrols.map((p) => p.id).join(', ') || 'none';
    throw new SearchSpaceError(
      `--patrols ${text}: plan "${plan.name}" has no patrol "${patrol}" (it has: ${ids})`,
    );
  }
  const [min, max] = parseRange('--patrols', text, range, MAX_TEAMS);
  return { kind: 'patrol', patrol, min, max };
}

/** The two sides of `A=B`, or an error saying what was expected. */
function splitAssignment(option: string, text: string, expected: string): [string, string] {
  const equals = text.indexOf('=');
  const left = text.slice(0, Math.max(0, equals)).trim();
  const right = text.slice(equals + 1).trim();
  if (equals < 0 || left === '' || right === '') {
    throw new SearchSpaceError(`${option} ${text}: expected ${expected}`);
  }
  return [left, right];
}

/**
 * A shift by its index (`0`) or its window (`07:00-19:00`, which must match exactly one shift).
 */
function shiftIndex(plan: Plan, text: string): number {
  const { shifts } = plan.officers;
  const listed = shifts.map((s, i) => `${i} (${s.start}-${s.end})`).join(', ');
  if (/^\d+$/.test(text)) {
    const index = Number(text);
    if (index < shifts.length) return index;
    throw new SearchSpaceError(
      `--cars ${text}: plan "${plan.name}" has ${shifts.length} shift(s), numbered from 0: ${listed}`,
    );
  }
  const matches = shifts.flatMap((s, i) => (`${s.start}-${s.end}` === text ? [i] : []));
  if (matches.length === 1) return matches[0]!;
  throw new SearchSpaceError(
    matches.length === 0
      ? `--cars ${text}: plan "${plan.name}" has no shift ${text}; its shifts: ${listed}`
      : `--cars ${text}: plan "${plan.name}" has ${matches.length} shifts ${text}; name one by its index: ${listed}`,
  );
}

/** `MIN:MAX`, whole numbers with 0 ≤ MIN ≤ MAX ≤ `most`. */
function parseRange(option: string, text: string, range: string, most: number): [number, number] {
  const match = /^(\d+):(\d+)$/.exec(range.trim());
  const min = match ? Number(match[1]) : Number.NaN;
  const max = match ? Number(match[2]) : Number.NaN;
  if (!match || min > max || max > most) {
    throw new SearchSpaceError(
      `${option} ${text}: expected MIN:MAX, whole numbers with 0 <= MIN <= MAX <= ${most}`,
    );
  }
  return [min, max];
}
