/**
 * The `standards:` section: defaults for a file without it, the fields as written, and every
 * mistake reported at its line:col with what was expected.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { DEFAULT_STANDARD_SHARE } from '../../src/scenario/standards.js';
import { edited, minimalText, positionIn, problemsOf } from './helpers.js';

/** The minimal scenario with a standards section appended. */
function withStandards(section: string): string {
  return `${minimalText.trimEnd()}\nstandards:\n${section}`;
}

const GOOD = `  - id: fast
    name: Officers within 3 min of a platform's alert
    measure: response
    incidents: { detectedBy: [platform], siteKinds: [parking], days: [2], hours: { from: "08:00", to: "18:00" } }
    arrive: officers
    from: alert
    minutes: 3
    siteMinutes: { lift: 6 }
    share: 0.9
  - id: first-help
    measure: response
    arrive: { first: [platform, patrol] }
    from: occurrence
    minutes: 15
    share: 0.8
  - id: found
    measure: recovery
    share: 0.7
  - id: no-wait
    measure: waiting
    share: 0.95
`;

describe('standards', () => {
  it('default to one per type from targetMinutes, from occurrence, plus officers where needed', () => {
    const scenario = parseScenarioText(minimalText, 'test.yaml');
    // lost-item: no officers but may escalate → first and officers; dispute: needs 2 → both.
    expect(scenario.standards.map((s) => s.id)).toEqual([
      'lost-item-first',
      'lost-item-officers',
      'dispute-first',
      'dispute-officers',
    ]);
    const first = scenario.standards[0]!;
    expect(first).toMatchObject({
      measure: 'response',
      from: 'occurrence',
      minutes: 10,
      share: DEFAULT_STANDARD_SHARE,
      arrive: { who: 'first', kinds: null },
      scope: { types: ['lost-item'], sites: null },
    });
    expect(scenario.standards[3]).toMatchObject({ minutes: 3, arrive: { who: 'officers' } });
  });

  it('are read as written, with defaults filled in', () => {
    const scenario = parseScenarioText(withStandards(GOOD), 'test.yaml');
    const [fast, firstHelp, found, noWait] = scenario.standards;
    expect(fast).toMatchObject({
      name: "Officers within 3 min of a platform's alert",
      arrive: { who: 'officers' },
      from: 'alert',
      siteMinutes: { lift: 6 },
      scope: { detectedBy: ['platform'], siteKinds: ['parking'], days: [2] },
    });
    expect(firstHelp).toMatchObject({
      name: 'first-help',
      arrive: { who: 'first', kinds: ['platform', 'patrol'] },
    });
    expect(found).toMatchObject({ measure: 'recovery', share: 0.7 });
    expect(noWait).toMatchObject({ measure: 'waiting', maxWaitMinutes: 0 });
  });

  it('refuse an unknown clock, a share above 1 and an unknown key, each at its place', () => {
    const text = withStandards(
      GOOD.replace('from: occurrence', 'from: arrival')
        .replace('share: 0.7', 'share: 70')
        .replace('    minutes: 15', '    minutes: 15\n    minuts: 5'),
    );
    const problems = problemsOf(text);
    const at = (path: string) => problems.find((p) => p.path === path);
    expect(at('standards[1].from')?.message).toMatch(/occurrence.*alert.*decision/);
    expect(at('standards[1].from')).toMatchObject(positionIn(text, 'arrival\n'));
    expect(at('standards[2].share')?.message).toContain('between 0 and 1');
    // 70 is 70 % written as a percentage: the message says how to write it.
    expect(at('standards[2].share')?.message).toMatch(/\(got 70\); write 70 % as 0\.7$/);
    expect(at('standards[2].share')).toMatchObject(positionIn(text, '70\n  - id: no-wait'));
    expect(at('standards[1].minuts')?.message).toContain('minutes');
  });

  it('refuse unknown types and sites, a day after the calendar and a repeated id', () => {
    const text = withStandards(
      GOOD.replace('siteMinutes: { lift: 6 }', 'siteMinutes: { lfit: 6 }')
        .replace('days: [2]', 'days: [3]')
        .replace('id: no-wait', 'id: fast')
        .replace(
          '  - id: found\n    measure: recovery',
          '  - id: found\n    incidents: { types: [dispute, theft] }\n    measure: recovery',
        ),
    );
    const problems = problemsOf(text);
    const messages = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(messages['standards[0].siteMinutes.lfit']).toContain(
      'unknown site "lfit" (did you mean "lift"?)',
    );
    expect(messages['standards[0].incidents.days[0]']).toContain('calendar.days is 2');
    expect(messages['standards[2].incidents.types[1]']).toContain('unknown incident type "theft"');
    expect(messages['standards[3].id']).toBe(
      'duplicate standard id "fast" (first used at standards[0].id)',
    );
    expect(problems.find((p) => p.path === 'standards[0].incidents.days[0]')).toMatchObject(
      positionIn(text, '3], hours'),
    );
  });

  it('refuse a recovery standard over types without a recovery model', () => {
    const text = withStandards(
      '  - id: found\n    measure: recovery\n    incidents: { types: [dispute] }\n    share: 0.5\n',
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual(['standards[0].measure']);
    expect(problems[0]!.message).toContain('recovery');
  });

  it('read a recovery standard in time, from the alert unless it says otherwise', () => {
    const text = withStandards(
      '  - id: hour\n    measure: recovery\n    withinMinutes: 60\n    share: 0.5\n' +
        '  - id: day\n    measure: recovery\n    withinMinutes: 90\n    from: occurrence\n    share: 0.5\n',
    );
    const [hour, day] = parseScenarioText(text, 'test.yaml').standards;
    expect(hour).toMatchObject({ measure: 'recovery', within: { minutes: 60, from: 'alert' } });
    expect(day).toMatchObject({ within: { minutes: 90, from: 'occurrence' } });
    const plain = parseScenarioText(withStandards(GOOD), 'test.yaml').standards[2];
    expect(plain).toMatchObject({ measure: 'recovery', within: null });
  });

  it('refuse a recovery clock without minutes, and minutes of 0, at their place', () => {
    const text = withStandards(
      '  - id: a\n    measure: recovery\n    from: occurrence\n    share: 0.5\n',
    );
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      path: 'standards[0].from',
      ...positionIn(text, 'occurrence\n'),
    });
    expect(problem!.message).toContain('`from` needs `withinMinutes`');
    const zero = problemsOf(
      withStandards('  - id: b\n    measure: recovery\n    withinMinutes: 0\n    share: 0.5\n'),
    );
    expect(zero.find((p) => p.path === 'standards[0].withinMinutes')?.message).toContain(
      'greater than 0',
    );
  });

  it('refuse an empty section', () => {
    const problems = problemsOf(edited(['seed: 7', 'seed: 7\nstandards: []']));
    expect(problems[0]!.path).toBe('standards');
    expect(problems[0]!.message).toContain('at least one standard');
  });
});
