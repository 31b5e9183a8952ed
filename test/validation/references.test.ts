import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang.js';
import { AssumptionError } from '../../src/validation/assumptions.js';
import { erlangCReference } from '../../src/validation/erlang-reference.js';
import { hypercubeReference } from '../../src/validation/hypercube-reference.js';
import { editedScenario, validationScenario } from './scenario-variants.js';

describe('erlangCReference', () => {
  it('reads λ, μ and c from the Erlang C scenario', () => {
    // 14,400 visitors a day stay 100 minutes: 1,000 present; 3.6 per 1,000 visitor-hours is
    // 0.06 incidents a minute; service 30 minutes on scene plus 0.001 minutes out.
    const reference = erlangCReference(validationScenario('erlang-c.yaml'), 'three-cars');
    expect(reference.queue.arrivalRate).toBeCloseTo(0.06, 12);
    expect(reference.queue.servers).toBe(3);
    expect(reference.serviceMinutes).toBeCloseTo(30.001, 12);
    expect(reference.measures.probabilityWait).toBeCloseTo(erlangC(3, 0.06 * 30.001), 12);
    expect(reference.meanNumberInSystem).toBeCloseTo(0.06 * reference.meanTimeInSystem, 12);
  });

  it('names each broken assumption', () => {
    const edited = editedScenario('erlang-c.yaml', [
      ['onScene: { dist: exponential, mean: 30 }', 'onScene: { dist: lognormal, mean: 30, cv: 1 }'],
      ['cars: 3, crew: 1', 'cars: 3, crew: 2'],
      [
        '- { from: "00:00", to: "24:00", weight: 1 }',
        '- { from: "08:00", to: "18:00", weight: 1 }',
      ],
    ]);
    let error: unknown;
    try {
      erlangCReference(edited, 'three-cars');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AssumptionError);
    const problems = (error as AssumptionError).problems.join('\n');
    expect(problems).toMatch(/exponential/);
    expect(problems).toMatch(/crew 1/);
    expect(problems).toMatch(/constant rate all day/);
  });
});

describe('hypercubeReference', () => {
  it('builds units, atoms, rates and preferences by walking time from the scenario', () => {
    const reference = hypercubeReference(validationScenario('hypercube.yaml'), 'four-posts');
    expect(reference.units.map((u) => u.id)).toEqual([
      'platform-p1-1',
      'platform-p2-1',
      'platform-p3-1',
      'platform-p4-1',
    ]);
    expect(reference.atoms).toEqual(['p1', 'p2', 'x', 'p3', 'p4']);
    // 0.08 incidents a minute in all, split by the crowd shares 0.30, 0.15, 0.20, 0.10, 0.25.
    const rates = [0.024, 0.012, 0.016, 0.008, 0.02];
    reference.model.arrivalRates.forEach((rate, j) => {
      expect(rate).toBeCloseTo(rates[j]!, 12);
    });
    // Positions on the line: p1 0, p2 0.010, x 0.018, p3 0.030, p4 0.070 minutes.
    expect(reference.model.preferences).toEqual([
      [0, 1, 2, 3],
      [1, 0, 2, 3],
      [1, 2, 0, 3],
      [2, 1, 0, 3],
      [3, 2, 1, 0],
    ]);
    // Only x's calls travel (0.008 minutes, a fifth of the calls): 30 + 0.2 × 0.008.
    expect(reference.serviceMinutes).toBeCloseTo(30.0016, 12);
  });

  it('refuses posts equally far from an atom', () => {
    const tied = editedScenario('hypercube.yaml', [
      ['between: [x, p3], walk: 0.012', 'between: [x, p3], walk: 0.008'],
    ]);
    expect(() => hypercubeReference(tied, 'four-posts')).toThrow(/equally far from "x"/);
  });
});
