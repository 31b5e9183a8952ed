/**
 * The verdict over every standard, on constructed replication summaries: a plan that beats the
 * baseline on one standard and is significantly worse on another is never named without that
 * caveat in the same sentence, in English and in Chinese; Holm's adjustment and the t test
 * against values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { displayNames, ID_NAMES } from '../../src/output/display-names.js';
import { formatStandardsTable, verdictText } from '../../src/output/standards-text.js';
import type { Standard } from '../../src/scenario/types.js';
import { confidenceInterval } from '../../src/stats/interval.js';
import type { ReplicationSummary } from '../../src/stats/measures.js';
import { standardMeasureId } from '../../src/stats/standards.js';
import { holmAdjust, judgeStandards, tTestPValue } from '../../src/stats/standards-judgement.js';
import { standardsVerdict } from '../../src/stats/standards-verdict.js';

const SCOPE = {
  types: null,
  sites: null,
  siteKinds: null,
  detectedBy: null,
  days: null,
  hours: null,
};

function standard(id: string, share: number): Standard {
  return { id, name: id, measure: 'recovery', share, scope: SCOPE, within: null };
}

const STANDARDS = [standard('fast', 0.8), standard('public', 0.8)];

/** Five replications of a plan: shares of `fast` and `public`, staff-hours. */
function plan(
  name: string,
  fast: number[],
  publicShare: number[],
  staffHours: number,
): ReplicationSummary[] {
  return fast.map((f, i) => ({
    plan: name,
    replication: i + 1,
    values: {
      [standardMeasureId('fast')]: f,
      [standardMeasureId('public')]: publicShare[i]!,
      staffHours,
      cost: Number.NaN,
    },
  }));
}

/**
 * base misses `fast` (about 60 % against 80 %) and meets `public` (about 90 %). A meets both:
 * `fast` about 85 % (25 points better than base) but `public` 82.4 % against base's 90.4 %: paired
 * differences −8, −8, −8, −7, −9, mean −8, sd √0.5, half-width t(0.975, 4) · 0.7071 / √5 =
 * 2.7764 · 0.3162 = 0.878 → [−8.9, −7.1]. B misses `fast` (about 70 %).
 */
const SUMMARIES = [
  ...plan('base', [60, 62, 58, 61, 59], [90, 91, 89, 90, 92], 100),
  ...plan('A', [85, 86, 84, 85, 87], [82, 83, 81, 83, 83], 120),
  ...plan('B', [70, 71, 69, 70, 72], [90, 91, 89, 90, 92], 110),
];

