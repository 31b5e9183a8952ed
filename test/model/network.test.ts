import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/network.js';
import { Occupancy } from '../../src/model/occupancy.js';
import { congestionByMinute, Travel } from '../../src/model/travel.js';

/*
 * The graph, by hand:
 *
 *   S ──(v4, w10)── A ──(v3, w6)── B ──(w5 only)── C        D (isolated)
 *   S ──(v10)────────────────────── B
 *   S ──(v20)──────────────────────────────────── C
 *   S ──(v6, parallel, slower)── A
 */
const network = buildNetwork(
  ['S', 'A', 'B', 'C', 'D'],
  [
    { between: ['S', 'A'], vehicle: 4, walk: 10 },
    { between: ['A', 'B'], vehicle: 3, walk: 6 },
    { between: ['S', 'B'], vehicle: 10 },
    { between: ['B', 'C'], walk: 5 },
    { between: ['S', 'C'], vehicle: 20 },
    { between: ['A', 'S'], vehicle: 6 },
  ],
);
const [S, A, B, C, D] = ['S', 'A', 'B', 'C', 'D'].map((id) => network.indexOf(id)) as [
  number,
  number,
  number,
  number,
  number,
];

describe('shortest paths', () => {
  it('finds vehicle times worked out by hand', () => {
    expect(network.vehicle(S, A)).toBe(4); // the parallel 6-minute road is slower
    expect(network.vehicle(S, B)).toBe(7); // via A (4 + 3) beats the direct 10
    expect(network.vehicle(S, C)).toBe(20); // B–C has no road
    expect(network.vehicle(A, C)).toBe(24); // A → S → C
    expect(network.vehicle(B, C)).toBe(27); // B → A → S → C
  });

  it('finds walking times separately', () => {
    expect(network.walk(S, A)).toBe(10);
    expect(network.walk(S, B)).toBe(16);
    expect(network.walk(S, C)).toBe(21);
    expect(network.walk(A, C)).toBe(11);
  });

  it('is symmetric with zeros on the diagonal', () => {
    for (const a of [S, A, B, C]) {
      expect(network.vehicle(a, a)).toBe(0);
      expect(network.walk(a, a)).toBe(0);
      for (const b of [S, A, B, C]) {
        expect(network.vehicle(a, b)).toBe(network.vehicle(b, a));
        expect(network.walk(a, b)).toBe(network.walk(b, a));
      }
    }
  });

  it('reports no path as Infinity', () => {
    expect(network.vehicle(S, D)).toBe(Number.POSITIVE_INFINITY);
    expect(network.walk(D, C)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects unknown sites', () => {
    expect(() => network.indexOf('X')).toThrow(/unknown site "X"/);
    expect(() => buildNetwork(['S'], [{ between: ['S', 'X'], walk: 1 }])).toThrow(/"X"/);
  });
});

describe('vehicle trip times', () => {
  // Occupancy of B: 1,500 visitors all along (capacity 1,000), nobody elsewhere.
  const crowdAtB = {
    siteIndex: B,
    unitResponse: new Float64Array(4000).fill(1500),
    unitDayMaxima: new Float64Array(0),
    unitIntegral: new Float64Array(0),
  };
  const capacities = Float64Array.from([Number.NaN, Number.NaN, 1000, Number.NaN, Number.NaN]);
  const travel = new Travel(
    network,
    {
      hourFactors: congestionByMinute([{ from: '08:00', to: '09:00', factor: 1.5 }]),
      crowding: 0.5,
      capacities,
      variationCv: 0,
    },
    new Occupancy([crowdAtB], network.size, [1], 3999),
  );

  it('multiplies the shortest time by the hour factor and the crowding at the destination', () => {
    const dayTwo0830 = 1440 + 8 * 60 + 30;
    // 7 × 1.5 × (1 + 0.5 × (1500/1000 − 1)) = 7 × 1.5 × 1.25
    expect(travel.vehicle(S, B, dayTwo0830)).toBeCloseTo(13.125, 12);
    // Outside the congested hour only the crowding applies.
    expect(travel.vehicle(S, B, 1440 + 10 * 60)).toBeCloseTo(8.75, 12);
  });

  it('does not slow trips to a site without capacity, nor walkers', () => {
    expect(travel.vehicle(B, S, 1440 + 10 * 60)).toBe(7);
    expect(travel.vehicle(B, S, 8 * 60)).toBe(10.5);
    expect(travel.walk(S, B)).toBe(16);
  });
});
