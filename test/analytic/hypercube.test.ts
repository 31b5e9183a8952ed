import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, solveMMc } from '../../src/analytic/erlang.js';
import {
  type HypercubeModel,
  preferencesByTravelTime,
  solveHypercube,
} from '../../src/analytic/hypercube.js';

/** A small deterministic generator (LCG) so the "random" configurations are fixed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A configuration with uneven atom rates and shuffled preference lists. */
function randomModel(
  units: number,
  atoms: number,
  offeredLoad: number,
  lineCapacity: 'infinite' | 'zero',
  seed: number,
): HypercubeModel {
  const next = lcg(seed);
  const weights = Array.from({ length: atoms }, () => 0.1 + next());
  const total = weights.reduce((sum, w) => sum + w, 0);
  const serviceRate = 0.5;
  const preferences = Array.from({ length: atoms }, () => {
    const order = Array.from({ length: units }, (_, n) => n);
    for (let i = units - 1; i > 0; i -= 1) {
      const k = Math.floor(next() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    return order;
  });
  return {
    units,
    arrivalRates: weights.map((w) => (w / total) * offeredLoad * serviceRate),
    preferences,
    serviceRate,
    lineCapacity,
    travelTimes: Array.from({ length: units }, () =>
      Array.from({ length: atoms }, () => 1 + 10 * next()),
    ),
  };
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

/**
 * Stationary distribution of a small CTMC by dense Gaussian elimination (partial pivoting), with
 * one balance equation replaced by Σπ = 1. Independent of the solver under test.
 */
function denseStationary(size: number, rate: (from: number, to: number) => number): number[] {
  // Row i of the system: Σ_s π_s Q[s][i] = 0, i.e. the transpose of the generator.
  const a = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  for (let from = 0; from < size; from += 1) {
    for (let to = 0; to < size; to += 1) {
      if (to === from) continue;
      const q = rate(from, to);
      a[to]![from]! += q;
      a[from]![from]! -= q;
    }
  }
  a[size - 1] = new Array<number>(size + 1).fill(1);
  for (let col = 0; col < size; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < size; row += 1) {
      if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = 0; row < size; row += 1) {
      if (row === col) continue;
      const factor = a[row]![col]! / a[col]![col]!;
      if (factor === 0) continue;
      for (let k = col; k <= size; k += 1) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  return a.map((row, i) => row[size]! / row[i]!);
}

/** The unit a call from `atom` goes to in `state`, or -1 when all are busy. */
function chosenUnit(model: HypercubeModel, state: number, atom: number): number {
  return model.preferences[atom]!.find((n) => (state & (1 << n)) === 0) ?? -1;
}

/** Rate of the hypercube's own transition from one bit-mask state to another (no queue). */
function vertexRate(model: HypercubeModel, from: number, to: number): number {
  const added = to & ~from;
  const removed = from & ~to;
  if (removed === 0 && added !== 0 && (added & (added - 1)) === 0) {
    return sum(
      model.arrivalRates.map((rate, atom) =>
        1 << chosenUnit(model, from, atom) === added ? rate : 0,
      ),
    );
  }
  if (added === 0 && removed !== 0 && (removed & (removed - 1)) === 0) return model.serviceRate;
  return 0;
}

describe('solveHypercube: one unit', () => {
  it('is M/M/1/1 when calls are lost', () => {
    const result = solveHypercube({
      units: 1,
      arrivalRates: [0.3, 0.5],
      preferences: [[0], [0]],
      serviceRate: 2,
      lineCapacity: 'zero',
    });
    // λ = 0.8, μ = 2: P(busy) = λ/(λ + μ) = 2/7.
    expect(result.probabilityAllBusy).toBeCloseTo(2 / 7, 13);
    expect(result.workloads[0]).toBeCloseTo(2 / 7, 13);
    expect(result.dispatchFractions[0]![0]).toBeCloseTo(0.3 / 0.8, 13);
    expect(result.dispatchFractions[0]![1]).toBeCloseTo(0.5 / 0.8, 13);
    expect(result.meanQueueLength).toBe(0);
  });

  it('is M/M/1 when calls wait', () => {
    const lambda = 1.2;
    const mu = 2;
    const rho = lambda / mu;
    const result = solveHypercube({
      units: 1,
      arrivalRates: [lambda],
      preferences: [[0]],
      serviceRate: mu,
      lineCapacity: 'infinite',
    });
    expect(result.probabilityAllBusy).toBeCloseTo(rho, 13);
    expect(result.workloads[0]).toBeCloseTo(rho, 13);
    expect(result.stateProbabilities[0]).toBeCloseTo(1 - rho, 13);
    expect(result.probabilityQueueNonEmpty).toBeCloseTo(rho ** 2, 13);
    expect(result.meanQueueLength).toBeCloseTo(rho ** 2 / (1 - rho), 13);
    expect(result.meanWaitInQueue).toBeCloseTo(rho / (mu - lambda), 13);
  });
});

describe('solveHypercube: the number of busy units is Erlang’s birth–death chain', () => {
  for (let units = 3; units <= 6; units += 1) {
    const load = 0.8 * units;
    it(`matches Erlang C with ${units} units and any preferences (calls wait)`, () => {
      for (const model of [
        randomModel(units, 7, load, 'infinite', units),
        {
          ...randomModel(units, 5, load, 'infinite', units + 10),
          preferences: sameOrder(units, 5),
        },
      ]) {
        const result = solveHypercube(model);
        const mmc = solveMMc({ arrivalRate: load * 0.5, serviceRate: 0.5, servers: units });
        expect(result.probabilityAllBusy).toBeCloseTo(erlangC(units, load), 12);
        expect(result.meanQueueLength).toBeCloseTo(mmc.meanQueueLength, 11);
        expect(result.meanWaitInQueue).toBeCloseTo(mmc.meanWaitInQueue, 11);
        expect(sum(result.workloads)).toBeCloseTo(load, 11);
      }
    });

    it(`matches Erlang B with ${units} units and any preferences (calls lost)`, () => {
      for (const model of [
        randomModel(units, 7, load, 'zero', units),
        { ...randomModel(units, 5, load, 'zero', units + 10), preferences: sameOrder(units, 5) },
      ]) {
        const result = solveHypercube(model);
        const blocking = erlangB(units, load);
        expect(result.probabilityAllBusy).toBeCloseTo(blocking, 12);
        // Carried load: the mean number of busy units is A·(1 − B).
        expect(sum(result.workloads)).toBeCloseTo(load * (1 - blocking), 11);
        // Truncated Poisson: P(k busy) ∝ A^k/k!.
        const weights = [1];
        for (let k = 1; k <= units; k += 1) weights.push((weights[k - 1]! * load) / k);
        const total = sum(weights);
        result.busyCountProbabilities.forEach((p, k) => {
          expect(p).toBeCloseTo(weights[k]! / total, 12);
        });
      }
    });
  }
});

/** Every atom with the preference order 0, 1, …, N−1. */
function sameOrder(units: number, atoms: number): number[][] {
  return Array.from({ length: atoms }, () => Array.from({ length: units }, (_, n) => n));
}

describe('solveHypercube: a hand-solved 2-unit, 2-atom case', () => {
  // λ1 = 1 (atom 0 prefers unit 0 then 1), λ2 = 2 (atom 1 prefers unit 1 then 0), μ = 2.
  // States: ∅, {0}, {1}, {0,1}. Balance equations (loss variant):
  //   ∅:     3·p∅  = 2·p0 + 2·p1
  //   {0}:   5·p0  = 1·p∅ + 2·p01     (atom 0 sends unit 0 from ∅; unit 1 finishes in {0,1})
  //   {1}:   5·p1  = 2·p∅ + 2·p01
  //   {0,1}: 4·p01 = 3·p0 + 3·p1      (any call takes the one free unit)
  // The busy count is birth–death: p∅ : (p0 + p1) : p01 = 1 : 3/2 : 9/8, so p∅ = 8/29,
  // p0 + p1 = 12/29, p01 = 9/29. Subtracting the {0} and {1} equations: 5(p0 − p1) = −p∅, so
  // p0 − p1 = −8/145, giving (p∅, p0, p1, p01) = (40, 26, 34, 45)/145.
  // Queue variant: the tail P(all busy, k waiting) = p01·(3/4)^k and the {0,1} equation becomes
  // 7·p01 = 3·p0 + 3·p1 + 4·(3/4)·p01, the same as above, so the vertex ratios are unchanged and
  // the normaliser is 145 + 45·3 = 280: (40, 26, 34, 45)/280, with 135/280 on the tail.
  const base = {
    units: 2,
    arrivalRates: [1, 2],
    preferences: [
      [0, 1],
      [1, 0],
    ],
    serviceRate: 2,
    travelTimes: [
      [2, 5],
      [6, 3],
    ],
  };

  it('gives the hand-computed probabilities, workloads and dispatch fractions (calls lost)', () => {
    const result = solveHypercube({ ...base, lineCapacity: 'zero' });
    [40, 26, 34, 45].forEach((n, state) => {
      expect(result.stateProbabilities[state]).toBeCloseTo(n / 145, 13);
    });
    expect(result.probabilityAllBusy).toBeCloseTo(45 / 145, 13);
    expect(result.workloads[0]).toBeCloseTo(71 / 145, 13);
    expect(result.workloads[1]).toBeCloseTo(79 / 145, 13);
    // Dispatches are 100/145 of calls: unit 0 → atom 0 in ∅ and {1}: (1/3)(74/145), and so on.
    expect(result.dispatchFractions[0]![0]).toBeCloseTo(74 / 300, 13);
    expect(result.dispatchFractions[1]![0]).toBeCloseTo(26 / 300, 13);
    expect(result.dispatchFractions[0]![1]).toBeCloseTo(68 / 300, 13);
    expect(result.dispatchFractions[1]![1]).toBeCloseTo(132 / 300, 13);
    // Σ f·t = (74·2 + 26·6 + 68·5 + 132·3) / 300 = 1040/300.
    expect(result.travel?.immediate).toBeCloseTo(1040 / 300, 12);
    // Atom 0: unit 0 (time 2) with P = 74/145, unit 1 (time 6) with 26/145, over 100/145.
    expect(result.travel?.immediateByAtom[0]).toBeCloseTo((74 * 2 + 26 * 6) / 100, 12);
    expect(result.travel?.queuedFromHome).toBeNull();
  });

  it('gives the hand-computed probabilities, workloads and dispatch fractions (calls wait)', () => {
    const result = solveHypercube({ ...base, lineCapacity: 'infinite' });
    [40, 26, 34, 45].forEach((n, state) => {
      expect(result.stateProbabilities[state]).toBeCloseTo(n / 280, 13);
    });
    expect(result.probabilityQueueNonEmpty).toBeCloseTo(135 / 280, 13);
    expect(result.probabilityAllBusy).toBeCloseTo(180 / 280, 13);
    expect(result.workloads[0]).toBeCloseTo(206 / 280, 13);
    expect(result.workloads[1]).toBeCloseTo(214 / 280, 13);
    // Queued calls (180/280 of each atom's calls) go half to each unit: unit 0 → atom 0 is
    // (1/3)·(74 + 90)/280 = 164/840, and so on.
    expect(result.dispatchFractions[0]![0]).toBeCloseTo(164 / 840, 13);
    expect(result.dispatchFractions[1]![0]).toBeCloseTo(116 / 840, 13);
    expect(result.dispatchFractions[0]![1]).toBeCloseTo(248 / 840, 13);
    expect(result.dispatchFractions[1]![1]).toBeCloseTo(312 / 840, 13);
    // Immediate dispatches see the same conditional state distribution as in the loss variant.
    expect(result.travel?.immediate).toBeCloseTo(1040 / 300, 12);
    // From home, each unit equally likely: (1/3)(2 + 6)/2 + (2/3)(5 + 3)/2 = 4.
    expect(result.travel?.queuedFromHome).toBeCloseTo(4, 13);
  });
});

describe('solveHypercube: invariants and independent solutions', () => {
  it('agrees with a dense solve of the 16-state chain (calls lost)', () => {
    const model = randomModel(4, 6, 2.7, 'zero', 42);
    const exact = denseStationary(16, (from, to) => vertexRate(model, from, to));
    const result = solveHypercube(model);
    exact.forEach((p, state) => {
      expect(result.stateProbabilities[state]).toBeCloseTo(p, 12);
    });
  });

  it('agrees with a dense solve that models the queue explicitly (calls wait)', () => {
    const model = randomModel(4, 6, 2.4, 'infinite', 7);
    const full = 15;
    const maxQueue = 150; // r = 0.6: r^150 is far below the comparison's precision
    // States 0..14 are the non-full vertices; 15 + k is "all busy, k waiting", k = 0..maxQueue.
    const lambda = sum(model.arrivalRates);
    const mu = model.serviceRate;
    const rate = (from: number, to: number): number => {
      if (from < full && to < full) return vertexRate(model, from, to);
      if (from < full) return to === full ? vertexRate(model, from, full) : 0;
      const waiting = from - full;
      if (to === from + 1) return waiting < maxQueue ? lambda : 0;
      if (waiting > 0) return to === from - 1 ? 4 * mu : 0;
      return to < full ? vertexRate(model, full, to) : 0;
    };
    const exact = denseStationary(full + maxQueue + 1, rate);
    const result = solveHypercube(model);
    for (let state = 0; state <= full; state += 1) {
      expect(result.stateProbabilities[state]).toBeCloseTo(exact[state]!, 12);
    }
    expect(result.probabilityQueueNonEmpty).toBeCloseTo(sum(exact.slice(full + 1)), 12);
    const meanWaiting = sum(exact.slice(full).map((p, k) => k * p));
    expect(result.meanQueueLength).toBeCloseTo(meanWaiting, 11);
  });

  it('balances dispatches and completions for every unit (λ·Σ_j f_nj·share = μ·ρ_n)', () => {
    for (const lineCapacity of ['zero', 'infinite'] as const) {
      const model = randomModel(5, 8, 3.9, lineCapacity, 99);
      const result = solveHypercube(model);
      const lambda = sum(model.arrivalRates);
      const dispatched = lineCapacity === 'zero' ? 1 - result.probabilityAllBusy : 1;
      result.workloads.forEach((rho, n) => {
        const dispatchRate = lambda * dispatched * sum(result.dispatchFractions[n]!);
        expect(dispatchRate).toBeCloseTo(model.serviceRate * rho, 12);
      });
      expect(sum(result.dispatchFractions.flat())).toBeCloseTo(1, 13);
      // Each atom's share of dispatches is its share of calls.
      model.arrivalRates.forEach((rate, j) => {
        const toAtom = sum(result.dispatchFractions.map((row) => row[j]!));
        expect(toAtom).toBeCloseTo(rate / lambda, 13);
      });
    }
  });

  it('gives ordered-hunt loads A·(B(k−1) − B(k)) when every atom has the same order (loss)', () => {
    const units = 5;
    const load = 3.2;
    const model = { ...randomModel(units, 4, load, 'zero', 5), preferences: sameOrder(units, 4) };
    const result = solveHypercube(model);
    result.workloads.forEach((rho, n) => {
      expect(rho).toBeCloseTo(load * (erlangB(n, load) - erlangB(n + 1, load)), 12);
    });
  });

  it('gives equal workloads in a rotation-symmetric ring of units and atoms', () => {
    for (const lineCapacity of ['zero', 'infinite'] as const) {
      const units = 4;
      const preferences = Array.from({ length: units }, (_, j) =>
        Array.from({ length: units }, (_, k) => (j + k) % units),
      );
      const result = solveHypercube({
        units,
        arrivalRates: new Array<number>(units).fill(0.7),
        preferences,
        serviceRate: 1,
        lineCapacity,
      });
      for (let n = 1; n < units; n += 1) {
        expect(result.workloads[n]).toBeCloseTo(result.workloads[0]!, 13);
        // Rotating units and atoms together maps the model onto itself.
        for (let j = 0; j < units; j += 1) {
          const rotated = result.dispatchFractions[(n + 1) % units]![(j + 1) % units]!;
          expect(rotated).toBeCloseTo(result.dispatchFractions[n]![j]!, 13);
        }
      }
    }
  });

  it('solves 12 units (4,096 states) to a tiny residual, with probabilities summing to 1', () => {
    for (const lineCapacity of ['zero', 'infinite'] as const) {
      const model = randomModel(12, 20, 9, lineCapacity, 2024);
      const result = solveHypercube(model);
      expect(result.stateProbabilities).toHaveLength(4096);
      expect(sum(result.stateProbabilities) + result.probabilityQueueNonEmpty).toBeCloseTo(1, 13);
      expect(sum(result.busyCountProbabilities)).toBeCloseTo(1, 13);
      expect(result.residual).toBeLessThan(1e-12);
      const reference = lineCapacity === 'zero' ? erlangB(12, 9) : erlangC(12, 9);
      expect(result.probabilityAllBusy).toBeCloseTo(reference, 12);
    }
  });
});

describe('preferencesByTravelTime', () => {
  it('orders units by travel time to each atom, ties to the lower unit', () => {
    const times = [
      [4, 1, 7],
      [2, 1, 9],
      [3, 8, 7],
    ];
    expect(preferencesByTravelTime(times)).toEqual([
      [1, 2, 0],
      [0, 1, 2],
      [0, 2, 1],
    ]);
  });

  it('rejects a ragged or empty table', () => {
    expect(() => preferencesByTravelTime([])).toThrow(RangeError);
    expect(() => preferencesByTravelTime([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('solveHypercube: input checks', () => {
  const valid: HypercubeModel = {
    units: 2,
    arrivalRates: [1, 1],
    preferences: [
      [0, 1],
      [1, 0],
    ],
    serviceRate: 1.5,
    lineCapacity: 'infinite',
  };

  it('rejects an unstable queue', () => {
    expect(() => solveHypercube({ ...valid, serviceRate: 1 })).toThrow(/unstable/);
  });

  it('accepts the same load when calls are lost', () => {
    const result = solveHypercube({ ...valid, serviceRate: 1, lineCapacity: 'zero' });
    expect(result.probabilityAllBusy).toBeCloseTo(erlangB(2, 2), 13);
  });

  it('rejects preference lists that are not a permutation of the units', () => {
    expect(() => solveHypercube({ ...valid, preferences: [[0], [1, 0]] })).toThrow(/every unit/);
    expect(() =>
      solveHypercube({
        ...valid,
        preferences: [
          [0, 0],
          [1, 0],
        ],
      }),
    ).toThrow(RangeError);
    expect(() =>
      solveHypercube({
        ...valid,
        preferences: [
          [0, 2],
          [1, 0],
        ],
      }),
    ).toThrow(RangeError);
    expect(() => solveHypercube({ ...valid, preferences: [[0, 1]] })).toThrow(/one list per atom/);
  });

  it('rejects bad sizes and rates', () => {
    expect(() => solveHypercube({ ...valid, units: 0 })).toThrow(RangeError);
    expect(() => solveHypercube({ ...valid, units: 17 })).toThrow(RangeError);
    expect(() => solveHypercube({ ...valid, arrivalRates: [0, 0] })).toThrow(RangeError);
    expect(() => solveHypercube({ ...valid, arrivalRates: [1, -1] })).toThrow(RangeError);
    expect(() => solveHypercube({ ...valid, travelTimes: [[1, 2]] })).toThrow(/one row per unit/);
  });

  it('reports a solver that runs out of sweeps instead of returning a rough answer', () => {
    expect(() => solveHypercube(randomModel(6, 5, 4, 'zero', 3), { maxSweeps: 1 })).toThrow(
      /did not converge/,
    );
  });
});
