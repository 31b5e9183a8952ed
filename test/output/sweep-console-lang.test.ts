/**
 * The console tables of `sweep` (its points and break points) and of `sensitivity` in Chinese,
 * from hand-made results: the headings, the break-point sentence and the headings of each
 * standard's table are the Chinese ones, and no English sentence or word of the dictionaries
 * leaks into them (the same results in English do show those sentences, so the check can fail).
 */
import { describe, expect, it } from 'vitest';
import type { SweepBreakPoint } from '../../src/experiment/sweep-break-points.js';
import type { Lang } from '../../src/i18n/lang.js';
import { messagesFor, translator } from '../../src/i18n/messages.js';
import { consoleWording } from '../../src/output/console-wording.js';
import type { DisplayNames } from '../../src/output/display-names.js';
import type { SensitivityRow } from '../../src/output/sensitivity-csv.js';
import { inputLabel } from '../../src/output/sensitivity-input-label.js';
import { formatSensitivityTables } from '../../src/output/sensitivity-text.js';
import { formatBreakPointsTable } from '../../src/output/sweep-break-points-text.js';
import { formatSweepTable, type SweepTablePoint } from '../../src/output/sweep-table.js';
import { HEADLINE_MEASURE_IDS, type PlanComparison } from '../../src/stats/compare.js';
import type { Interval } from '../../src/stats/interval.js';
import type { StandardJudgement, StandardStatus } from '../../src/stats/standards-judgement.js';

const interval = (mean: number, halfWidth: number): Interval => ({
  mean,
  low: mean - halfWidth,
  high: mean + halfWidth,
  halfWidth,
  n: 4,
  sd: 1,
});

const comparison = (plan: string): PlanComparison => ({
  plan,
  level: 0.95,
  replications: 4,
  estimates: Object.fromEntries(HEADLINE_MEASURE_IDS.map((id) => [id, interval(10, 1)])),
  differences: null,
});

const judgement = (plan: string, standard: string, status: StandardStatus): StandardJudgement => ({
  plan,
  standard,
  name: standard,
  required: 90,
  share: interval(90, 2),
  status,
  adjustedP: Number.NaN,
  difference: null,
  change: null,
  differenceAdjustedP: Number.NaN,
});

/** Plans and standards by their Chinese names, as a scenario written in both languages gives. */
const ZH_NAMES: DisplayNames = {
  plan: (plan) => ({ current: '现行方案', forward: '民警前置' })[plan] ?? plan,
  standard: (s) => ({ fast: '快速到场', recover: '失物找回' })[s.standard] ?? s.name,
};
const ID_NAMES: DisplayNames = { plan: (plan) => plan, standard: (s) => s.name };

const PATH = 'crowd.visitorsPerDay';
const AXES = [{ path: PATH, values: ['7000', '8000', '9000'] }];

const POINTS: SweepTablePoint[] = [7000, 8000, 9000].map((value, i) => ({
  point: { index: i + 1, values: [String(value)] },
  comparisons: [comparison('current'), comparison('forward')],
  judgements: [
    judgement('current', 'fast', i === 0 ? 'met' : 'not-met'),
    judgement('current', 'recover', 'met'),
    judgement('forward', 'fast', 'met'),
    judgement('forward', 'recover', 'undecided'),
  ],
}));

const breakPoint = (standard: string, over: Partial<SweepBreakPoint>): SweepBreakPoint => ({
  status: 'crosses',
  direction: 'falls',
  estimate: 7500,
  low: 7000,
  high: Number.NaN,
  beyondGrid: 'above',
  along: 0,
  fixed: [null],
  plan: 'current',
  standard,
  name: standard,
  required: 90,
  ...over,
});

const BREAK_POINTS: SweepBreakPoint[] = [
  breakPoint('fast', {}),
  breakPoint('recover', {
    status: 'met-throughout',
    direction: null,
    estimate: Number.NaN,
    low: Number.NaN,
    beyondGrid: null,
  }),
];

const move = (factor: number, effect: number): SensitivityRow['down'] => ({
  factor,
  estimate: interval(80 + effect, 3),
  effect: interval(effect, 2),
});

const ROWS: SensitivityRow[] = [
  {
    measure: 'standard@fast',
    input: 'visitors',
    base: interval(80, 3),
    down: move(0.8, 6),
    up: move(1.2, -9),
  },
  {
    measure: 'standard@fast',
    input: 'rate:dispute',
    base: interval(80, 3),
    down: move(0.8, 1),
    up: move(1.2, -2),
  },
];

