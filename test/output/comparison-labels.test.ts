/** The comparison table in the user's language: plan labels from the scenario per --lang. */
import { describe, expect, it } from 'vitest';
import { consoleWording } from '../../src/output/console-wording.js';
import { formatComparisonTable } from '../../src/output/table.js';
import { planLabel } from '../../src/scenario/local-text.js';
import { comparePlans } from '../../src/stats/compare.js';
import type { ReplicationSummary } from '../../src/stats/measures.js';

const MEASURE = 'shareOfficersWithinTarget';

function summaries(plan: string, values: readonly number[]): ReplicationSummary[] {
  return values.map((value, r) => ({ plan, replication: r + 1, values: { [MEASURE]: value } }));
}

const plans = [
  { name: 'current', label: { zh: '现行方案', en: "Today's plan" } },
  { name: 'extra-car', label: '加车' },
  { name: 'no-platforms' },
];
const rows = comparePlans(
  [
    ...summaries('current', [80, 70, 90]),
    ...summaries('extra-car', [85, 76, 94]),
    ...summaries('no-platforms', [60, 50, 70]),
  ],
  'current',
  [MEASURE],
);

/** The header line of the table's first (multi-line) row, columns trimmed. */
function headerText(table: string): string {
  const lines = table.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && line.startsWith('+'));
  return lines.slice(1, end).join('\n');
}

describe.each(['zh', 'en'] as const)('formatComparisonTable in %s', (lang) => {
  const label = (plan: string) => planLabel(plans.find((p) => p.name === plan)!, lang);
  const table = formatComparisonTable(rows, 'current', consoleWording(lang), label);
  const head = headerText(table);

  it('heads each column with the plan label in the language, then its name', () => {
    expect(head).toContain(lang === 'zh' ? '现行方案' : "Today's plan");
    expect(head).not.toContain(lang === 'zh' ? "Today's plan" : '现行方案');
    // A plain-string label is the same in both languages; no label: the name alone.
    expect(head).toContain('加车');
    expect(head).toContain('extra-car');
    expect(head.match(/no-platforms/g)).toHaveLength(1);
  });

  it('names the baseline by its label in the note under the table', () => {
    const note = table.split('\n').slice(-1)[0]!;
    expect(note).toContain(lang === 'zh' ? '方案 − 现行方案' : "plan - Today's plan");
    expect(note).not.toContain('current');
  });
});
