import { describe, expect, it } from 'vitest';
import { checkLittlesLaw } from '../../src/analytic/little.js';

describe('checkLittlesLaw', () => {
  it('holds exactly when the system is empty at both ends', () => {
    // Window [0, 10). Count path: 0 on [0,1), 1 on [1,2), 2 on [2,3), 1 on [3,4), 0 on [4,5),
    // 1 on [5,9), 0 on [9,10): area 1 + 2 + 1 + 4 = 8, L = 0.8.
    // Arrivals 3, λ = 0.3; sojourns 3, 1, 4, W = 8/3; λW = 0.8.
    const account = checkLittlesLaw(
      [
        { arrival: 1, departure: 4 },
        { arrival: 2, departure: 3 },
        { arrival: 5, departure: 9 },
      ],
      { start: 0, end: 10 },
    );
    expect(account.duration).toBe(10);
    expect(account.meanNumberInSystem).toBeCloseTo(0.8, 14);
    expect(account.arrivals).toBe(3);
    expect(account.arrivalRate).toBeCloseTo(0.3, 14);
    expect(account.meanTimeInSystem).toBeCloseTo(8 / 3, 14);
    expect(account.relativeGap).toBeCloseTo(0, 14);
    expect(account.carriedInArea).toBe(0);
    expect(account.carriedOutArea).toBe(0);
  });

  it('accounts for customers straddling the edges: L·T = λW·T + carried in − carried out', () => {
    // Window [0, 10): (−2, 3) was present at the start: 3 inside, not an arrival.
    // (4, 6) lies inside: 2. (8, 14) leaves after the end: 2 inside, 4 after.
    // Area 3 + 2 + 2 = 7 → L = 0.7. Arrivals 2 → λ = 0.2, W = (2 + 6)/2 = 4, λW = 0.8.
    // 7 = 8 + 3 − 4, and the gap is |0.7 − 0.8| / 0.7 = 1/7.
    const account = checkLittlesLaw(
      [
        { arrival: -2, departure: 3 },
        { arrival: 4, departure: 6 },
        { arrival: 8, departure: 14 },
      ],
      { start: 0, end: 10 },
    );
    expect(account.meanNumberInSystem).toBeCloseTo(0.7, 14);
    expect(account.arrivalRate).toBeCloseTo(0.2, 14);
    expect(account.meanTimeInSystem).toBeCloseTo(4, 14);
    expect(account.carriedInArea).toBeCloseTo(3, 14);
    expect(account.carriedOutArea).toBeCloseTo(4, 14);
    expect(account.relativeGap).toBeCloseTo(1 / 7, 14);
  });

  it('counts a customer present through the whole window only in L', () => {
    const account = checkLittlesLaw([{ arrival: -5, departure: 20 }], { start: 0, end: 10 });
    expect(account.meanNumberInSystem).toBe(1);
    expect(account.arrivals).toBe(0);
    expect(account.meanTimeInSystem).toBeNull();
    expect(account.carriedInArea).toBe(10);
    expect(account.relativeGap).toBe(1);
  });

  it('shrinks the edge effect as the window grows (one arrival a minute, stays of 2.5)', () => {
    // Arrivals k = 0, 1, 2, … each stay 2.5. Over [0, T) with T ≥ 3: λ = 1, W = 2.5, and the
    // last two arrivals (T − 2, T − 1) spend 0.5 + 1.5 = 2 minutes after the end, so
    // L = (2.5·T − 2)/T and the gap is 2/(2.5·T − 2).
    const records = Array.from({ length: 1000 }, (_, k) => ({ arrival: k, departure: k + 2.5 }));
    for (const duration of [10, 100, 900]) {
      const account = checkLittlesLaw(records, { start: 0, end: duration });
      expect(account.meanTimeInSystem).toBeCloseTo(2.5, 12);
      expect(account.carriedOutArea).toBeCloseTo(2, 12);
      expect(account.relativeGap).toBeCloseTo(2 / (2.5 * duration - 2), 12);
    }
  });

  it('counts an arrival at the window start and not one at its end', () => {
    const account = checkLittlesLaw(
      [
        { arrival: 0, departure: 1 },
        { arrival: 10, departure: 12 },
        { arrival: 20, departure: 30 },
      ],
      { start: 0, end: 10 },
    );
    expect(account.arrivals).toBe(1);
    expect(account.meanNumberInSystem).toBeCloseTo(0.1, 14);
    expect(account.relativeGap).toBeCloseTo(0, 14);
  });

  it('reports no gap for an empty system', () => {
    const account = checkLittlesLaw([], { start: 0, end: 5 });
    expect(account.meanNumberInSystem).toBe(0);
    expect(account.meanTimeInSystem).toBeNull();
    expect(account.relativeGap).toBe(0);
  });

  it('rejects a departure before its arrival and an empty window', () => {
    expect(() => checkLittlesLaw([{ arrival: 3, departure: 2 }], { start: 0, end: 5 })).toThrow(
      /records\[0\]/,
    );
    expect(() => checkLittlesLaw([], { start: 5, end: 5 })).toThrow(RangeError);
    expect(() =>
      checkLittlesLaw([{ arrival: 0, departure: Infinity }], { start: 0, end: 5 }),
    ).toThrow(RangeError);
  });
});