describe('the standards verdict', () => {
  const judgements = judgeStandards(SUMMARIES, STANDARDS, 'base');
  const verdict = standardsVerdict(judgements, SUMMARIES, 'base');
  const status = (p: string, s: string) =>
    judgements.find((j) => j.plan === p && j.standard === s)!;

  it('judges each plan against each standard and the baseline', () => {
    expect(status('base', 'fast').status).toBe('not-met');
    expect(status('A', 'fast')).toMatchObject({ status: 'met', change: 'better' });
    expect(status('A', 'public')).toMatchObject({ status: 'met', change: 'worse' });
    expect(status('A', 'public').difference!.mean).toBeCloseTo(-8, 10);
    expect(status('B', 'public')).toMatchObject({ change: 'no-difference' });
    expect(verdict.meetingAll).toEqual(['A']);
    expect(verdict.chosen).toEqual({
      plan: 'A',
      reason: 'cheapest',
      tiedWith: [],
      preferredFor: null,
      asCheapAs: [],
    });
    expect(verdict.costMeasure).toBe('staffHours');
  });

  it('names A with its caveat in the same sentence, in English', () => {
    const { lead } = verdictText(verdict, translator('en'), true, ID_NAMES);
    expect(lead).toMatch(
      /^Only A meets every standard: staff-hours 120 \(\+20 \[\+20, \+20\] against base\)/,
    );
    expect(lead).toMatch(
      /, but it is significantly worse than the baseline base on public \(-8\.0 \[-8\.9, -7\.1\] points\)\.$/,
    );
    expect(lead.split('. ').length).toBe(1);
  });

  it('names A with its caveat in the same sentence, in Chinese', () => {
    const { lead, planLines } = verdictText(verdict, translator('zh'), true, ID_NAMES);
    expect(lead).toMatch(/^只有 A 达到全部服务标准：人员工时 120/);
    expect(lead).toMatch(
      /，但它在以下标准上明显差于基准方案 base：public（-8\.0 \[-8\.9, -7\.1\] 个百分点）。$/,
    );
    expect(lead.match(/。/g)).toHaveLength(1);
    const aLine = planLines.find((line) => line.startsWith('A：'))!;
    expect(aLine).toContain('明显差于 base：public');
    expect(aLine).toContain('明显优于 base：fast');
  });

  it('says which standards the closest plan misses and by how much when none meets them all', () => {
    const withoutA = SUMMARIES.filter((s) => s.plan !== 'A');
    const none = standardsVerdict(judgeStandards(withoutA, STANDARDS, 'base'), withoutA, 'base');
    expect(none.meetingAll).toEqual([]);
    // base and B each meet 1 of 2, neither worse than base; B is significantly better on `fast`
    // (70 % against 60 %: 10 points closer to it), which counts before the cost (110 against 100).
    expect(none.chosen).toEqual({
      plan: 'B',
      reason: 'closest',
      tiedWith: ['base'],
      preferredFor: 'more-better',
      asCheapAs: [],
    });
    const { lead } = verdictText(none, translator('en'), true, ID_NAMES);
    // B's fast: 70, 71, 69, 70, 72: mean 70.4, sd √1.3 = 1.140, half-width 2.7764 · 1.140 / √5 =
    // 1.416 → [69.0, 71.8]; required 80 → 9.6 points short.
    expect(lead).toBe(
      'No plan meets every standard. The closest is B, meeting 1 of 2 (as many as base; it is named for being significantly better than the baseline on more standards: 1 against 0 for base); it misses fast (70.4 % [69.0, 71.8], required 80.0 %: 9.6 points short), and it is not significantly worse than the baseline base on any standard.',
    );
  });

  it('says a closest plan is named for its cost alone when the standards do not tell it from a tied plan', () => {
    // E has base's shares in every replication (no difference on any standard) at 130 staff-hours
    // against base's 100: both meet 1 of 2, neither is significantly worse or better than base.
    const withE = [
      ...SUMMARIES.filter((s) => s.plan === 'base'),
      ...plan('E', [60, 62, 58, 61, 59], [90, 91, 89, 90, 92], 130),
    ];
    const none = standardsVerdict(judgeStandards(withE, STANDARDS, 'E'), withE, 'E');
    expect(none.chosen).toEqual({
      plan: 'base',
      reason: 'closest',
      tiedWith: ['E'],
      preferredFor: 'lower-cost',
      asCheapAs: [],
    });
    const en = verdictText(none, translator('en'), true, ID_NAMES).lead;
    expect(en).toContain(
      '(as many as E; the standards do not tell it from E (as many significantly worse and better than the baseline), so it is named for its lower staff-hours: 100 against 130)',
    );
    expect(en).not.toMatch(/significantly (worse|better) than the baseline on (fewer|more)/);
    const zh = verdictText(none, translator('zh'), true, ID_NAMES).lead;
    expect(zh).toContain('因其人员工时更低而列出：100，E 为 130');
    // The reason sits inside the tie's own brackets: no brackets nested in them.
    expect(zh).toMatch(/（与 E 相同；[^（）]*）/);
  });

  it('says a closest plan is named for being listed first when nothing tells the tied plans apart', () => {
    const twins = [
      ...SUMMARIES.filter((s) => s.plan === 'base'),
      ...plan('F', [60, 62, 58, 61, 59], [90, 91, 89, 90, 92], 100),
    ];
    const none = standardsVerdict(judgeStandards(twins, STANDARDS, 'base'), twins, 'base');
    expect(none.chosen).toMatchObject({ plan: 'base', preferredFor: 'listed-first' });
    expect(verdictText(none, translator('en'), true, ID_NAMES).lead).toContain(
      '(as many as F; neither the standards nor the cost tell it from F; it is named because it is listed first)',
    );
  });

  it('among plans as close, prefers one not worse than the baseline over a cheaper one that is', () => {
    // C meets `fast` like A but misses `public` (about 70 %, 20 points worse than base) and costs
    // 90; B meets 1 of 2 too, worse on nothing, at 110: B is named, C listed as tied.
    const withC = [
      ...SUMMARIES.filter((s) => s.plan !== 'A'),
      ...plan('C', [85, 86, 84, 85, 87], [70, 71, 69, 70, 72], 90),
    ];
    const none = standardsVerdict(judgeStandards(withC, STANDARDS, 'B'), withC, 'B');
    expect(none.chosen).toMatchObject({ reason: 'closest' });
    const named = none.chosen!.plan;
    const standing = none.standings.find((s) => s.plan === named)!;
    expect(standing.worse).toEqual([]);
    expect(none.chosen!.tiedWith).toContain('C');
    // B and C are as close (1 of 2 each); C is significantly worse than B on `public`.
    expect(none.chosen).toMatchObject({ plan: 'B', preferredFor: 'fewer-worse' });
    expect(verdictText(none, translator('en'), true, ID_NAMES).lead).toContain(
      'it is named for being significantly worse than the baseline on fewer standards: 0 against 1 for C',
    );
  });

  it('among plans as close and worse on nothing, prefers one better than the baseline over a cheaper one', () => {
    // D misses `fast` like base (about 65 % against base's 60 %: 5 points better) and meets
    // `public` (about 90 %), at 130 against base's 100: D is named, base listed as tied.
    const withD = [
      ...SUMMARIES.filter((s) => s.plan === 'base'),
      ...plan('D', [65, 66, 64, 65, 65], [90, 91, 89, 90, 90], 130),
    ];
    const none = standardsVerdict(judgeStandards(withD, STANDARDS, 'base'), withD, 'base');
    const d = none.standings.find((s) => s.plan === 'D')!;
    expect(d.worse).toEqual([]);
    expect(d.better.length).toBeGreaterThan(0);
    expect(none.chosen).toEqual({
      plan: 'D',
      reason: 'closest',
      tiedWith: ['base'],
      preferredFor: 'more-better',
      asCheapAs: [],
    });
  });

  it('leaves a share whose interval straddles the required share undecided', () => {
    // Shares 78, 82, 80, 79, 81: mean 80 ± 1.96 around the required 80 %.
    const summaries = plan('base', [78, 82, 80, 79, 81], [90, 90, 90, 90, 90], 1);
    const [fast, pub] = judgeStandards(summaries, STANDARDS, 'base');
    expect(fast!.status).toBe('undecided');
    // Every replication 90 (sd 0): known exactly, above 80.
    expect(pub!.status).toBe('met');
  });
});

