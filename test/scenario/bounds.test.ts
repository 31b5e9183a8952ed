/*
 * Every quantity has an upper bound (docs/scenario.md#bounds) that keeps one replication within
 * its time and memory budget; beyond it, validate refuses the file at the field.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_EXPECTED_INCIDENTS } from '../../src/scenario/bounds.js';
import { checkSchema } from '../../src/scenario/issues.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { expectedIncidentsBound } from '../../src/scenario/workload.js';
import { edited, minimalText, positionIn, problemsOf } from './helpers.js';

describe('bounds', () => {
  it.each([
    ['lagMinutes: 30', 'lagMinutes: 1e300', 'crowd.sites[1].lagMinutes', /at most 1,440/],
    ['lagMinutes: 30', 'lagMinutes: 1e9', 'crowd.sites[1].lagMinutes', /at most 1,440/],
    [
      'visitorsPerDay: [10000, 8000]',
      'visitorsPerDay: [1e9, 8000]',
      'crowd.visitorsPerDay[0]',
      /at most 1,000,000/,
    ],
    ['rate: 0.05', 'rate: 1e6', 'incidents.types[1].rate', /at most 1,000/],
    [
      '{ between: [station, lot], vehicle: 2, walk: 10 }',
      '{ between: [station, lot], vehicle: 2, walk: 1e7 }',
      'travel.links[0].walk',
      /at most 1,440/,
    ],
    [
      'onScene: { dist: exponential, mean: 30 }',
      'onScene: { dist: exponential, mean: 1e12 }',
      'incidents.types[0].onScene.mean',
      /at most 10,080/,
    ],
  ])('refuses %s → %s at the field', (from, to, path, message) => {
    const text = edited([from, to]);
    const problems = problemsOf(text);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('refuses the product of fields within their bounds that would make a replication too long', () => {
    const text = edited(
      ['visitorsPerDay: [10000, 8000]', 'visitorsPerDay: [1000000, 1000000]'],
      ['rate: 0.05', 'rate: 1000'],
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual(['crowd.visitorsPerDay']);
    expect(problems[0]!.message).toMatch(/incidents in one replication; at most 100,000/);
  });

  it('computes the expected incidents from visitors, stays, rates and crowding (hand-worked)', () => {
    const result = checkSchema(parse(minimalText));
    if (!result.ok) throw new Error('the fixture must pass the schema');
    // Mean stays: lognormal mean 20; uniform 10–40 → 25; triangular (5 + 20 + 60) / 3.
    // The dispute's crowding effect (threshold 0.8, exponent 2) at the highest load bound:
    // two days' visitors (18,000) × share / capacity.
    const sites = [
      { share: 0.8, stay: 20, capacity: 500, lostItem: 1.5, dispute: 1 },
      { share: 0.6, stay: 25, capacity: 300, lostItem: 1, dispute: 1 },
      { share: 0.5, stay: 85 / 3, capacity: 400, lostItem: 1, dispute: 2 },
    ];
    const perVisitor = sites.reduce((sum, site) => {
      const crowding = ((18_000 * site.share) / site.capacity / 0.8) ** 2;
      const hours = (site.share * site.stay) / 60;
      return sum + hours * ((0.1 / 1000) * site.lostItem + (0.05 / 1000) * site.dispute * crowding);
    }, 0);
    expect(expectedIncidentsBound(result.input)).toBeCloseTo(18_000 * perVisitor, 6);
    expect(expectedIncidentsBound(result.input)).toBeLessThan(MAX_EXPECTED_INCIDENTS);
  });

  it('refuses a patrol route that takes no time (one stop repeated, no dwell)', () => {
    const text = edited(
      ['route: [view, lift]', 'route: [view, view]'],
      ['dwellMinutes: 10', 'dwellMinutes: 0'],
    );
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'plans[0].patrols[0].route',
      ...positionIn(text, '[view, view]'),
    });
    expect(problems[0]!.message).toMatch(/a round would take no time/);
    // Either a dwell or a second stop makes the round take time.
    expect(() =>
      parseScenarioText(edited(['route: [view, lift]', 'route: [view, view]']), 'x.yaml'),
    ).not.toThrow();
  });
});
