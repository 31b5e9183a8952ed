/**
 * report.html of an optimize folder: every plan a dot, the frontier one line through exactly its
 * plans in cost order, the chosen plan ringed, text escaped, in the language asked for.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import type { Evaluation } from '../../src/optimize/evaluation.js';
import { formatOptimizeReport } from '../../src/report/optimize-report.js';

const plan = (name: string, cost: number, shortfall: number): Evaluation => ({
  name,
  choice: [cost],
  cost,
  costMeasure: 'cost',
  shares: [
    {
      standard: 'fast',
      required: 50,
      share: { n: 5, mean: 60, sd: 2, halfWidth: 2.5, low: 57.5, high: 62.5 },
    },
  ],
  meetsAll: shortfall === 0,
  shortfall,
  meanShare: 60,
  replications: 5,
});

describe('formatOptimizeReport', () => {
  const plans = [plan('p1', 10, 30), plan('p2', 20, 35), plan('p3', 30, 0)];
  const page = (lang: 'en' | 'zh', leftOut: readonly string[] = []) =>
    formatOptimizeReport({
      t: translator(lang),
      lang,
      version: '9.9.9',
      title: 'Area <A&B>',
      evaluated: plans,
      frontier: [plans[0]!, plans[2]!],
      chosen: plans[2]!,
      describe: (e) => `change ${e.name}`,
      standardName: (id) => `Standard ${id}`,
      summary: 'summary & more',
      map: '',
      leftOut,
    });

  it('draws a dot per plan, the frontier through its plans, and rings the chosen one', () => {
    const html = page('en');
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html.match(/stroke="#000"/g)).toHaveLength(1);
    const points = /<polyline points="([^"]*)"/.exec(html)![1]!.split(' ');
    expect(points).toHaveLength(2);
    // Cheapest first: x grows along the line; the chosen plan (shortfall 0) is at the bottom.
    const [a, b] = points.map((p) => p.split(',').map(Number));
    expect(a![0]!).toBeLessThan(b![0]!);
    expect(b![1]!).toBeGreaterThan(a![1]!);
    expect(html).toContain('Area &lt;A&amp;B&gt;');
    expect(html).toContain('summary &amp; more');
    expect(html).toContain('57.5');
  });

  it("says under the chosen plan's standards which standards were not judged, and nothing when all were", () => {
    const chosen = (html: string) => /<section id="chosen">.*?<\/section>/s.exec(html)![0];
    expect(chosen(page('en', ['Not judged: A & B.']))).toContain(
      '<p class="intro">Not judged: A &amp; B.</p>',
    );
    expect(chosen(page('en'))).not.toContain('class="intro"');
  });

  it('speaks the language asked for', () => {
    const html = page('zh');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('评估过的全部方案');
  });
});
