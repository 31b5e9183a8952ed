/**
 * Cross-reference and cross-field rules: each mistake is written into the minimal fixture and
 * must come back as a problem at the right path (and, where the mistake has a unique text, at
 * its line:col), with a message saying what was expected.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/errors.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { edited, positionIn, problemsOf } from './helpers.js';

/** The single problem of a text, checked for path and message fragments. */
function onlyProblem(text: string, path: string, ...fragments: string[]) {
  const problems = problemsOf(text);
  expect(problems.map((p) => p.path)).toEqual([path]);
  for (const fragment of fragments) expect(problems[0]!.message).toContain(fragment);
  return problems[0]!;
}

const SHIFT_DAY = '{ start: "07:00", end: "19:00", cars: 2, crew: 2 }';
const SHIFT_NIGHT = '{ start: "19:00", end: "07:00", cars: 1, crew: 2 }';

describe('ids and references', () => {
  it('a duplicate site id, at the repeat', () => {
    const text = edited(['{ id: lift,', '{ id: lot,']);
    const problem = problemsOf(text).find((p) => p.path === 'sites[3].id');
    expect(problem?.message).toBe('duplicate site id "lot" (first used at sites[1].id)');
  });

  it('a duplicate incident type id', () => {
    onlyProblem(
      edited(['- id: dispute', '- id: lost-item']),
      'incidents.types[1].id',
      'duplicate incident type id "lost-item"',
    );
  });

  it('a duplicate plan name', () => {
    const problems = problemsOf(edited(['- name: no-platform', '- name: base']));
    expect(problems.map((p) => p.path)).toContain('plans[1].name');
  });

  it('a duplicate patrol id within a plan', () => {
    const text = edited([
      '    cost:',
      '      - { id: loop, route: [lot, view], teams: 1, dwellMinutes: 5, hours: { start: "08:00", end: "18:00" } }\n    cost:',
    ]);
    onlyProblem(text, 'plans[0].patrols[1].id', 'duplicate patrol id "loop"');
  });

  it('an unknown site in a link, with a suggestion and the list of sites', () => {
    const text = edited(['between: [lot, view]', 'between: [lot, veiw]']);
    const problem = onlyProblem(
      text,
      'travel.links[1].between[1]',
      'unknown site "veiw"',
      'did you mean "view"?',
      'station, lot, view, lift',
    );
    expect(problem).toMatchObject(positionIn(text, 'veiw'));
  });

  it('an unknown site in crowd.sites, platforms, officers.base and incident type sites', () => {
    expect(
      problemsOf(edited(['    - site: view', '    - site: vista'])).map((p) => p.path),
    ).toContain('crowd.sites[1].site');
    onlyProblem(
      edited(['{ site: lot, staff: 2', '{ site: lots, staff: 2']),
      'plans[0].platforms[0].site',
      'unknown site "lots"',
    );
    onlyProblem(
      edited(['base: station', 'base: stat1on']),
      'plans[0].officers.base',
      'unknown site "stat1on"',
    );
    const text = edited(['sites: { lift: 2 }', 'sites: { elevator: 2 }']);
    const problem = onlyProblem(
      text,
      'incidents.types[1].sites.elevator',
      'unknown site "elevator"',
    );
    expect(problem).toMatchObject(positionIn(text, 'elevator: 2'));
  });

  it('a defaultPlan naming no plan', () => {
    onlyProblem(
      edited(['plans:\n', 'defaultPlan: bse\nplans:\n']),
      'defaultPlan',
      'unknown plan "bse"',
      'did you mean "base"?',
    );
  });

  it('officers based at a site that is not a station', () => {
    onlyProblem(
      edited(['base: station', 'base: lot']),
      'plans[0].officers.base',
      'is of kind parking',
      'kind station',
    );
  });
});

