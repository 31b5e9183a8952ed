import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  chooseBaseline,
  choosePlans,
  PlanChoiceError,
} from '../../src/experiment/plans.js';
import { planSeed } from '../../src/experiment/streams.js';
import { loadScenario } from '../../src/scenario/load.js';

const scenario = loadScenario('test/fixtures/experiment/tiny.yaml');

describe('choosing plans', () => {
  it('takes every plan in file order by default, else the named ones in the given order', () => {
    expect(choosePlans(scenario)).toEqual(['base', 'no-platform', 'extra-car']);
    expect(choosePlans(scenario, ['extra-car', 'base'])).toEqual(['extra-car', 'base']);
  });

  it('refuses unknown and repeated plans, listing the plans there are', () => {
    expect(() => choosePlans(scenario, ['base', 'nope'])).toThrow(
      /plan "nope" is not in .*tiny.yaml; its plans are: base, no-platform, extra-car/,
    );
    expect(() => choosePlans(scenario, ['base', 'base'])).toThrow(PlanChoiceError);
    expect(() => checkPlan(scenario, 'x')).toThrow(PlanChoiceError);
  });

  it('takes the default plan as baseline when compared, else the first compared', () => {
    expect(chooseBaseline(scenario, ['no-platform', 'base'])).toBe('base');
    expect(chooseBaseline(scenario, ['no-platform', 'extra-car'])).toBe('no-platform');
    expect(chooseBaseline(scenario, ['no-platform', 'base'], 'no-platform')).toBe('no-platform');
    expect(() => chooseBaseline(scenario, ['base'], 'extra-car')).toThrow(/not among/);
  });
});

describe('planSeed', () => {
  it('gives every plan the same seed under common random numbers', () => {
    expect(new Set([0, 1, 2].map((i) => planSeed(42, i, false)))).toEqual(new Set([42]));
  });

  it('gives each plan its own seed with independent streams', () => {
    const seeds = [0, 1, 2].map((i) => planSeed(42, i, true));
    expect(new Set(seeds).size).toBe(3);
    expect(seeds).not.toContain(42);
  });
});
