/**
 * The optimize summary's line on the base plan: a base plan that meets every standard but lies
 * outside the search (here `--platforms 1` with two posts open in it) is said to be outside, so
 * that "no plan evaluated meets every standard" above it does not read as a contradiction.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import type { Evaluation } from '../../src/optimize/evaluation.js';
import type { Dimension } from '../../src/optimize/search-space.js';
import {
  formatOptimizeSummary,
  type OptimizeSummaryInput,
} from '../../src/output/optimize-text.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { confidenceInterval } from '../../src/stats/interval.js';
import { minimalText } from '../scenario/helpers.js';

const DIMENSIONS: Dimension[] = [
  { kind: 'post', site: 'lot', min: 2, max: 2 },
  { kind: 'post', site: 'view', min: 2, max: 2 },
];

/** A plan of the search with one standard (required 80 %) at the given shares. */
function evaluation(name: string, choice: number[], shares: number[], cost: number): Evaluation {
  const share = confidenceInterval(shares);
  const meetsAll = share.low >= 80;
  return {
    name,
    choice,
    cost,
    costMeasure: 'staffHours',
    shares: [{ standard: 'fast', required: 80, share }],
    meetsAll,
    shortfall: Math.max(0, 80 - share.low),
    meanShare: share.mean,
    replications: shares.length,
  };
}

// The base plan (both posts open) meets the standard; the two one-post plans of the search miss it.
const base = evaluation('p1', [2, 2], [90, 91, 89, 90, 92], 100);
const lotOnly = evaluation('p2', [2, 0], [70, 71, 69, 70, 72], 80);
const viewOnly = evaluation('p3', [0, 2], [60, 61, 59, 60, 62], 80);

function summary(inSpace: readonly Evaluation[], lang: 'en' | 'zh' = 'en'): string {
  const scenario = parseScenarioText(minimalText, 'minimal.yaml');
  const input: OptimizeSummaryInput = {
    t: translator(lang),
    base: scenario.plans[0]!,
    dimensions: DIMENSIONS,
    baseChoice: [2, 2],
    goal: { kind: 'cheapest' },
    search: { best: lotOnly, inSpace, exhausted: false, moves: 1 },
    chosen: lotOnly,
    selection: null,
    evaluated: [base, lotOnly, viewOnly],
    evaluations: 3,
    refused: 0,
    replications: 5,
    standardName: (id) => id,
    leftOut: { unreachable: [], unselected: [] },
  };
  return formatOptimizeSummary(input);
}

describe('the optimize summary on the base plan', () => {
  it('says a base plan meeting every standard lies outside the search when it does', () => {
    const text = summary([lotOnly, viewOnly]);
    expect(text).toContain('No plan evaluated meets every standard with 95 % confidence.');
    expect(text).toContain(
      'The base plan (p1, cost 100.0) meets every standard with 95 % confidence, but it lies outside the search',
    );
    expect(summary([lotOnly, viewOnly], 'zh')).toContain('但它不在搜索范围内');
  });

  it('says nothing of the kind when the base plan is in the search', () => {
    const text = summary([base, lotOnly, viewOnly]);
    expect(text).toContain(
      'The base plan (p1, cost 100.0) meets every standard with 95 % confidence.',
    );
    expect(text).not.toContain('outside the search');
  });
});
