/**
 * `recovery.searchMinutes`: optional, any distribution, and its mistakes located like those of
 * every other duration.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { edited, minimalText, positionIn, problemsOf } from './helpers.js';

const RECOVERY = 'recovery: { initial: 0.8, halfLifeMinutes: 45 }';

const withSearch = (search: string) =>
  edited([RECOVERY, `recovery: { initial: 0.8, halfLifeMinutes: 45, searchMinutes: ${search} }`]);

describe('recovery.searchMinutes', () => {
  it('is optional, and read as written', () => {
    const plain = parseScenarioText(minimalText, 'test.yaml').incidentTypes[0]!;
    expect(plain.recovery?.searchMinutes).toBeUndefined();
    const timed = parseScenarioText(withSearch('{ dist: lognormal, mean: 30, cv: 0.8 }'), 't.yaml');
    expect(timed.incidentTypes[0]!.recovery?.searchMinutes).toEqual({
      dist: 'lognormal',
      mean: 30,
      cv: 0.8,
    });
  });

  it('refuses a distribution whose parameters contradict, at the parameter', () => {
    const text = withSearch('{ dist: uniform, min: 40, max: 20 }');
    const [problem] = problemsOf(text);
    expect(problem!.path).toBe('incidents.types[0].recovery.searchMinutes.max');
    expect(problem).toMatchObject(positionIn(text, '20 }'));
  });

  it('refuses an unknown distribution with the ones it knows', () => {
    const [problem] = problemsOf(withSearch('{ dist: beta, mean: 30 }'));
    expect(problem!.path).toBe('incidents.types[0].recovery.searchMinutes.dist');
    expect(problem!.message).toContain('lognormal');
  });
});
