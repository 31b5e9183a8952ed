/**
 * Scenario text in two languages: `{ zh, en }` or a plain string for both, resolved per
 * `--lang`, and located errors for text that is neither.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { inLang, planLabel } from '../../src/scenario/local-text.js';
import { edited, positionIn, problemsOf } from './helpers.js';

describe('inLang', () => {
  it('uses a plain string for every language', () => {
    expect(inLang('Mihuntai', 'zh')).toBe('Mihuntai');
    expect(inLang('迷魂台', 'en')).toBe('迷魂台');
  });

  it('picks the language asked for from { zh, en }', () => {
    const text = { zh: '迷魂台', en: 'Mihuntai viewpoint' };
    expect(inLang(text, 'zh')).toBe('迷魂台');
    expect(inLang(text, 'en')).toBe('Mihuntai viewpoint');
  });

  it('falls back to the other language when one is missing', () => {
    expect(inLang({ zh: '迷魂台' }, 'en')).toBe('迷魂台');
    expect(inLang({ en: 'Mihuntai' }, 'zh')).toBe('Mihuntai');
  });
});

describe('planLabel', () => {
  it('is the plan name without a label, else the label in the language', () => {
    expect(planLabel({ name: 'current' }, 'zh')).toBe('current');
    const plan = { name: 'current', label: { zh: '现行方案', en: "Today's plan" } };
    expect(planLabel(plan, 'zh')).toBe('现行方案');
    expect(planLabel(plan, 'en')).toBe("Today's plan");
  });
});

describe('bilingual text in a scenario file', () => {
  const text = edited(
    ['name: Minimal test scenario', 'name: { zh: 最小测试情景, en: Minimal test scenario }'],
    ['name: Parking lot,', 'name: { zh: 停车场, en: Parking lot },'],
    ['name: Viewpoint,', 'name: 观景台,'],
    ['      name: Lost item', '      name: { zh: 遗失物品, en: Lost item }'],
    ['  - name: base\n', '  - name: base\n    label: { zh: 基准, en: Baseline }\n'],
  );
  const scenario = parseScenarioText(text, 'bilingual.yaml');

  it('resolves every name per language, a plain string for both', () => {
    const site = (id: string) => scenario.sites.find((s) => s.id === id)!.name;
    expect(inLang(scenario.name, 'zh')).toBe('最小测试情景');
    expect(inLang(scenario.name, 'en')).toBe('Minimal test scenario');
    expect(inLang(site('lot'), 'zh')).toBe('停车场');
    expect(inLang(site('lot'), 'en')).toBe('Parking lot');
    expect(inLang(site('view'), 'zh')).toBe('观景台');
    expect(inLang(site('view'), 'en')).toBe('观景台');
    expect(inLang(scenario.incidentTypes[0]!.name, 'zh')).toBe('遗失物品');
    expect(planLabel(scenario.plans[0]!, 'en')).toBe('Baseline');
    // The label is a plan's own, like its description: not inherited through extends.
    expect(planLabel(scenario.plans[1]!, 'zh')).toBe(scenario.plans[1]!.name);
  });

  it('rejects an object with neither language, at its line and column', () => {
    const bad = edited(['name: Parking lot,', 'name: { fr: Parking },']);
    const problems = problemsOf(bad);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => p.path.startsWith('sites[1].name'))!;
    expect(problem).toBeDefined();
    expect(problem.message).toMatch(/fr|zh|en/);
    expect(problem.line).toBe(positionIn(bad, '{ fr: Parking }').line);
  });

  it('rejects a number or an empty text where a name belongs', () => {
    expect(problemsOf(edited(['name: Parking lot,', 'name: 5,'])).map((p) => p.path)).toContain(
      'sites[1].name',
    );
    expect(
      problemsOf(edited(['name: Parking lot,', 'name: { zh: "" },'])).map((p) => p.path),
    ).toContain('sites[1].name.zh');
  });
});