describe('plans and extends', () => {
  it('extends naming no plan', () => {
    onlyProblem(
      edited(['extends: base', 'extends: basis']),
      'plans[1].extends',
      'unknown plan "basis"',
    );
  });

  it('a cycle of extends, told once with the plans in it', () => {
    const text = edited(['  - name: base\n', '  - name: base\n    extends: no-platform\n']);
    onlyProblem(text, 'plans[0].extends', 'cycle: "base" extends "no-platform" extends "base"');
  });

  it('a plan extending itself', () => {
    onlyProblem(
      edited(['extends: base', 'extends: no-platform']),
      'plans[1].extends',
      '"no-platform" extends "no-platform"',
    );
  });

  it('a plan that lacks fields, saying which plan and which fields', () => {
    const text = edited(
      ['    dispatch: platform-first\n', ''],
      [
        '    platforms:\n      - { site: lot, staff: 2, coverageMinutes: 15, hours: { start: "07:00", end: "19:00" } }\n',
        '',
      ],
    );
    // The child gives its own dispatch and platforms, so only the base plan lacks them.
    const problem = onlyProblem(text, 'plans[0]');
    expect(problem.message).toBe(
      'plan "base" lacks dispatch, platforms: add them, or extend a plan that has them (platforms and patrols may be [])',
    );
    expect(problem).toMatchObject(positionIn(text, 'name: base'));
  });

  it('a child plan lacking a field none of its ancestors gives', () => {
    const text = edited(['    dispatch: platform-first\n', ''], ['    dispatch: nearest\n', '']);
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual(['plans[0]', 'plans[1]']);
    expect(problems[1]!.message).toContain(
      'plan "no-platform" lacks dispatch: neither it nor the plans it extends ("base")',
    );
  });
});

describe('time rules', () => {
  it('a date that is not on the calendar', () => {
    onlyProblem(
      edited(['"2024-10-01"', '"2023-02-29"']),
      'calendar.start',
      '"2023-02-29" is not a date',
    );
  });

  it('visitorsPerDay with a different number of entries than calendar.days', () => {
    onlyProblem(
      edited(['days: 2', 'days: 3']),
      'crowd.visitorsPerDay',
      'has 2 entries but calendar.days is 3',
    );
  });

  it('a profile piece ending before it starts, and 00:00 as its end', () => {
    onlyProblem(
      edited(['from: "12:00", to: "16:00"', 'from: "16:00", to: "12:00"']),
      'crowd.arrivalProfile[1].to',
      'must end after it starts',
    );
    onlyProblem(
      edited(['from: "12:00", to: "16:00"', 'from: "12:00", to: "00:00"']),
      'crowd.arrivalProfile[1].to',
      'write 24:00 for midnight',
    );
  });

  it('overlapping profile pieces, also when a long piece covers a later one', () => {
    onlyProblem(
      edited(['from: "12:00", to: "16:00"', 'from: "11:00", to: "16:00"']),
      'crowd.arrivalProfile[1]',
      'overlaps arrivalProfile[0] (07:00-12:00)',
    );
    const text = edited([
      '    - { from: "12:00", to: "16:00", weight: 1 }',
      '    - { from: "12:00", to: "16:00", weight: 1 }\n    - { from: "06:00", to: "24:00", weight: 1 }',
    ]);
    expect(problemsOf(text).map((p) => p.path)).toEqual([
      'crowd.arrivalProfile[0]',
      'crowd.arrivalProfile[1]',
    ]);
  });

  it('a profile whose weights are all 0', () => {
    onlyProblem(
      edited(['weight: 3', 'weight: 0'], ['weight: 1', 'weight: 0']),
      'crowd.arrivalProfile',
      'every weight is 0',
    );
  });
});

describe('distribution rules', () => {
  it('uniform with min above max', () => {
    onlyProblem(
      edited(['min: 10, max: 40', 'min: 50, max: 40']),
      'crowd.sites[1].stay.max',
      'max (40) is less than min (50)',
    );
  });

  it('triangular with the mode outside min..max', () => {
    onlyProblem(
      edited(['mode: 20', 'mode: 70']),
      'crowd.sites[2].stay.mode',
      'mode (70) must lie between min (5) and max (60)',
    );
  });

  it('normal with max not above min (min defaults to 0)', () => {
    onlyProblem(
      edited(['sd: 0.5, max: 5', 'sd: 0.5, max: 0']),
      'detection.patrol.max',
      'greater than min (0 by default)',
    );
    onlyProblem(
      edited(['sd: 0.5, max: 5', 'sd: 0.5, min: 5, max: 5']),
      'detection.patrol.max',
      'greater than min (5)',
    );
  });

  it('empirical weights of the wrong length or zero total', () => {
    onlyProblem(
      edited(['weights: [1, 2, 1]', 'weights: [1, 2]']),
      'incidents.types[1].onScene.weights',
      '2 weights for 3 values',
    );
    onlyProblem(
      edited(['weights: [1, 2, 1]', 'weights: [0, 0, 0]']),
      'incidents.types[1].onScene.weights',
      'add up to 0',
    );
  });
});

