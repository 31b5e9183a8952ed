import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/messages.js';
import { ecdfAxisEnd } from '../../../src/report/charts/ecdf-chart.js';
import { dayLabel } from '../../../src/report/charts/hour-charts.js';
import { renumberPlotIds } from '../../../src/report/charts/plot-render.js';
import { labelLines } from '../../../src/report/charts/text-width.js';
import { describeDistribution } from '../../../src/report/sections/section-assumptions.js';

describe('chart helpers', () => {
  it('labels days by number and calendar date in either language, across a month end', () => {
    expect(dayLabel(0, '2024-10-01', translator('en'))).toBe('Day 1\nOct 1');
    expect(dayLabel(1, '2024-10-31', translator('en'))).toBe('Day 2\nNov 1');
    expect(dayLabel(6, '2024-10-01', translator('zh'))).toBe('第7天\n10月7日');
    expect(dayLabel(2, null, translator('en'))).toBe('Day 3');
  });

  it('stops the response axis at the 99th percentile of all plans together', () => {
    // 0..100 pooled: h = 100 · 0.99 = 99 → 99.
    const values = Array.from({ length: 101 }, (_, i) => i);
    const samples = [
      { plan: 'a', values: values.filter((v) => v % 2 === 0) },
      { plan: 'b', values: values.filter((v) => v % 2 === 1) },
    ];
    expect(ecdfAxisEnd(samples)).toBe(99);
    expect(ecdfAxisEnd([{ plan: 'a', values: [0, 0] }])).toBe(1);
  });

  it('renumbers Plot’s ids in order of appearance, keeping references to them', () => {
    const markup =
      '<clipPath id="plot-clip-41"/><g clip-path="url(#plot-clip-41)"/>' +
      '<clipPath id="plot-clip-9"/><g clip-path="url(#plot-clip-9)"/><marker id="plot-marker-3"/>';
    expect(renumberPlotIds(markup)).toBe(
      '<clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/>' +
        '<clipPath id="plot-clip-2"/><g clip-path="url(#plot-clip-2)"/><marker id="plot-marker-1"/>',
    );
  });

  it('splits a bilingual name at its first " (" and leaves other names whole', () => {
    expect(labelLines('迷魂台 (Mihuntai viewpoint)')).toEqual(['迷魂台', '(Mihuntai viewpoint)']);
    expect(labelLines('Back Garden')).toEqual(['Back Garden']);
  });

  it('describes distributions in words, without floating-point noise', () => {
    const en = translator('en');
    expect(describeDistribution({ dist: 'lognormal', mean: 20, cv: 0.6 }, en)).toBe(
      'lognormal, mean 20, coefficient of variation 0.6',
    );
    expect(describeDistribution({ dist: 'uniform', min: 0.1 + 0.2, max: 5 }, en)).toBe(
      'uniform 0.3–5',
    );
    expect(describeDistribution({ dist: 'empirical', values: [1, 2, 3] }, translator('zh'))).toBe(
      '经验分布，3 个取值',
    );
  });
});
