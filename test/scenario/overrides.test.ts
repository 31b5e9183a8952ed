/**
 * `--set` and `--scale`: an override changes exactly the value it names (the scenario equals a
 * hand-edited copy of the file), and a bad path or value is reported like a bad file, naming
 * the option.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import {
  applyOverrides,
  describeOverride,
  OverrideError,
  parseOverride,
  type ScenarioOverride,
} from '../../src/scenario/overrides.js';
import type { Scenario } from '../../src/scenario/types.js';
import { TINY } from '../experiment/helpers.js';

const tinyText = readFileSync(TINY, 'utf8');
const set = (text: string) => parseOverride('set', text);
const scale = (text: string) => parseOverride('scale', text);

/** The scenario without the fields that name its source (file hash, overrides). */
function content(scenario: Scenario) {
  const { hash: _hash, overrides: _overrides, ...rest } = scenario;
  return rest;
}

/** The tiny scenario's text with one exact piece of text replaced (which must occur once). */
function handEdited(from: string, to: string): string {
  expect(tinyText.split(from)).toHaveLength(2);
  return tinyText.replace(from, to);
}

/** The problems of loading the tiny scenario with `overrides`. */
function problemsWith(overrides: readonly ScenarioOverride[]) {
  try {
    parseScenarioText(tinyText, TINY, overrides);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected the overrides to be refused');
}

describe('an override gives the scenario of a hand-edited file', () => {
  const cases: [string, ScenarioOverride[], string, string][] = [
    [
      'a top-level number',
      [set('crowd.visitorsPerDay=9000')],
      'visitorsPerDay: 6000',
      'visitorsPerDay: 9000',
    ],
    [
      'a list item chosen by id',
      [set('incidents.types[dispute].rate=0.7')],
      'rate: 1.2',
      'rate: 0.7',
    ],
    [
      'a plan chosen by name, a shift by index',
      [set('plans[base].officers.shifts[0].cars=5')],
      '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }',
      '{ start: "07:00", end: "19:00", cars: 5, crew: 2 }',
    ],
    [
      'a crowd site chosen by its site',
      [set('crowd.sites[view].lagMinutes=45')],
      'share: 0.7, lagMinutes: 30',
      'share: 0.7, lagMinutes: 45',
    ],
    [
      'a YAML value (a list)',
      [set('plans[base].platforms=[]')],
      '    platforms:\n      - { site: lot, staff: 1, coverageMinutes: 12, hours: { start: "07:00", end: "19:00" } }\n',
      '    platforms: []\n',
    ],
    [
      'a field the file leaves to its default',
      [set('description=What if the lift closes')],
      'name: Tiny test area\n',
      'name: Tiny test area\ndescription: What if the lift closes\n',
    ],
    [
      'a scaled number',
      [scale('crowd.visitorsPerDay=1.5')],
      'visitorsPerDay: 6000',
      'visitorsPerDay: 9000',
    ],
    [
      'a --set then a --scale of the same value',
      [set('incidents.types[lost-item].rate=2'), scale('incidents.types[lost-item].rate=0.5')],
      'rate: 2.4',
      'rate: 1',
    ],
  ];
  it.each(cases)('%s', (_label, overrides, from, to) => {
    const edited = handEdited(from, to);
    const overridden = parseScenarioText(tinyText, TINY, overrides);
    const expected = parseScenarioText(edited, TINY);
    expect(content(overridden)).toEqual(content(expected));
    // …and differs from the untouched file, so the comparison can fail.
    expect(content(overridden)).not.toEqual(content(parseScenarioText(tinyText, TINY)));
    expect(overridden.overrides).toEqual(overrides);
  });

  it('scales every number of a list', () => {
    const data = { crowd: { visitorsPerDay: [100, 200, 300] } };
    const { data: out } = applyOverrides(data, [scale('crowd.visitorsPerDay=1.3')]);
    expect(out).toEqual({ crowd: { visitorsPerDay: [130, 260, 390] } });
    expect(data.crowd.visitorsPerDay).toEqual([100, 200, 300]); // the input is not changed
  });
});

describe('a bad override is reported like a bad file, naming the option', () => {
  it.each([
    [
      'crowd.visitorsPerDy=3',
      'unknown key "visitorsPerDy" (did you mean "visitorsPerDay"?)',
      'crowd.visitorsPerDy',
    ],
    ['incidents.types[dispute].rate=abc', 'expected a number', 'incidents.types[1].rate'],
    ['incidents.types[dispute].rate=-1', '', 'incidents.types[1].rate'],
  ])('--set %s', (text, message, path) => {
    const [problem, ...rest] = problemsWith([set(text)]);
    expect(rest).toEqual([]);
    expect(problem!.option).toBe(`--set ${text}`);
    expect(problem!.path).toBe(path);
    expect(problem!.message).toContain(message);
    expect(problem!.file).toBe(TINY);
  });

  it('a scaled whole number that is no longer whole is refused by the schema', () => {
    const [problem] = problemsWith([scale('plans[base].officers.shifts[0].cars=1.25')]);
    expect(problem!.option).toBe('--scale plans[base].officers.shifts[0].cars=1.25');
    expect(problem!.message).toContain('whole number');
  });

  it.each([
    [
      set('incidents.types[dispte].rate=1'),
      'no item with id, name or site "dispte"; did you mean "dispute"?',
      '- id: lost-item',
    ],
    [
      set('plans[base].officers.shifts[7].cars=1'),
      'has 2 item(s); index 7 is past its end',
      'cars: 2, crew: 2',
    ],
    [
      set('crowdd.visitorsPerDay=1'),
      'has no field "crowdd"; did you mean "crowd"?',
      'peakwatch: 1',
    ],
    [set('crowd.visitorsPerDay.x=1'), 'is a number (6000), not a mapping', 'visitorsPerDay:'],
    [
      scale('crowd=2'),
      'is a mapping; --scale takes a number or a list of numbers',
      '  visitorsPerDay: 6000',
    ],
    [scale('crowd.visitorsPerDay=x'), 'the factor must be a number of at least 0', 'peakwatch: 1'],
    [set('crowd..x=1'), 'is not a field path', 'peakwatch: 1'],
    [set('crowd.visitorsPerDay=[1, 2'), 'the value is not valid YAML', 'peakwatch: 1'],
  ])('%o', (override, message, near) => {
    const [problem, ...rest] = problemsWith([override]);
    expect(rest).toEqual([]);
    expect(problem!.message).toContain(message);
    expect(problem!.option).toBe(describeOverride(override));
    // Located where the path stops in the file: the value of the last part that exists.
    const line = tinyText.split('\n').findIndex((l) => l.includes(near)) + 1;
    expect(problem!.line).toBe(line);
    expect(String(new ScenarioError([problem!]).message)).toContain(
      `(from ${describeOverride(override)})`,
    );
  });

  it('an option without PATH=VALUE is refused before the file is read', () => {
    expect(() => parseOverride('set', 'crowd.visitorsPerDay')).toThrow(OverrideError);
    expect(() => parseOverride('scale', '=2')).toThrow(/expected PATH=FACTOR/);
    expect(parseOverride('set', 'a.b = x=y')).toEqual({ kind: 'set', path: 'a.b', value: 'x=y' });
  });
});
