/**
 * A scenario whose names are written in both languages: the report in each language shows that
 * language's names (sites, incident types, plans, standards, the scenario's name and
 * descriptions) and none of the other's; the verdict on the standards names plans by their labels
 * and standards by their names, never by their ids.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunData } from '../../src/report/data/load-run-data.js';
import { escapeHtml } from '../../src/report/format.js';
import { renderReport } from '../../src/report/render-report.js';
import { buildFixture, SCENARIO_YAML, STANDARDS_CSV } from '../fixtures/report-folder.js';

/** Each written text of the fixture and its two languages. */
const TEXTS: readonly [written: string, zh: string, en: string][] = [
  ['name: 测试景区 (test area)', '测试景区', 'Test scenic area'],
  [
    'description: 报告测试用的小景区。',
    '报告测试用的小景区。',
    'A small area for the report tests.',
  ],
  ['name: 测试派出所,', '测试派出所', 'Test police station'],
  ['name: "停车场 (Lot & <Gate>)",', '停车场', 'Lot & <Gate>'],
  ['name: 观景台,', '观景台', 'Lookout'],
  ['name: 电梯上站,', '电梯上站', 'Lift top station'],
  ['name: 无坐标桥,', '无坐标桥', 'Bridge without coordinates'],
  ['name: 遗失物品\n', '遗失物品', 'Lost belongings'],
  ['name: 纠纷\n', '纠纷', 'Quarrel'],
  ['name: 走失人员\n', '走失人员', 'Missing visitor'],
  ['description: 现行方案\n', '现行做法', 'Practice of today'],
  ['description: 增加一辆警车\n', '增加一辆警车', 'One car more'],
];

/** Plan labels added to the fixture: [plan, zh, en]. */
const LABELS: readonly [string, string, string][] = [
  ['base', '基准方案', 'Baseline plan'],
  ['more-cars', '增车方案', 'Extra patrol car'],
];

/** Standards added to the fixture (the ids of its standards.csv): [id, zh, en]. */
const STANDARD_NAMES: readonly [string, string, string][] = [
  ['fast', '快速到场', 'Quick arrival'],
  ['recover', '找回', 'Found again'],
];

/** The fixture's standards, named in both languages. */
const STANDARDS_YAML = `standards:
  - id: fast
    name: { zh: 快速到场, en: Quick arrival }
    measure: response
    arrive: first
    from: occurrence
    minutes: 10
    share: 0.8
  - id: recover
    name: { zh: 找回, en: Found again }
    measure: recovery
    share: 0.7
`;

/** The fixture's scenario rewritten with `{ zh, en }` texts, plan labels and named standards. */
function bilingualYaml(): string {
  let yaml = SCENARIO_YAML;
  for (const [written, zh, en] of TEXTS) {
    if (!yaml.includes(written)) throw new Error(`the fixture has no "${written}"`);
    const key = written.slice(0, written.indexOf(':'));
    const end = written.endsWith(',') ? ',' : written.endsWith('\n') ? '\n' : '';
    yaml = yaml.replace(
      written,
      `${key}: { zh: ${JSON.stringify(zh)}, en: ${JSON.stringify(en)} }${end}`,
    );
  }
  for (const [plan, zh, en] of LABELS) {
    yaml = yaml.replace(
      `  - name: ${plan}\n`,
      `  - name: ${plan}\n    label: { zh: ${zh}, en: ${en} }\n`,
    );
  }
  return `${yaml}${STANDARDS_YAML}`;
}

/** The report of the compare fixture with the bilingual scenario, in `lang`. */
function bilingualReport(lang: 'zh' | 'en'): string {
  const fixture = buildFixture({ kind: 'compare' });
  const yaml = bilingualYaml();
  writeFileSync(join(fixture.runDir, 'scenario.yaml'), yaml);
  // standards.csv holds the English names, as `compare` writes them.
  let standardsCsv = STANDARDS_CSV;
  for (const [, zh, en] of STANDARD_NAMES)
    standardsCsv = standardsCsv.replaceAll(`,${zh},`, `,${en},`);
  writeFileSync(join(fixture.runDir, 'standards.csv'), standardsCsv);
  const manifestPath = join(fixture.runDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.scenario.sha256 = createHash('sha256').update(yaml, 'utf8').digest('hex');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const data = loadRunData(fixture.runDir);
  expect(data.scenario.ok).toBe(true);
  return renderReport(data, lang);
}

describe.each([
  ['zh', 1, 2],
  ['en', 2, 1],
] as const)('the %s report of a bilingual scenario', (lang, shown, hidden) => {
  const html = bilingualReport(lang);
  const texts = [
    ...TEXTS.map((t) => [t[1], t[2]]),
    ...LABELS.map((l) => [l[1], l[2]]),
    ...STANDARD_NAMES.map((s) => [s[1], s[2]]),
  ];

  it("shows every name and description in the report's language", () => {
    for (const text of texts) expect(html).toContain(escapeHtml(text[shown - 1]!));
  });

  it('shows none in the other language', () => {
    for (const text of texts) expect(html).not.toContain(escapeHtml(text[hidden - 1]!));
  });
});

describe.each([
  ['zh', 1, 2],
  ['en', 2, 1],
] as const)('the %s verdict of a bilingual scenario', (lang, shown, hidden) => {
  const html = bilingualReport(lang);
  /** The verdict box and the standards table: from the verdict to the measures section. */
  const start = html.indexOf('<div class="headline">');
  const verdict = html.slice(start, html.indexOf('id="measures"', start));
  const named = [...LABELS, ...STANDARD_NAMES];

  it('names plans by their labels and standards by their names', () => {
    expect(start).toBeGreaterThan(-1);
    expect(verdict).toContain('<table');
    for (const name of named) expect(verdict).toContain(escapeHtml(name[shown]!));
  });

  it('shows no id and no name in the other language', () => {
    for (const name of named) expect(verdict).not.toContain(escapeHtml(name[hidden]!));
    for (const id of ['base', 'more-cars', 'fast', 'recover']) {
      expect(verdict).not.toMatch(new RegExp(`[>\\s(：]${id}[<\\s)（：,.，。]`));
    }
  });
});
