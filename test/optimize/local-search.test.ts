/**
 * The search on synthetic problems whose answer is known by enumeration: each plan's cost and
 * shortfall are closed-form functions of its choice (no simulation), so every path of the
 * search — add, remove, moved units, the platforms count, the budget, the allowance — can be
 * checked against the brute-force best of the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/optimize/evaluation.js';
import {
  type ChoiceEvaluator,
  type Goal,
  goalOrder,
  searchPlans,
} from '../../src/optimize/local-search.js';
import {
  type Choice,
  choiceKey,
  type Dimension,
  dimensionValues,
  isInSpace,
  type SearchSpace,
} from '../../src/optimize/search-space.js';
import type { Outcome, SearchPhase } from '../../src/optimize/simulation-evaluator.js';

/** A problem: cost and "service" (a score; the plan meets all when score ≥ need) per choice. */
interface Problem {
  readonly cost: (c: Choice) => number;
  readonly score: (c: Choice) => number;
  readonly need: number;
}

/** An evaluator of a closed-form problem that counts what it is asked. */
function closedForm(problem: Problem): ChoiceEvaluator & { asked: string[] } {
  const done = new Map<string, Outcome>();
  const asked: string[] = [];
  return {
    asked,
    has: (c) => done.has(choiceKey(c)),
    get outcomes() {
      return [...done.values()];
    },
    async evaluate(choices: readonly Choice[], phase: SearchPhase) {
      for (const choice of choices) {
        const key = choiceKey(choice);
        if (done.has(key)) continue;
        asked.push(key);
        const score = problem.score(choice);
        const shortfall = Math.max(0, problem.need - score);
        done.set(key, {
          name: `p${done.size + 1}`,
          choice,
          cost: problem.cost(choice),
          costMeasure: 'cost',
          shares: [],
          meetsAll: shortfall === 0,
          shortfall,
          meanShare: score,
          replications: 1,
          phase,
        });
      }
      return choices.map((c) => done.get(choiceKey(c))!);
    },
  };
}

/** Every choice of the space, in the order of the dimensions' values. */
function enumerate(dimensions: readonly Dimension[]): Choice[] {
  return dimensions.reduce<Choice[]>(
    (all, d) => all.flatMap((c) => dimensionValues(d).map((v) => [...c, v])),
    [[]],
  );
}

/** The best of the whole space by the goal's order (the brute force). */
async function bruteBest(problem: Problem, space: SearchSpace, fixed: number, goal: Goal) {
  const evaluator = closedForm(problem);
  const all = enumerate(space.dimensions).filter((c) => isInSpace(space, c, fixed));
  const judged = (await evaluator.evaluate(all, 'start')) as readonly Evaluation[];
  return [...judged].sort(goalOrder(goal))[0]!;
}

const cars = (shift: number, min: number, max: number): Dimension => ({
  kind: 'cars',
  shift,
  min,
  max,
});

describe('searchPlans', () => {
  // Two shifts, diminishing returns per car, the second shift's cars three times as dear.
  const twoShifts: Problem = {
    cost: ([a, b]) => 2 * a! + 6 * b!,
    score: ([a, b]) => 10 * Math.sqrt(a!) + 14 * Math.sqrt(b!),
    need: 40,
  };
  const space: SearchSpace = { base: 'base', dimensions: [cars(0, 0, 8), cars(1, 0, 8)] };

  it('climbs to a plan meeting the need and comes down to the cheapest (brute force)', async () => {
    const evaluator = closedForm(twoShifts);
    const result = await searchPlans(evaluator, {
      space,
      fixedPlatforms: 0,
      start: [1, 1],
      goal: { kind: 'cheapest' },
      maxEvaluations: 200,
    });
    const best = await bruteBest(twoShifts, space, 0, { kind: 'cheapest' });
    expect(result.best!.choice).toEqual(best.choice);
    expect(result.exhausted).toBe(false);
    // A local search: far fewer plans than the 81 of the space.
    expect(evaluator.asked.length).toBeLessThan(40);
  });

  it('comes down from an over-staffed start to the same cheapest plan', async () => {
    const result = await searchPlans(closedForm(twoShifts), {
      space,
      fixedPlatforms: 0,
      start: [8, 8],
      goal: { kind: 'cheapest' },
      maxEvaluations: 200,
    });
    const best = await bruteBest(twoShifts, space, 0, { kind: 'cheapest' });
    expect(result.best!.choice).toEqual(best.choice);
  });

  it('takes the greatest gain per cost first (marginal analysis)', async () => {
    const evaluator = closedForm(twoShifts);
    await searchPlans(evaluator, {
      space,
      fixedPlatforms: 0,
      start: [1, 1],
      goal: { kind: 'cheapest' },
      maxEvaluations: 3,
    });
    // From (1,1): a day car gains 10(√2−1)/2 ≈ 2.07 per unit of cost, a night car
    // 14(√2−1)/6 ≈ 0.97: the first step evaluates both, and moves to (2,1).
    expect(evaluator.asked).toEqual(['1,1', '2,1', '1,2']);
  });

  it('finds the best service within a budget (brute force)', async () => {
    const goal: Goal = { kind: 'budget', budget: 30 };
    const result = await searchPlans(closedForm(twoShifts), {
      space,
      fixedPlatforms: 0,
      start: [0, 0],
      goal,
      maxEvaluations: 200,
    });
    const best = await bruteBest(twoShifts, space, 0, goal);
    expect(result.best!.choice).toEqual(best.choice);
    expect(result.best!.cost).toBeLessThanOrEqual(30);
  });

  it('keeps the platforms count and moves posts to the best sites (brute force)', async () => {
    // Five candidate sites with different worth; exactly three platforms; one fixed elsewhere.
    const worth = [5, 9, 2, 7, 4];
    const posts: Dimension[] = worth.map((_, i) => ({
      kind: 'post',
      site: `s${i}`,
      min: 1,
      max: 1,
    }));
    const problem: Problem = {
      cost: (c) => c.reduce((sum, v) => sum + v, 0),
      score: (c) => c.reduce((sum, v, i) => sum + v * worth[i]!, 0),
      need: 100,
    };
    const postSpace: SearchSpace = { base: 'base', dimensions: posts, platforms: 4 };
    const result = await searchPlans(closedForm(problem), {
      space: postSpace,
      fixedPlatforms: 1,
      start: [1, 0, 1, 0, 0],
      goal: { kind: 'cheapest' },
      maxEvaluations: 100,
    });
    const best = await bruteBest(problem, postSpace, 1, { kind: 'cheapest' });
    expect(best.choice).toEqual([1, 1, 0, 1, 0]);
    expect(result.best!.choice).toEqual(best.choice);
  });

  it('stops when the evaluations allowed are spent, and says so', async () => {
    const evaluator = closedForm(twoShifts);
    const result = await searchPlans(evaluator, {
      space,
      fixedPlatforms: 0,
      start: [0, 0],
      goal: { kind: 'cheapest' },
      maxEvaluations: 4,
    });
    expect(evaluator.asked).toHaveLength(4);
    expect(result.exhausted).toBe(true);
  });
});