describe('the cheapest of several plans meeting every standard', () => {
  // A, A2 and A3 meet both standards with A's shares; A and A2 cost 120 staff-hours in every
  // replication (paired difference 0, interval [0, 0]), A3 costs 130 (difference +10 throughout).
  const summaries = [
    ...SUMMARIES.filter((s) => s.plan !== 'B'),
    ...plan('A2', [85, 86, 84, 85, 87], [82, 83, 81, 83, 83], 120),
    ...plan('A3', [85, 86, 84, 85, 87], [82, 83, 81, 83, 83], 130),
  ];

  it('says the cheapest is so by its mean only when its cost does not differ significantly', () => {
    const verdict = standardsVerdict(
      judgeStandards(summaries, STANDARDS, 'base'),
      summaries,
      'base',
    );
    expect(verdict.meetingAll).toEqual(['A', 'A2', 'A3']);
    expect(verdict.chosen).toMatchObject({ plan: 'A', reason: 'cheapest', asCheapAs: ['A2'] });
    const { lead } = verdictText(verdict, translator('en'), true, ID_NAMES);
    expect(lead).toMatch(
      /^Plans that meet every standard: A, A2, A3\. The cheapest of them by mean cost is A, but its cost does not differ significantly from that of A2: staff-hours 120/,
    );
    expect(verdictText(verdict, translator('zh'), true, ID_NAMES).lead).toContain(
      '其中平均成本最低的是 A，但其成本与 A2 的差异不显著',
    );
  });

  it('calls it the cheapest outright when every other plan costs significantly more', () => {
    const withoutA2 = summaries.filter((s) => s.plan !== 'A2');
    const verdict = standardsVerdict(
      judgeStandards(withoutA2, STANDARDS, 'base'),
      withoutA2,
      'base',
    );
    expect(verdict.chosen).toMatchObject({ plan: 'A', asCheapAs: [] });
    expect(verdictText(verdict, translator('en'), true, ID_NAMES).lead).toMatch(
      /The cheapest of them is A: staff-hours 120/,
    );
  });
});

describe('the method note', () => {
  it('says, for a comparison, that * needs the Holm adjustment, not only an interval without zero', () => {
    const judgements = judgeStandards(SUMMARIES, STANDARDS, 'base');
    const verdict = standardsVerdict(judgements, SUMMARIES, 'base');
    expect(verdictText(verdict, translator('en'), true, ID_NAMES).method).toMatch(
      /\* marks a difference from the baseline that is significant after this adjustment: an interval that excludes zero may still have none\.$/,
    );
    expect(verdictText(verdict, translator('zh'), true, ID_NAMES).method).toContain(
      '不含 0 的区间也可能没有 *',
    );
    // A run has no baseline to differ from: no word of *.
    expect(verdictText(verdict, translator('en'), false, ID_NAMES).method).not.toContain('*');
  });
});

