/**
 * A sensitivity report from a hand-made folder (every number written here): one tornado per
 * standard, its rows in the file's order with the inputs named in the report's language, a bar
 * per defined effect, in both languages; a folder without sensitivity.csv is refused by name.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnyReport } from '../../src/cli/report.js';
import { translator } from '../../src/i18n/messages.js';
import { SENSITIVITY_COLUMNS } from '../../src/output/sensitivity-csv.js';
import { inputLabel } from '../../src/output/sensitivity-input-label.js';
import { STANDARDS_COLUMNS } from '../../src/output/standards-csv.js';
import { RunFolderError } from '../../src/report/data/load-run-data.js';
import { loadSensitivityData } from '../../src/report/data/sensitivity-data.js';
import { renderSensitivityReport, standardTornadoes } from '../../src/report/sensitivity-render.js';
import { loadScenario } from '../../src/scenario/load.js';
import { TINY } from '../experiment/helpers.js';

/** measure, input, base, down (factor, mean, effect, low, high), up (the same). */
const ROWS = [
  'standard@dispute-first,travel,40,0.8,46,6,4,8,1.2,35,-5,-7,-3',
  'standard@dispute-first,visitors,40,0.8,41,1,-2,4,1.2,38,-2,-5,1',
  'standard@dispute-officers,rate:dispute,30,0.8,31,1,0,2,1.2,27,-3,-4,-2',
  'standard@dispute-officers,detection:patrol,30,0.8,30,0,0,0,1.2,,,,',
  'shareWaited,visitors,2,0.8,1.5,-0.5,-1,0,1.2,2.6,0.6,0.1,1.1',
];

function handMadeFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pw-sens-report-')), 'tiny-sensitivity');
  mkdirSync(dir);
  copyFileSync(TINY, join(dir, 'scenario.yaml'));
  const manifest = {
    kind: 'sensitivity',
    command: 'sensitivity',
    peakwatch: '0.0.0-test',
    scenario: { path: TINY, sha256: loadScenario(TINY).hash, name: 'Tiny', copy: 'scenario.yaml' },
    seed: 4,
    replications: 12,
    plan: 'extra-car',
    change: 0.2,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'sensitivity.csv'),
    `${[SENSITIVITY_COLUMNS.join(','), ...ROWS].join('\n')}\n`,
  );
  return dir;
}

/**
 * Point 1's standards.csv: extra-car's dispute-first at 40 % [35, 45], dispute-officers at 30 %
 * [26, 34]; base's dispute-first at 10 % (another plan: not read).
 */
function writeBaseShares(dir: string): void {
  mkdirSync(join(dir, 'point-1'));
  const rows = [
    'extra-car,dispute-first,dispute-first,40,35,45,4,12,80,not-met,0.01,,,,,,,',
    'extra-car,dispute-officers,dispute-officers,30,26,34,3,12,90,not-met,0.01,,,,,,,',
    'base,dispute-first,dispute-first,10,5,15,4,12,80,not-met,0.01,,,,,,,',
  ];
  writeFileSync(
    join(dir, 'point-1', 'standards.csv'),
    `${[STANDARDS_COLUMNS.join(','), ...rows].join('\n')}\n`,
  );
}

describe('the tornado titles', () => {
  it('give the share met with the scenario as it is with its interval, from point 1', () => {
    const dir = handMadeFolder();
    writeBaseShares(dir);
    const data = loadSensitivityData(dir);
    expect(data.baseShares.get('dispute-first')).toMatchObject({ mean: 40, low: 35, high: 45 });
    const en = renderSensitivityReport(data, 'en');
    expect(en).toContain('40.0 % [35.0, 45.0] met with the scenario as it is');
    expect(en).toContain('30.0 % [26.0, 34.0] met with the scenario as it is');
    expect(renderSensitivityReport(data, 'zh')).toContain('原情景下达标比例为 40.0% [35.0, 45.0]');
  });

  it('give the mean alone for a folder without point 1', () => {
    const data = loadSensitivityData(handMadeFolder());
    expect(data.baseShares.size).toBe(0);
    expect(renderSensitivityReport(data, 'en')).toContain('40.0 % met with the scenario as it is');
  });
});

describe('the report of a sensitivity analysis', () => {
  const dir = handMadeFolder();
  const data = loadSensitivityData(dir);

  it('gives each standard its rows, in the order of the file', () => {
    const tornadoes = standardTornadoes(data, 'en');
    expect(tornadoes.map((t) => [t.id, t.base, t.rows.map((r) => r.input)])).toEqual([
      ['lost-item-first', Number.NaN, []],
      ['lost-item-officers', Number.NaN, []],
      ['dispute-first', 40, ['travel', 'visitors']],
      ['dispute-officers', 30, ['rate:dispute', 'detection:patrol']],
    ]);
    const patrol = tornadoes[3]!.rows[1]!;
    expect(patrol.up.effect).toBeNaN();
    expect(tornadoes[2]!.rows[0]!.up).toEqual({ factor: 1.2, effect: -5, low: -7, high: -3 });
  });

  it('names the inputs in the report’s language', () => {
    const scenario = data.scenario.ok ? data.scenario.scenario : null;
    expect(inputLabel(translator('en'), scenario, 'en', 'rate:dispute')).toBe('Rate of Dispute');
    expect(inputLabel(translator('en'), scenario, 'en', 'travel')).toBe('Travel times');
    expect(inputLabel(translator('zh'), scenario, 'zh', 'travel')).toBe('路程时间');
    expect(inputLabel(translator('en'), scenario, 'en', 'something-new')).toBe('something-new');
  });

  it('draws a tornado per standard with a bar per defined effect, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const page = renderSensitivityReport(data, lang);
      expect(page).toContain('<section id="sens-tornado">');
      const figure = (id: string) => {
        const start = page.indexOf(`data-chart="tornado-${id}"`);
        expect(start, id).toBeGreaterThan(0);
        return page.slice(start, page.indexOf('data-chart="tornado-', start + 1) >>> 0);
      };
      const barsOf = (markup: string) =>
        [...markup.matchAll(/<g aria-label="bar"[^>]*>(.*?)<\/g>/gs)].flatMap(
          ([, inner]) => inner!.match(/<rect/g) ?? [],
        ).length;
      // dispute-first: two inputs × two directions; dispute-officers: three defined effects.
      expect(barsOf(figure('dispute-first'))).toBe(4);
      expect(barsOf(figure('dispute-officers'))).toBe(3);
      expect(page).not.toMatch(/\{\w+\}/);
    }
    expect(renderSensitivityReport(data, 'zh')).toContain('敏感性分析');
  });

  it('is what `peakwatch report` writes, and needs sensitivity.csv', async () => {
    expect(await writeAnyReport(dir, 'en')).toBe(join(dir, 'report.html'));
    rmSync(join(dir, 'sensitivity.csv'));
    expect(() => loadSensitivityData(dir)).toThrow(RunFolderError);
    expect(() => loadSensitivityData(dir)).toThrow(/sensitivity\.csv: missing/);
  });
});
