import { describe, expect, it } from 'vitest';
import { allPass, judgeChecks, type MeasureCheck } from '../../src/validation/judgement.js';

/*
 * Student t quantiles from printed tables (NIST/SEMATECH e-Handbook 1.3.6.7.2):
 * t_{0.975, 4} = 2.776 (one measure judged at 95 %) and t_{0.995, 4} = 4.604 (each of five
 * measures judged at 1 − 0.05/5 = 99 %, the Bonferroni share of a 95 % family).
 */
const T_975_4 = 2.776445;
const T_995_4 = 4.604095;
/** sd / √n of the values 1, 2, 3, 4, 5: √2.5 / √5. */
const SE = Math.sqrt(2.5) / Math.sqrt(5);

function stochastic(analytic: number, tolerance = 0): MeasureCheck {
  return {
    label: 'x',
    unit: '',
    values: [1, 2, 3, 4, 5],
    analytic,
    kind: 'stochastic',
    tolerance,
  };
}

describe('judgeChecks', () => {
  it('allows the 95 % half-width for a single stochastic measure', () => {
    const [judged] = judgeChecks([stochastic(3)]);
    expect(judged!.allowance).toBeCloseTo(T_975_4 * SE, 5);
    expect(judged!.simulated.halfWidth).toBeCloseTo(T_975_4 * SE, 5);
    expect(judgeChecks([stochastic(3 + 0.99 * T_975_4 * SE)])[0]!.pass).toBe(true);
    expect(judgeChecks([stochastic(3 + 1.01 * T_975_4 * SE)])[0]!.pass).toBe(false);
  });

  it('widens each allowance to the Bonferroni level of the family, but shows the 95 % interval', () => {
    const judged = judgeChecks(Array.from({ length: 5 }, () => stochastic(3)));
    for (const check of judged) {
      expect(check.allowance).toBeCloseTo(T_995_4 * SE, 4);
      expect(check.simulated.halfWidth).toBeCloseTo(T_975_4 * SE, 5);
    }
  });

  it('does not count deterministic measures in the family and judges them by tolerance alone', () => {
    const deterministic: MeasureCheck = {
      label: 'occupancy',
      unit: 'visitors',
      values: [100, 100, 100],
      analytic: 100.4,
      kind: 'deterministic',
      tolerance: 0.5,
    };
    const [stoch, det] = judgeChecks([stochastic(3), deterministic]);
    expect(stoch!.allowance).toBeCloseTo(T_975_4 * SE, 5);
    expect(det!.allowance).toBe(0.5);
    expect(det!.pass).toBe(true);
    expect(judgeChecks([{ ...deterministic, analytic: 100.6 }])[0]!.pass).toBe(false);
  });

  it('adds the stated tolerance to the sampling allowance', () => {
    const gap = T_975_4 * SE + 0.3;
    expect(judgeChecks([stochastic(3 + gap, 0.31)])[0]!.pass).toBe(true);
    expect(judgeChecks([stochastic(3 + gap, 0.29)])[0]!.pass).toBe(false);
  });

  it('fails a measure with no values or a single one (no interval to judge by)', () => {
    const none = { ...stochastic(0), values: [Number.NaN, Number.NaN] };
    const single = { ...stochastic(1), values: [1] };
    const judged = judgeChecks([none, single]);
    expect(judged.map((c) => c.pass)).toEqual([false, false]);
    expect(allPass(judged)).toBe(false);
    expect(allPass(judgeChecks([stochastic(3)]))).toBe(true);
  });
});
