import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  mmcWaitExceeds,
  mmcWaitQuantile,
  solveMMc,
} from '../../src/analytic/erlang.js';

/** Erlang B from its defining formula (A^c/c!) / Σ_{k≤c} A^k/k!, in log space so large c works. */
function erlangBByDefinition(servers: number, load: number): number {
  const logTerms: number[] = [];
  let logTerm = 0;
  for (let k = 0; k <= servers; k += 1) {
    if (k > 0) logTerm += Math.log(load) - Math.log(k);
    logTerms.push(logTerm);
  }
  const top = Math.max(...logTerms);
  const logSum = top + Math.log(logTerms.reduce((sum, x) => sum + Math.exp(x - top), 0));
  return Math.exp(logTerms[servers]! - logSum);
}

describe('erlangB', () => {
  it('reduces to A/(1 + A) for one server', () => {
    for (const load of [0, 0.1, 1, 2, 37.5]) {
      expect(erlangB(1, load)).toBeCloseTo(load / (1 + load), 14);
    }
  });

  it('is 1 with no servers and 0 with no load', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(4, 0)).toBe(0);
  });

  it('matches the defining formula, including 1,000 servers where A^c/c! overflows', () => {
    for (const [servers, load] of [
      [5, 3],
      [12, 9.5],
      [30, 45],
      [1000, 1000],
    ] as const) {
      expect(erlangB(servers, load)).toBeCloseTo(erlangBByDefinition(servers, load), 12);
    }
  });

  it('matches a published table value: 10 trunks, 5 erlangs block 1.838 % of calls', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
  });

  it('rejects a non-integer server count and a negative load', () => {
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
    expect(() => erlangB(2, -1)).toThrow(RangeError);
    expect(() => erlangB(2, Number.NaN)).toThrow(RangeError);
  });
});

describe('erlangC', () => {
  it('gives 1/3 for two servers and one erlang (textbook value)', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it('reduces to ρ for one server (M/M/1: an arrival waits iff the server is busy)', () => {
    for (const rho of [0.1, 0.5, 0.95]) expect(erlangC(1, rho)).toBeCloseTo(rho, 14);
  });

  it('gives 9/14 for two servers and 1.5 erlangs (hand-computed from B = 9/29)', () => {
    // M/M/2 with A = 1.5: p0 : p1 : p2 = 1 : 1.5 : 1.125, and P(wait) = p2/(1 − ρ) with ρ = 0.75:
    // p0 = 1 / (1 + 1.5 + 1.125/(1 − 0.75)) = 1/7, so P(wait) = 1.125 · 4 / 7 = 9/14.
    expect(erlangC(2, 1.5)).toBeCloseTo(9 / 14, 14);
  });

  it('throws a RangeError when the queue is unstable (A ≥ c)', () => {
    expect(() => erlangC(2, 2)).toThrow(/unstable/);
    expect(() => erlangC(2, 3)).toThrow(RangeError);
    expect(() => erlangC(0, 0.5)).toThrow(RangeError);
  });
});

describe('solveMMc', () => {
  it('reduces to M/M/1 for one server', () => {
    const lambda = 0.6;
    const mu = 1.5;
    const rho = lambda / mu;
    const m = solveMMc({ arrivalRate: lambda, serviceRate: mu, servers: 1 });
    expect(m.utilisation).toBeCloseTo(rho, 14);
    expect(m.probabilityWait).toBeCloseTo(rho, 14);
    expect(m.meanWaitInQueue).toBeCloseTo(rho / (mu - lambda), 13);
    expect(m.meanTimeInSystem).toBeCloseTo(1 / (mu - lambda), 13);
    expect(m.meanNumberInSystem).toBeCloseTo(rho / (1 - rho), 13);
    expect(m.meanQueueLength).toBeCloseTo(rho ** 2 / (1 - rho), 13);
  });

  it('matches the hand-solved M/M/2 with λ = μ = 1', () => {
    // Birth–death: p0 = (1 − ρ)/(1 + ρ) = 1/3 with ρ = 1/2; L = 2ρ/(1 − ρ²) = 4/3; W = L/λ = 4/3;
    // Wq = W − 1/μ = 1/3; Lq = λWq = 1/3.
    const m = solveMMc({ arrivalRate: 1, serviceRate: 1, servers: 2 });
    expect(m.offeredLoad).toBe(1);
    expect(m.utilisation).toBe(0.5);
    expect(m.probabilityWait).toBeCloseTo(1 / 3, 14);
    expect(m.meanNumberInSystem).toBeCloseTo(4 / 3, 13);
    expect(m.meanTimeInSystem).toBeCloseTo(4 / 3, 13);
    expect(m.meanWaitInQueue).toBeCloseTo(1 / 3, 13);
    expect(m.meanQueueLength).toBeCloseTo(1 / 3, 13);
  });

  it('satisfies Little’s law for the queue and the whole system', () => {
    const queue = { arrivalRate: 7.3, serviceRate: 0.9, servers: 10 };
    const m = solveMMc(queue);
    expect(m.meanQueueLength).toBeCloseTo(queue.arrivalRate * m.meanWaitInQueue, 12);
    expect(m.meanNumberInSystem).toBeCloseTo(m.meanQueueLength + m.offeredLoad, 12);
  });

  it('rejects unstable or malformed queues with a RangeError', () => {
    expect(() => solveMMc({ arrivalRate: 2, serviceRate: 1, servers: 2 })).toThrow(/λ < cμ/);
    expect(() => solveMMc({ arrivalRate: 1, serviceRate: 0, servers: 2 })).toThrow(RangeError);
    expect(() => solveMMc({ arrivalRate: -1, serviceRate: 1, servers: 2 })).toThrow(RangeError);
    expect(() => solveMMc({ arrivalRate: 1, serviceRate: 1, servers: 0 })).toThrow(RangeError);
  });
});

describe('waiting-time distribution', () => {
  const mm1 = { arrivalRate: 0.5, serviceRate: 1, servers: 1 };

  it('gives P(Wq > t) = ρ·e^{−(μ−λ)t} for M/M/1', () => {
    for (const t of [0, 0.5, 2, 10]) {
      expect(mmcWaitExceeds(mm1, t)).toBeCloseTo(0.5 * Math.exp(-0.5 * t), 14);
    }
  });

  it('starts at Erlang C at t = 0', () => {
    const queue = { arrivalRate: 1, serviceRate: 1, servers: 2 };
    expect(mmcWaitExceeds(queue, 0)).toBeCloseTo(1 / 3, 14);
  });

  it('inverts the tail: the 90th percentile of M/M/1 with ρ = 1/2 is 2·ln 5', () => {
    // P(Wq > t) = 0.5·e^{−t/2} = 0.1 at t = 2·ln 5.
    expect(mmcWaitQuantile(mm1, 0.9)).toBeCloseTo(2 * Math.log(5), 13);
    const queue = { arrivalRate: 3, serviceRate: 1, servers: 4 };
    const t = mmcWaitQuantile(queue, 0.95);
    expect(mmcWaitExceeds(queue, t)).toBeCloseTo(0.05, 13);
  });

  it('puts quantiles below 1 − C at zero wait', () => {
    expect(mmcWaitQuantile(mm1, 0.5)).toBe(0);
    expect(mmcWaitQuantile(mm1, 0.2)).toBe(0);
  });

  it('rejects p = 1 and negative times', () => {
    expect(() => mmcWaitQuantile(mm1, 1)).toThrow(RangeError);
    expect(() => mmcWaitExceeds(mm1, -1)).toThrow(RangeError);
  });
});