describe('links and reachability', () => {
  it('a link from a site to itself, and a link with neither mode', () => {
    onlyProblem(
      edited(['between: [view, lift], walk: 15', 'between: [view, view], walk: 15']),
      'travel.links[3].between',
      'joins "view" to itself',
    );
    onlyProblem(
      edited(['{ between: [view, lift], walk: 15 }', '{ between: [view, lift] }']),
      'travel.links[3]',
      'neither vehicle nor walk',
    );
  });

  it('a site with visitors that the officers cannot reach by road, naming both sites', () => {
    const problems = problemsOf(
      edited(['between: [lot, lift], vehicle: 3, walk: 8', 'between: [lot, lift], walk: 8']),
    );
    expect(problems.map((p) => p.path)).toEqual(['plans[0].officers.base']);
    expect(problems[0]!.message).toBe(
      'officers based at "station" cannot reach "lift", where visitors are: no road leads there (add links with vehicle minutes)',
    );
  });

  it('platform posts and patrol stops that cannot walk to a site with visitors', () => {
    // Without walking links to the lift, the lot (a post) and the view (a stop) are cut off from it.
    const text = edited(
      ['between: [lot, lift], vehicle: 3, walk: 8', 'between: [lot, lift], vehicle: 3'],
      ['{ between: [view, lift], walk: 15 }', '{ between: [view, lift], vehicle: 6 }'],
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual([
      'plans[0].platforms[0].site',
      'plans[0].patrols[0].route[0]',
      'plans[0].patrols[0].route[1]',
    ]);
    expect(problems[0]!.message).toContain('the platform post at "lot" cannot reach "lift"');
    expect(problems[2]!.message).toContain('patrol "loop" stop "lift" cannot reach "lot", "view"');
  });

  it('consecutive patrol stops that cannot walk to each other', () => {
    // With no visitors anywhere, only the route itself needs walking paths.
    const text = edited(
      ['share: 0.8', 'share: 0'],
      ['share: 0.6', 'share: 0'],
      ['share: 0.5', 'share: 0'],
      ['{ between: [view, lift], walk: 15 }', '{ between: [view, lift], vehicle: 6 }'],
      ['{ between: [lot, lift], vehicle: 3, walk: 8 }', '{ between: [lot, lift], vehicle: 3 }'],
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual([
      'plans[0].patrols[0].route[0]',
      'plans[0].patrols[0].route[1]',
    ]);
    expect(problems[0]!.message).toContain('cannot walk from stop "view" to its next stop "lift"');
    expect(problems[1]!.message).toContain('cannot walk from stop "lift" to its next stop "view"');
  });
});

describe('who can handle incidents', () => {
  it('escalation on a type that already needs officers', () => {
    onlyProblem(
      edited([
        '      officers: 2\n',
        '      officers: 2\n      escalation: { probability: 0.2 }\n',
      ]),
      'incidents.types[1].escalation',
      'officers: 0',
    );
  });

  it('a type needing more officers than are ever on duty at once', () => {
    const text = edited(
      [SHIFT_DAY, '{ start: "07:00", end: "19:00", cars: 1, crew: 1 }'],
      [SHIFT_NIGHT, '{ start: "19:00", end: "07:00", cars: 0, crew: 1 }'],
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual(['plans[0]', 'plans[1]']);
    expect(problems[0]!.message).toBe(
      'plan "base" cannot serve "dispute": it needs 2 officers on scene but at most 1 officer is on duty at once',
    );
  });

  it('counts officers of overlapping shifts together, overnight ones included', () => {
    // Two one-officer cars whose shifts overlap 22:00-02:00 make two officers on duty at once.
    const text = edited(
      [SHIFT_DAY, '{ start: "14:00", end: "02:00", cars: 1, crew: 1 }'],
      [SHIFT_NIGHT, '{ start: "22:00", end: "14:00", cars: 1, crew: 1 }'],
    );
    expect(parseScenarioText(text, 'x.yaml').plans).toHaveLength(2);
  });

  it('a plan with no responder of a kind the type allows', () => {
    const text = edited(['handlers: [platform, patrol, officer]', 'handlers: [platform]']);
    onlyProblem(
      text,
      'plans[1]',
      'plan "no-platform" cannot serve "lost-item": none of its handlers (platform) is in the plan',
    );
  });
});

describe('several problems and their form', () => {
  it('reports every rule problem of a file, in file order, as file:line:col  path: message', () => {
    const text = edited(
      ['"2024-10-01"', '"2024-13-01"'],
      ['route: [view, lift]', 'route: [view, gate]'],
      ['extends: base', 'extends: nothing'],
    );
    const problems = problemsOf(text, 'several.yaml');
    expect(problems.map((p) => p.path)).toEqual([
      'calendar.start',
      'plans[0].patrols[0].route[1]',
      'plans[1].extends',
    ]);
    const { line, col } = positionIn(text, 'gate');
    expect(formatProblem(problems[1]!)).toBe(
      `several.yaml:${line}:${col}  plans[0].patrols[0].route[1]: unknown site "gate"; the sites are: station, lot, view, lift`,
    );
  });

  it('rejects custom tags, duplicate keys and several documents', () => {
    expect(problemsOf(edited(['seed: 7', 'seed: !!js/function "return 7"']))[0]!.message).toBe(
      'unsupported tag !!js/function: scenario files are plain data; remove the tag',
    );
    expect(problemsOf(edited(['seed: 7', 'seed: !custom 7']))[0]!.message).toContain(
      'unsupported tag !custom',
    );
    expect(problemsOf(edited(['seed: 7', 'seed: 7\nseed: 8']))[0]).toMatchObject({
      line: 6,
      message: expect.stringContaining('duplicate key "seed"'),
    });
    expect(problemsOf(`${edited()}---\npeakwatch: 1\n`)[0]!.message).toContain(
      'multiple documents',
    );
  });

  it('reports a missing required field at the object that lacks it', () => {
    const text = edited(['  radioMinutes: 0.5\n', '']);
    const problem = onlyProblem(
      text,
      'detection.radioMinutes',
      'required field is missing (expected a number)',
    );
    expect(problem).toMatchObject(positionIn(text, 'phone:'));
  });

  it('suggests the closest option for a misspelt enum or distribution', () => {
    onlyProblem(
      edited(['kind: viewpoint', 'kind: veiwpoint']),
      'sites[2].kind',
      'did you mean "viewpoint"?',
    );
    onlyProblem(
      edited(['dist: lognormal, mean: 20', 'dist: lognormal, mean: 20, cvv: 0.5']),
      'crowd.sites[0].stay.cvv',
      'did you mean "cv"?',
      'expected one of: dist, mean, cv',
    );
    onlyProblem(
      edited(['dist: exponential', 'dist: exponental']),
      'incidents.types[0].onScene.dist',
      'did you mean "exponential"?',
    );
  });
});

describe('a probability written as a percentage', () => {
  it('says how to write it as a fraction, and only when it can be a percentage', () => {
    const percent = problemsOf(
      edited(['escalation: { probability: 0.1 }', 'escalation: { probability: 25 }']),
    );
    expect(percent.map((p) => p.message)).toEqual([
      'a probability must be between 0 and 1 (got 25); write 25 % as 0.25',
    ]);
    for (const value of ['250', '1.6']) {
      const notPercent = problemsOf(
        edited(['escalation: { probability: 0.1 }', `escalation: { probability: ${value} }`]),
      );
      expect(notPercent.map((p) => p.message)).toEqual([
        `a probability must be between 0 and 1 (got ${value})`,
      ]);
    }
  });
});

describe('the calendar time zone', () => {
  it('must be a time zone the runtime knows, with the closest name suggested', () => {
    const text = edited(['  days: 2\n', '  days: 2\n  timeZone: Asia/Shangai\n']);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'calendar.timeZone',
      ...positionIn(text, 'Asia/Shangai'),
    });
    expect(problems[0]!.message).toBe(
      'unknown time zone "Asia/Shangai" (did you mean "Asia/Shanghai"?); expected an IANA name such as Asia/Shanghai',
    );
  });

  it('accepts UTC and listed names', () => {
    for (const zone of ['UTC', 'Europe/Paris']) {
      expect(() =>
        parseScenarioText(edited(['  days: 2\n', `  days: 2\n  timeZone: ${zone}\n`]), 'z.yaml'),
      ).not.toThrow();
    }
  });
});
