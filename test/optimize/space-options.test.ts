/**
 * The search space from the command line and the candidate plans it makes: shifts by index or
 * window, posts closed or open with their staff, patrols with 0 meaning the route is not walked;
 * every candidate validated through the scenario's own checks.
 */
import { describe, expect, it } from 'vitest';
import { candidateParts, validateCandidate } from '../../src/optimize/candidate.js';
import { choiceOf, dimensionValues } from '../../src/optimize/search-space.js';
import { parseSpaceOptions } from '../../src/optimize/space-options.js';
import { loadScenario } from '../../src/scenario/load.js';

const scenario = loadScenario('test/fixtures/minimal.yaml');
const base = scenario.plans.find((p) => p.name === 'base')!;

describe('parseSpaceOptions', () => {
  it('reads shifts by index or window, posts with or without a range, and patrols', () => {
    const dimensions = parseSpaceOptions(
      base,
      scenario.sites,
      ['19:00-07:00=0:2', '0=1:3'],
      ['lot,view=1:3'],
      ['loop=0:2'],
    );
    expect(dimensions).toEqual([
      { kind: 'cars', shift: 1, min: 0, max: 2 },
      { kind: 'cars', shift: 0, min: 1, max: 3 },
      { kind: 'post', site: 'lot', min: 2, max: 2 },
      { kind: 'post', site: 'view', min: 1, max: 3 },
      { kind: 'patrol', patrol: 'loop', min: 0, max: 2 },
    ]);
    expect(dimensions.map(dimensionValues)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [0, 2],
      [0, 1, 2, 3],
      [0, 1, 2],
    ]);
    expect(choiceOf(base, dimensions)).toEqual([1, 2, 2, 0, 1]);
  });

  it('searches every shift from 0 to twice its cars (at least 4) by default', () => {
    expect(parseSpaceOptions(base, scenario.sites, [], [])).toEqual([
      { kind: 'cars', shift: 0, min: 0, max: 4 },
      { kind: 'cars', shift: 1, min: 0, max: 4 },
    ]);
  });

  it.each([
    [['0=1:3', '07:00-19:00=2:4'], [], '--cars shift 0 is given twice'],
    [[], ['lot=0:2'], 'at least 1'],
    [[], [], 'has no patrol "ridge"', ['ridge=1:2']],
  ])('refuses %j %j', (cars, posts, message, patrols = []) => {
    expect(() => parseSpaceOptions(base, scenario.sites, cars, posts, patrols)).toThrow(message);
  });
});

describe('candidate plans', () => {
  const dimensions = parseSpaceOptions(base, scenario.sites, ['0=1:3'], ['lot,view'], ['loop=0:2']);

  it('changes only what the choice says, and removes what is set to 0', () => {
    const parts = candidateParts(base, dimensions, [3, 0, 2, 0]);
    expect(parts.officers.shifts.map((s) => s.cars)).toEqual([3, 1]);
    // The lot's platform closes; the viewpoint's opens with the lot's hours and coverage.
    expect(parts.platforms).toEqual([{ ...base.platforms[0]!, site: 'view', staff: 2 }]);
    expect(parts.patrols).toEqual([]);
  });

  it('is validated by the scenario checks, and refused with the located reason', () => {
    const ok = validateCandidate(
      scenario,
      'base',
      candidateParts(base, dimensions, [2, 2, 0, 1]),
      'p1',
    );
    expect(ok.ok).toBe(true);
    // A shift with more cars than the schema allows is refused as the file would be.
    const refused = validateCandidate(
      scenario,
      'base',
      candidateParts(base, [{ kind: 'cars', shift: 0, min: 0, max: 200 }], [101]),
      'p2',
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain('plans[base].officers');
  });
});