/** Every console text of a sweep and a sensitivity analysis of the results above, in `lang`. */
function consoleText(lang: Lang): string {
  const names = lang === 'zh' ? ZH_NAMES : ID_NAMES;
  const wording = consoleWording(lang);
  const t = translator(lang);
  const input = lang === 'en' ? (id: string) => id : (id: string) => inputLabel(t, null, lang, id);
  return [
    formatSweepTable([PATH], POINTS, 'current', names, wording),
    formatBreakPointsTable(AXES, BREAK_POINTS, names, wording.t),
    formatSensitivityTables(
      ROWS,
      [{ id: 'fast', name: names.standard({ standard: 'fast', name: 'fast' }) }],
      0.2,
      { t, input },
    ),
    formatSensitivityTables(ROWS, [], 0.2, { t, input }),
  ].join('\n');
}

/** The cells of a table's first heading row. */
function headingCells(text: string, first: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(`| ${first} `))!;
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

/** The English dictionary's fixed text: each message's parts between placeholders, with words. */
const ENGLISH_PARTS = Object.values(messagesFor('en'))
  .flatMap((message) => message.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 4 && /[A-Za-z]{3}/.test(part));

describe('sweep and sensitivity consoles in Chinese', () => {
  const zh = consoleText('zh');
  const en = consoleText('en');

  it('head the sweep table with Chinese words, the baseline marked in Chinese', () => {
    const cells = headingCells(zh, '网格点');
    expect(cells.slice(0, 3)).toEqual(['网格点', PATH, '方案']);
    expect(cells.at(-1)).toBe('达标的标准');
    expect(zh).toContain('现行方案（基准）');
    // current meets both standards at 7000 only, forward meets one (the other is undecided).
    const rows = zh.split('\n').filter((l) => /^\| \d /.test(l));
    expect(rows.map((r) => r.split('|').at(-2)!.trim())).toEqual([
      '2/2',
      '1/2',
      '1/2',
      '1/2',
      '1/2',
      '1/2',
    ]);
  });

  it('write the break points in Chinese, numbers and paths as in English', () => {
    expect(zh).toContain('临界点（各标准的达标比例与要求比例相交之处）：');
    expect(headingCells(zh, '方案')).toEqual([
      '方案',
      '标准',
      '要求比例（%）',
      '临界点',
      '不能排除的范围',
    ]);
    const line = zh.split('\n').find((l) => l.startsWith('|') && l.includes('快速到场'))!;
    const cells = line.split('|').map((c) => c.trim());
    // One decimal more than the grid's values; the range reaches past the grid's last value.
    expect(cells).toContain('在 7500.0 处降至要求以下');
    expect(cells).toContain('[7000.0, >=9000]');
    expect(zh).toContain('所有取值均达标');
  });

  it('head each sensitivity table with the standard and the base share, inputs by name', () => {
    expect(zh).toContain('快速到场：原情景下达标比例为 80.0 %；影响以百分点计，从大到小排列');
    expect(headingCells(zh, '输入')).toEqual(['输入', '-20 %', '+20 %']);
    expect(zh).toMatch(/\| 每日游客量 +\| \+6\.0 \[4\.0, 8\.0\] +\| -9\.0 \[-11\.0, -7\.0\] +\|/);
    expect(zh).toContain('dispute发生率');
    expect(zh).toContain('没有服务标准：各项指标见 sensitivity.csv。');
  });

  it('let no English sentence or word through', () => {
    const shownInEnglish = ENGLISH_PARTS.filter((part) => en.includes(part));
    // The English tables show the dictionary's sentences: the check below has something to find.
    expect(shownInEnglish).toEqual(
      expect.arrayContaining([
        "Break points (where each standard's share crosses its required share):",
        'Standards met',
        'falls below at',
        'met at every value',
        '% met at the base point; effect in points, largest first',
        'No service standards: see sensitivity.csv for the measures.',
      ]),
    );
    expect(ENGLISH_PARTS.filter((part) => zh.includes(part))).toEqual([]);
    // Beyond the dictionary: no English word at all but the path, the input id and the file.
    const words = zh
      .replaceAll(PATH, '')
      .replaceAll('sensitivity.csv', '')
      .replaceAll('dispute', '');
    expect(words.match(/[A-Za-z]{2,}/g)).toBeNull();
  });
});
