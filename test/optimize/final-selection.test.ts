/**
 * The final selection's own rules: which plans are finalists (those the goal cannot tell apart
 * by cost), the per-replication service it ranks them by, and that the replications it asks for
 * come after the search's, the same numbers for every finalist.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/optimize/evaluation.js';
import { chooseFinalists, meanShare, selectFinalist } from '../../src/optimize/final-selection.js';
import type { ReplicationSummary } from '../../src/stats/measures.js';

const plan = (name: string, cost: number, meetsAll: boolean, shortfall: number): Evaluation => ({
  name,
  choice: [Number(name.slice(1))],
  cost,
  costMeasure: 'cost',
  shares: [],
  meetsAll,
  shortfall,
  meanShare: 50,
  replications: 5,
});

const summary = (name: string, replication: number, values: Record<string, number>) =>
  ({ plan: name, replication, values }) as unknown as ReplicationSummary;

describe('chooseFinalists', () => {
  it('keeps, for the cheapest goal, plans of the best standing costing within 1 % of it', () => {
    const plans = [
      plan('p1', 100, true, 0),
      plan('p2', 100.5, true, 0),
      plan('p3', 102, true, 0),
      plan('p4', 99, false, 3),
    ];
    expect(chooseFinalists(plans, { kind: 'cheapest' }, 3).map((e) => e.name)).toEqual([
      'p1',
      'p2',
    ]);
  });

  it('keeps, for a budget, the best services within it, at most the count asked', () => {
    const plans = [
      plan('p1', 10, false, 5),
      plan('p2', 20, false, 1),
      plan('p3', 31, false, 0),
      plan('p4', 25, false, 2),
    ];
    const finalists = chooseFinalists(plans, { kind: 'budget', budget: 30 }, 2);
    expect(finalists.map((e) => e.name)).toEqual(['p2', 'p4']);
  });
});

describe('meanShare', () => {
  it('averages the standards with a covered incident, and is 100 when none has one', () => {
    const s = summary('p1', 1, { 'standard@a': 80, 'standard@b': Number.NaN, 'standard@c': 60 });
    expect(meanShare(s, ['a', 'b', 'c'])).toBe(70);
    expect(meanShare(s, ['b'])).toBe(100);
  });
});

describe('selectFinalist', () => {
  it('asks for replications after the search, the same for every finalist, and picks the best', async () => {
    const finalists = [
      plan('p1', 10, false, 1),
      plan('p2', 10, false, 1),
      plan('p3', 10, false, 1),
    ];
    const level = new Map([
      [1, 60],
      [2, 75],
      [3, 61],
    ]);
    const asked: string[] = [];
    const result = await selectFinalist(
      finalists,
      ['a'],
      async (choices, from, count) => {
        asked.push(`${choices.map((c) => c[0]).join('+')}@${from}x${count}`);
        return choices.map((c) =>
          Array.from({ length: count }, (_, r) =>
            // Common noise by replication number, as common random numbers give.
            summary(`p${c[0]}`, from + r, { 'standard@a': level.get(c[0]!)! + ((from + r) % 3) }),
          ),
        );
      },
      {
        delta: 2,
        alpha: 0.05,
        finalists: 3,
        firstStage: 4,
        maxReplications: 16,
        firstReplication: 6,
      },
    );
    expect(result.pick.name).toBe('p2');
    expect(asked[0]).toBe('1+2+3@6x4');
    expect(result.result.guaranteeHolds).toBe(true);
  });
});