describe('a share near 0 or 100 %', () => {
  // fast: 100, 100, 100, 100, 96: mean 99.2, sd √3.2 = 1.789, half-width 2.7764 · 1.789 / √5 =
  // 2.221 → [97.0, 101.4]; public: 0, 0, 0, 0, 4: mean 0.8 → [−1.4, 3.0]. No share of incidents
  // lies outside 0 to 100 %, so the interval shown stops there.
  const summaries = plan('base', [100, 100, 100, 100, 96], [0, 0, 0, 0, 4], 1);
  const judgements = judgeStandards(summaries, STANDARDS, 'base');

  it('is shown with its interval cut to 0 to 100 % in the table', () => {
    const table = formatStandardsTable(judgements, translator('en'), ID_NAMES);
    expect(table).toContain('99.2 [97.0, 100.0]');
    expect(table).toContain('0.8 [0.0, 3.0]');
  });

  it('is shown with its interval cut to 0 to 100 % in the verdict', () => {
    const verdict = standardsVerdict(judgements, summaries, 'base');
    expect(verdictText(verdict, translator('en'), false, ID_NAMES).lead).toBe(
      'base meets 1 of 2 standards; it misses public (0.8 % [0.0, 3.0], required 80.0 %: 79.2 points short).',
    );
  });
});

describe('the tests behind the verdict', () => {
  it('Holm: sorted p 0.01, 0.03, 0.04 become 3 × 0.01, 2 × 0.03, max(0.06, 0.04)', () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, Number.NaN]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
    expect(adjusted[3]).toBeNaN();
  });

  it('t test: mean 2, sd 2, n 4 → t = 2 on 3 degrees of freedom, two-sided p = 0.1393', () => {
    // The test reads only n, mean and sd of the interval.
    const ci = { ...confidenceInterval([1, 3]), n: 4, mean: 2, sd: 2 };
    // Student t, 3 df: P(|T| > 2) = 0.1393 (tables).
    expect(tTestPValue(ci, 0)).toBeCloseTo(0.1393, 4);
  });
});

describe('the verdict of a scenario with names in both languages', () => {
  /** The same standards named `{ zh, en }`, and the plans' labels. */
  const named: Standard[] = [
    { ...standard('fast', 0.8), name: { zh: '快速到场', en: 'Quick arrival' } },
    { ...standard('public', 0.8), name: { zh: '群众求助', en: 'Help for visitors' } },
  ];
  const plans = [
    { name: 'base', label: { zh: '现行方案', en: "Today's plan" } },
    { name: 'A', label: { zh: '甲方案', en: 'Foot posts' } },
    { name: 'B', label: { zh: '乙方案', en: 'Joint post' } },
  ];
  const judgements = judgeStandards(SUMMARIES, named, 'base');
  const verdict = standardsVerdict(judgements, SUMMARIES, 'base');
  /** Lead sentence, plan lines and table of the console block in `lang`. */
  const words = (lang: 'zh' | 'en') => {
    const names = displayNames({ plans, standards: named }, lang);
    const text = verdictText(verdict, translator(lang), true, names);
    const table = formatStandardsTable(judgements, translator(lang), names);
    return { sentences: [text.lead, ...text.planLines].join('\n'), table };
  };

  it('keeps the English name in the judgements, as standards.csv writes it', () => {
    expect(judgements.map((j) => j.name).slice(0, 2)).toEqual([
      'Quick arrival',
      'Help for visitors',
    ]);
  });

  it('writes the Chinese verdict with Chinese labels and names only', () => {
    const { sentences, table } = words('zh');
    // A (甲方案) is the only plan meeting both; it is worse than base (现行方案) on public.
    expect(sentences).toMatch(/^只有 甲方案 达到全部服务标准/);
    expect(sentences).toContain('明显差于基准方案 现行方案：群众求助（-8.0');
    expect(sentences).toContain('乙方案：');
    expect(sentences).toContain('快速到场（');
    // No Latin letter at all: neither ids (base, A, fast, public) nor English names.
    expect(sentences).not.toMatch(/[A-Za-z]/);
    for (const shown of ['现行方案', '甲方案', '乙方案', '快速到场', '群众求助']) {
      expect(table).toContain(shown);
    }
    for (const hidden of ['base', 'fast', 'public', 'Quick arrival', 'Foot posts']) {
      expect(table).not.toContain(hidden);
    }
  });

  it('writes the English verdict with English labels and names only', () => {
    const { sentences, table } = words('en');
    expect(sentences).toMatch(/^Only Foot posts meets every standard/);
    expect(sentences).toContain("worse than the baseline Today's plan on Help for visitors (-8.0");
    expect(sentences).toContain('Joint post: ');
    expect(sentences).toContain('Quick arrival (');
    for (const text of [sentences, table]) {
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/\b(base|A|B|fast|public)\b/);
    }
    expect(table).toContain('Help for visitors');
  });
});
