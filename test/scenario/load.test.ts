/** Loading a valid scenario: defaults, `extends`, expansion, freezing, hashing, JSON. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, parseScenarioText } from '../../src/scenario/load.js';
import { edited, MINIMAL, minimalText, positionIn, problemsOf } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'peakwatch-load-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('loadScenario on the minimal fixture', () => {
  const scenario = loadScenario(MINIMAL);

  it('keeps what the file gives', () => {
    expect(scenario.file).toBe(MINIMAL);
    expect(scenario.name).toBe('Minimal test scenario');
    expect(scenario.seed).toBe(7);
    expect(scenario.calendar).toEqual({ start: '2024-10-01', days: 2 });
    expect(scenario.sites.map((site) => site.id)).toEqual(['station', 'lot', 'view', 'lift']);
    expect(scenario.incidentTypes.map((type) => type.id)).toEqual(['lost-item', 'dispute']);
    expect(scenario.crowd.visitorsPerDay).toEqual([10000, 8000]);
  });

  it('fills the documented defaults', () => {
    expect(scenario.replications).toBe(10);
    expect(scenario.description).toBe('');
    expect(scenario.crowd.demandCv).toBe(0);
    expect(scenario.detection.dispatchMinutes).toBe(0);
    expect(scenario.occupancyIntervalMinutes).toBe(15);
    expect(scenario.defaultPlan).toBe('base'); // the first plan
  });

  it('resolves extends: given fields replace, others are inherited, description is not', () => {
    const [base, child] = scenario.plans;
    expect(child!.name).toBe('no-platform');
    expect(child!.dispatch).toBe('nearest');
    expect(child!.platforms).toEqual([]);
    expect(child!.officers).toEqual(base!.officers);
    expect(child!.patrols).toEqual(base!.patrols);
    expect(child!.cost).toEqual({ officerHour: 1, platformStaffHour: 0.4, volunteerHour: 0.1 });
    expect(base!.description).not.toBe('');
    expect(child!.description).toBe('');
  });

  it('is deeply frozen', () => {
    for (const value of [
      scenario,
      scenario.plans,
      scenario.plans[1]!.officers.shifts[0],
      scenario.crowd.sites[0]!.stay,
      scenario.crowd.visitorsPerDay,
      scenario.travel.links[0]!.between,
    ]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => {
      (scenario.plans[0]!.officers.shifts as { cars: number }[])[0]!.cars = 99;
    }).toThrow(TypeError);
  });

  it('hashes the file bytes with SHA-256', () => {
    const expected = createHash('sha256').update(readFileSync(MINIMAL)).digest('hex');
    expect(scenario.hash).toBe(expected);
    expect(parseScenarioText(minimalText, MINIMAL).hash).toBe(expected);
  });
});

describe('other valid forms', () => {
  it('repeats a single visitorsPerDay number for every day', () => {
    const scenario = parseScenarioText(
      edited(['days: 2', 'days: 3'], ['visitorsPerDay: [10000, 8000]', 'visitorsPerDay: 5000']),
      'x.yaml',
    );
    expect(scenario.crowd.visitorsPerDay).toEqual([5000, 5000, 5000]);
  });

  it('accepts an overnight shift and a 24-hour shift (start == end)', () => {
    const scenario = parseScenarioText(
      edited(
        [
          '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }',
          '{ start: "06:00", end: "06:00", cars: 1, crew: 2 }',
        ],
        [
          '{ start: "19:00", end: "07:00", cars: 1, crew: 2 }',
          '{ start: "22:00", end: "04:00", cars: 1, crew: 1 }',
        ],
      ),
      'x.yaml',
    );
    expect(scenario.plans[0]!.officers.shifts.map((s) => `${s.start}-${s.end}`)).toEqual([
      '06:00-06:00',
      '22:00-04:00',
    ]);
  });

  it('accepts a profile piece ending at 24:00 and a defaultPlan naming a later plan', () => {
    const scenario = parseScenarioText(
      edited(['to: "16:00"', 'to: "24:00"'], ['plans:\n', 'defaultPlan: no-platform\nplans:\n']),
      'x.yaml',
    );
    expect(scenario.defaultPlan).toBe('no-platform');
  });

  it('reads JSON to the same scenario as the YAML it was converted from', () => {
    const file = join(temp, 'minimal.json');
    writeFileSync(file, JSON.stringify(parse(minimalText), null, '\t'));
    const fromJson = loadScenario(file);
    const fromYaml = loadScenario(MINIMAL);
    expect({ ...fromJson, file: '', hash: '' }).toEqual({ ...fromYaml, file: '', hash: '' });
  });

  it('accepts a "$schema" reference in a JSON file and ignores it', () => {
    const file = join(temp, 'with-schema.json');
    const data = { $schema: '../docs/scenario.schema.json', ...parse(minimalText) };
    writeFileSync(file, JSON.stringify(data, null, 2));
    const fromYaml = loadScenario(MINIMAL);
    expect({ ...loadScenario(file), file: '', hash: '' }).toEqual({
      ...fromYaml,
      file: '',
      hash: '',
    });
  });

  it('locates problems in JSON files at the key', () => {
    const data = parse(minimalText);
    data.plans[0].officers.shifts[1].crwe = 2;
    const text = JSON.stringify(data, null, 2);
    const [problem] = problemsOf(text, 'x.json');
    expect(problem).toMatchObject({
      ...positionIn(text, '"crwe"'),
      path: 'plans[0].officers.shifts[1].crwe',
    });
    expect(problem!.message).toContain('did you mean "crew"?');
  });

  it('follows YAML anchors and aliases (plain data reuse)', () => {
    const text = edited(
      ['hours: { start: "07:00", end: "19:00" }', 'hours: &day { start: "07:00", end: "19:00" }'],
      ['hours: { start: "08:00", end: "18:00" }', 'hours: *day'],
    );
    const scenario = parseScenarioText(text, 'x.yaml');
    expect(scenario.plans[0]!.patrols[0]!.hours).toEqual({ start: '07:00', end: '19:00' });
  });
});
