/**
 * Rules for officers posted away from the station, their travel modes and dated shifts: each
 * mistake, written into the minimal fixture, comes back at its path with what was expected.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { edited, problemsOf } from './helpers.js';

const DAY_SHIFT = '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }';

/** The fixture with the day shift replaced by `shift` (YAML flow mapping). */
const withShift = (shift: string) => edited([DAY_SHIFT, shift]);

describe('posted and dated shifts', () => {
  it('load when they name a site, a mode and days inside the calendar', () => {
    const text = withShift(
      '{ start: "07:00", end: "19:00", cars: 1, crew: 2, base: lift, mode: foot, days: [1, "2024-10-01"] }',
    );
    const shift = parseScenarioText(text, 'test.yaml').plans[0]!.officers.shifts[0]!;
    expect(shift).toMatchObject({ base: 'lift', mode: 'foot', days: [1, '2024-10-01'] });
  });

  it('an unknown shift base, with the list of sites', () => {
    const problems = problemsOf(
      withShift('{ start: "07:00", end: "19:00", cars: 1, crew: 2, base: lifft }'),
    );
    const problem = problems.find((p) => p.path === 'plans[0].officers.shifts[0].base');
    expect(problem?.message).toContain('unknown site "lifft" (did you mean "lift"?)');
  });

  it('a day number or date outside the calendar', () => {
    const problems = problemsOf(
      withShift('{ start: "07:00", end: "19:00", cars: 1, crew: 2, days: [9, "2024-09-30"] }'),
    );
    const days = problems.filter((p) => p.path.startsWith('plans[0].officers.shifts[0].days'));
    expect(days.map((p) => p.path)).toEqual([
      'plans[0].officers.shifts[0].days[0]',
      'plans[0].officers.shifts[0].days[1]',
    ]);
    expect(days[0]!.message).toContain('day 9 is outside the simulated days 1 to 2');
    expect(days[1]!.message).toContain('date 2024-09-30 (day 0) is outside');
  });

  it('a date that is not on the calendar', () => {
    const problems = problemsOf(
      withShift('{ start: "07:00", end: "19:00", cars: 1, crew: 2, days: ["2024-02-30"] }'),
    );
    expect(problems.map((p) => p.message)).toContain('"2024-02-30" is not a date on the calendar');
  });

  it('an unknown mode, naming the modes', () => {
    const problems = problemsOf(
      withShift('{ start: "07:00", end: "19:00", cars: 1, crew: 2, mode: bicycle }'),
    );
    const problem = problems.find((p) => p.path === 'plans[0].officers.shifts[0].mode');
    expect(problem?.message).toMatch(/vehicle.*ebike.*foot/);
  });

  it('e-bike officers with no e-bike path to where visitors are', () => {
    const problems = problemsOf(
      withShift('{ start: "07:00", end: "19:00", cars: 1, crew: 2, mode: ebike }'),
    );
    const problem = problems.find((p) => p.path === 'plans[0].officers.shifts[0]');
    expect(problem?.message).toContain('officers on e-bikes from "station" cannot reach');
    expect(problem?.message).toContain('no e-bike path');
  });

  it('e-bike paths derived from walking minutes make the same shift valid', () => {
    const text = edited(
      [DAY_SHIFT, '{ start: "07:00", end: "19:00", cars: 1, crew: 2, mode: ebike }'],
      ['\ncrowd:', '\n  ebike: { from: walk, factor: 0.4 }\ncrowd:'],
    );
    expect(() => parseScenarioText(text, 'test.yaml')).not.toThrow();
  });

  it('officers needed beyond what dated shifts put on duty together', () => {
    // Two dated day shifts (2 officers on day 1, 1 on day 2) never overlap, nor with the night
    // shift (2): at most 2 on duty at once, although the shifts add up to 5 officers.
    const text = edited(
      [
        DAY_SHIFT,
        '{ start: "07:00", end: "19:00", cars: 1, crew: 2, days: [1] }\n        - { start: "07:00", end: "19:00", cars: 1, crew: 1, days: [2] }',
      ],
      ['officers: 2', 'officers: 3'],
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.message)).toContain(
      'plan "base" cannot serve "dispute": it needs 3 officers on scene but at most 2 officers are on duty at once',
    );
  });

  it('meal breaks that start outside the shift, or do not fit one after another', () => {
    const outside = problemsOf(
      withShift(
        '{ start: "07:00", end: "19:00", cars: 2, crew: 2, mealBreak: { minutes: 30, from: "20:00", to: "21:00" } }',
      ),
    );
    expect(outside.map((p) => p.path)).toContain('plans[0].officers.shifts[0].mealBreak.from');
    const tight = problemsOf(
      withShift(
        '{ start: "07:00", end: "19:00", cars: 3, crew: 2, mealBreak: { minutes: 30, from: "12:00", to: "13:00" } }',
      ),
    );
    expect(tight.map((p) => p.message)).toContain(
      '3 units × 30 minutes, one after another, need 90 minutes; 12:00–13:00 has 60',
    );
  });
});
