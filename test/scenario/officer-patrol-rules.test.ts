/**
 * Officers on a patrol route (a shift's `patrol`): read as written; a shift that does not walk
 * or that also names a base, and an unknown stop, each refused at its path.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { edited, positionIn, problemsOf } from './helpers.js';

const DAY_SHIFT = '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }';
const PATROL = 'patrol: { route: [lot, view], dwellMinutes: 10 }';
const withShift = (fields: string) =>
  edited([DAY_SHIFT, `{ start: "07:00", end: "19:00", cars: 1, crew: 2, ${fields} }`]);
const SHIFT = 'plans[0].officers.shifts[0]';

describe('officers on a patrol route', () => {
  it('load with mode: foot', () => {
    const text = withShift(`mode: foot, ${PATROL}`);
    const shift = parseScenarioText(text, 'test.yaml').plans[0]!.officers.shifts[0]!;
    expect(shift.patrol).toEqual({ route: ['lot', 'view'], dwellMinutes: 10 });
  });

  it('must walk: no mode, or another mode, is refused where it is', () => {
    const none = withShift(PATROL);
    const [missing] = problemsOf(none);
    expect(missing).toMatchObject({ path: `${SHIFT}.patrol`, ...positionIn(none, '{ route') });
    expect(missing!.message).toContain('mode: foot');
    const [driving] = problemsOf(withShift(`mode: vehicle, ${PATROL}`));
    expect(driving!.path).toBe(`${SHIFT}.mode`);
  });

  it('has no base, and only known stops', () => {
    const based = problemsOf(withShift(`mode: foot, base: lift, ${PATROL}`));
    expect(based.map((p) => p.path)).toEqual([`${SHIFT}.base`]);
    const unknown = problemsOf(
      withShift('mode: foot, patrol: { route: [lot, veiw], dwellMinutes: 10 }'),
    );
    const stop = unknown.find((p) => p.path === `${SHIFT}.patrol.route[1]`);
    expect(stop?.message).toContain('unknown site "veiw" (did you mean "view"?)');
  });
});
