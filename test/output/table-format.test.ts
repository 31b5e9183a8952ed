import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  formatNumber,
  formatSigned,
  REPORT_NUMBERS,
} from '../../src/output/number-format.js';
import {
  excludesZero,
  formatDifference,
  formatDifferenceRange,
  formatEstimate,
  labelWithUnit,
} from '../../src/output/table-format.js';
import type { Interval } from '../../src/stats/interval.js';
import { findMeasure } from '../../src/stats/measures.js';

/** An interval from mean and half-width (sd is not shown by the formatters). */
function ci(mean: number, halfWidth: number, n = 10): Interval {
  return { n, mean, sd: Number.NaN, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

const minutes = findMeasure('p90AlertToFirst'); // 1 decimal, min
const share = findMeasure('shareOfficersWithinTarget'); // 1 decimal, %
const cost = findMeasure('cost'); // 0 decimals

describe('number formatting', () => {
  it('rounds to the measure decimals, never shows -0 and shows - for NaN', () => {
    expect(formatNumber(12.34, 1)).toBe('12.3');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(Number.NaN, 1)).toBe('-');
    expect(formatSigned(1.26, 1)).toBe('+1.3');
    expect(formatSigned(-1.26, 1)).toBe('-1.3');
    expect(formatSigned(0.04, 1)).toBe('0.0');
  });

  it('writes the same rounding in the report style, with grouping and a true minus', () => {
    expect(formatNumber(-1234.56, 1)).toBe('-1234.6');
    expect(formatNumber(-1234.56, 1, REPORT_NUMBERS)).toBe('\u22121,234.6');
    expect(formatNumber(-0.04, 1, REPORT_NUMBERS)).toBe('0.0');
    expect(formatNumber(Number.POSITIVE_INFINITY, 1)).toBe('-');
  });
});

describe('interval formatting', () => {
  it('writes a sentence interval as mean [low, high], in either style, and says when n=1', () => {
    expect(formatInterval(ci(0.5, 0.125), 3)).toBe('0.500 [0.375, 0.625]');
    expect(formatInterval(ci(-2, 1), 1, REPORT_NUMBERS, true)).toBe(
      '\u22122.0 [\u22123.0, \u22121.0]',
    );
    expect(formatInterval(ci(4, 1), 1, REPORT_NUMBERS, true)).toBe('+4.0 [3.0, 5.0]');
    expect(formatInterval(ci(7, Number.NaN, 1), 3)).toBe('7.000 (n=1)');
    expect(formatInterval(ci(Number.NaN, Number.NaN, 0), 3)).toBe('-');
  });

  it('shows mean ±half-width with the measure decimals', () => {
    expect(formatEstimate(minutes, ci(12.34, 0.81), 10)).toBe('12.3 ±0.8');
    expect(formatEstimate(cost, ci(2960.4, 12.6), 10)).toBe('2960 ±13');
  });

  it('says how many replications define a value when not all do', () => {
    expect(formatEstimate(share, ci(75, 10, 7), 10)).toBe('75.0 ±10.0 (n=7)');
    expect(formatEstimate(share, { ...ci(75, Number.NaN, 1) }, 10)).toBe('75.0 (n=1)');
    expect(formatEstimate(share, ci(Number.NaN, Number.NaN, 0), 10)).toBe('-');
  });

  it('marks a difference whose interval excludes zero', () => {
    expect(formatDifference(share, ci(2, 1.5))).toBe('+2.0 ±1.5 *');
    expect(formatDifference(share, ci(-2, 1.5))).toBe('-2.0 ±1.5 *');
    expect(formatDifference(share, ci(2, 2.5))).toBe('+2.0 ±2.5');
    expect(excludesZero(ci(2, 2))).toBe(false); // touches zero
  });

  it('writes a difference range for sentences, in points for percentages', () => {
    expect(formatDifferenceRange(share, ci(2, 1.5))).toBe('+2.0 [0.5, 3.5] points');
    expect(formatDifferenceRange(minutes, ci(-1, 0.5))).toBe('-1.0 [-1.5, -0.5] min');
    expect(formatDifferenceRange(minutes, ci(-1, Number.NaN, 1))).toBe('-1.0 min, no interval');
  });

  it('labels rows with the unit', () => {
    expect(labelWithUnit(share)).toBe('Officers on scene within target (%)');
    expect(labelWithUnit(minutes, 'lost-item')).toBe(
      '90th percentile alert to first on scene, lost-item (min)',
    );
    // The plans' cost rates set the unit (cost per staff-hour): the label says so, as the report's.
    expect(labelWithUnit(cost)).toBe('Cost (cost units)');
  });
});
