/**
 * The cost–service frontier: the plans no other plan beats on both cost and service, checked
 * against the definition (no plan is at most as dear and strictly better) by enumeration.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/optimize/evaluation.js';
import { costServiceFrontier } from '../../src/optimize/frontier.js';

const plan = (name: string, cost: number, shortfall: number, meanShare: number): Evaluation => ({
  name,
  choice: [],
  cost,
  costMeasure: 'cost',
  shares: [],
  meetsAll: shortfall === 0,
  shortfall,
  meanShare,
  replications: 5,
});

/** Whether `b` is at least as cheap as `a` and serves strictly better. */
const beats = (b: Evaluation, a: Evaluation) =>
  b.cost <= a.cost &&
  (b.shortfall < a.shortfall || (b.shortfall === a.shortfall && b.meanShare > a.meanShare)) &&
  b !== a;

describe('costServiceFrontier', () => {
  it('keeps exactly the plans no other plan beats, cheapest first', () => {
    const plans = [
      plan('a', 10, 30, 50),
      plan('b', 12, 30, 49), // dearer and worse than a
      plan('c', 15, 10, 60),
      plan('d', 15, 10, 65), // same cost as c, better
      plan('e', 20, 0, 80),
      plan('f', 25, 0, 79), // dearer, no better
      plan('g', 30, 0, 90),
      plan('h', 5, 40, 40),
    ];
    const frontier = costServiceFrontier(plans);
    const expected = plans.filter((p) => !plans.some((q) => beats(q, p)));
    expect(frontier.map((p) => p.name)).toEqual(
      [...expected].sort((x, y) => x.cost - y.cost).map((p) => p.name),
    );
    expect(frontier.map((p) => p.name)).toEqual(['h', 'a', 'd', 'e', 'g']);
  });
});
