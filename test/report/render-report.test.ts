import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/messages.js';
import { loadRunData } from '../../src/report/data/load-run-data.js';
import { renderReport } from '../../src/report/render-report.js';
import {
  buildFixture,
  COMPARE_CHARTS,
  type FixtureOptions,
  SCENARIO_YAML,
  SITE_NAMES,
} from '../fixtures/report-folder.js';

/** A document parsed by linkedom. */
type ParsedDocument = ReturnType<typeof parseHTML>['document'];

/** The rendered report of a fixture folder, parsed. */
function render(options: FixtureOptions, lang: 'zh' | 'en' = 'en') {
  const fixture = buildFixture(options);
  const data = loadRunData(fixture.runDir);
  const html = renderReport(data, lang);
  const { document } = parseHTML(html);
  return { fixture, data, html, document };
}

/** The parts of a DOM node the text walk needs (the project compiles without DOM types). */
interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly tagName?: string;
  readonly childNodes: Iterable<TextNode>;
}

/** Text a reader sees: every text of the body but style sheets, one space between texts. */
function visibleText(document: ParsedDocument): string {
  const texts: string[] = [];
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) texts.push(node.textContent ?? '');
    if (node.tagName?.toLowerCase() === 'style') return;
    for (const child of node.childNodes) walk(child);
  };
  walk(document.querySelector('body') as unknown as TextNode);
  return texts.join(' ').replace(/\s+/g, ' ');
}

const chartIds = (document: ParsedDocument) =>
  [...document.querySelectorAll('figure[data-chart]')].map((f) => f.getAttribute('data-chart'));

describe('renderReport with every file present', () => {
  const { html, document } = render({ kind: 'compare' });
  const text = visibleText(document);

  it('has every section and chart, each with drawn SVG content', () => {
    for (const id of [
      'headline',
      'measures',
      'targets',
      'response',
      'hours',
      'utilisation',
      'recovery',
      'map',
      'assumptions',
      'manifest',
    ]) {
      expect(document.querySelector(`section#${id}`), id).not.toBeNull();
    }
    expect(chartIds(document)).toEqual(COMPARE_CHARTS);
    for (const figure of document.querySelectorAll('figure[data-chart]')) {
      const id = figure.getAttribute('data-chart')!;
      expect(figure.querySelector('svg'), id).not.toBeNull();
      const shapes = figure.querySelectorAll('svg :is(path, rect, circle, line, polygon, text)');
      expect(shapes.length, id).toBeGreaterThan(5);
    }
  });

  it('is self-contained: no script, no external resource, only in-page links', () => {
    expect(
      document.querySelectorAll('script, link, img, iframe, object, embed, image'),
    ).toHaveLength(0);
    expect(html).not.toMatch(/\ssrc=/);
    // url() only for in-page references (Plot's clip paths).
    expect(html).not.toMatch(/@import|url\((?!#)/);
    for (const a of document.querySelectorAll('[href]'))
      expect(a.getAttribute('href')).toMatch(/^#/);
    expect(html).toMatch(/@media print/);
  });

  it('leads with the verdict on the standards: the plan meeting them all, its cost and its caveat', () => {
    const lead = document.querySelector('#headline p.verdict.lead')!.textContent;
    expect(lead).toBe(
      'Only more-cars meets every standard: staff-hours 148 (+48 [+48, +48] against base), ' +
        'but it is significantly worse than the baseline base on 找回 (-3.0 [-4.0, -2.0] points).',
    );
    // The standards table: 快速到场 not met by base, met by more-cars, with its difference.
    const cells = [...document.querySelectorAll('table.standards tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(cells[0]![0]).toBe('快速到场 (≥ 80.0 %)');
    expect(cells[0]![1]).toContain('not met');
    expect(cells[0]![2]).toContain('+30.0 [20.0, 40.0] *');
  });

  it('shows where and when a standard fails, unreachable apart from capacity short', () => {
    const table = document.querySelector('#standard-cells details table.standard-cells')!;
    const cells = [...table.querySelectorAll('td')];
    const unreachable = cells.filter((td) => td.getAttribute('class') === 'cell-unreachable');
    const short = cells.filter((td) => td.getAttribute('class') === 'cell-short');
    expect(unreachable.map((td) => td.textContent)).toEqual(['⊘ 01']);
    expect(short.map((td) => td.textContent)).toEqual(['502']);
  });

  it('draws each plan’s map: station, platform, coverage, covered sites and patrol route', () => {
    const map = document.querySelector('figure[data-chart="map-base"] svg')!;
    expect(map.querySelectorAll('.map-station')).toHaveLength(1);
    expect(map.querySelectorAll('.map-platform')).toHaveLength(1);
    expect(map.querySelectorAll('.map-coverage')).toHaveLength(1);
    // Walking minutes from the platform at the lot: station 6 and lift 8 are within its 10.
    const covered = [...map.querySelectorAll('.map-covered')].map((ring) =>
      ring.parentElement!.getAttribute('data-site'),
    );
    expect(covered.sort()).toEqual(['lift', 'lot', 'station']);
    const route = map.querySelector('polygon.map-route')!;
    expect(route.getAttribute('points')!.split(' ')).toHaveLength(3);
    // Site colours follow the mean alert-to-first minutes: lot 4 is lighter than view 12.
    const fill = (site: string) =>
      map.querySelector(`[data-site="${site}"] .map-site`)!.getAttribute('fill');
    expect(fill('lot')).not.toBe(fill('view'));
    expect(map.querySelector('[data-site="lot"] title')!.textContent).toContain('4.0');
  });

  it('writes site names exactly as the scenario does, Chinese and markup characters included', () => {
    const labels = [...document.querySelectorAll('figure[data-chart="map-base"] .map-label')].map(
      (label) => [...label.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
    );
    expect(labels.sort()).toEqual(SITE_NAMES.filter((n) => n !== '无坐标桥').sort());
    expect(html).toContain('停车场 (Lot &amp; &lt;Gate&gt;)');
    expect(text).toContain('Sites without coordinates, not drawn: 无坐标桥.');
  });

  it('tabulates mean response by site and plan, as worked by hand', () => {
    const rows = [...document.querySelectorAll('table.sites tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['停车场 (Lot & <Gate>)', '4.0', '3.0'],
      ['观景台', '12.0', '10.0'],
      ['电梯上站', '6.0', '5.0'],
      ['无坐标桥', '10.0', '9.0'],
    ]);
  });

  it('gives the same text every time (rendering is pure)', () => {
    const fixture = buildFixture({ kind: 'compare' });
    const data = loadRunData(fixture.runDir);
    expect(renderReport(data, 'zh')).toBe(renderReport(data, 'zh'));
  });
});

describe('renderReport of a run folder', () => {
  it('describes its one plan without a comparison', () => {
    const { document } = render({ kind: 'run' });
    const text = visibleText(document);
    // standards.csv gives 快速到场 60 % with the interval [50, 70]: the sentence carries both.
    expect(text).toContain(
      'base meets 1 of 2 standards; it misses 快速到场 (60.0 % [50.0, 70.0], required 80.0 %: 20.0 points short).',
    );
    expect(text).not.toContain('against base');
    expect(chartIds(document)).toContain('map-base');
  });
});

describe('renderReport of a folder written before the standards', () => {
  it('says the verdict needs standards.csv instead of naming a best plan', () => {
    const fixture = buildFixture({ kind: 'compare', name: 'old-folder' });
    rmSync(join(fixture.runDir, 'standards.csv'));
    rmSync(join(fixture.runDir, 'standards-by-site-hour.csv'));
    const { document } = parseHTML(renderReport(loadRunData(fixture.runDir), 'en'));
    const text = visibleText(document);
    expect(text).toContain(messagesFor('en')['standards.noFile']);
    expect(text).toContain(messagesFor('en')['standards.cells.none']);
    expect(document.querySelector('table.standards')).toBeNull();
  });
});

describe('renderReport with files missing', () => {
  const { document } = render({
    kind: 'compare',
    recordsFor: [],
    byHour: false,
    scenario: 'missing',
  });
  const text = visibleText(document);

  it('says what it could not show and why', () => {
    const warnings = [...document.querySelectorAll('.warnings li')].map((li) => li.textContent);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toContain('no copy of its scenario');
    expect(warnings[1]).toContain('No incident records (incidents.csv) for: base, more-cars');
    expect(warnings[2]).toContain('occupancy.csv');
    expect(warnings[3]).toContain('busy_minutes_by_hour');
  });

  it('falls back to the summaries: quantiles with intervals, utilisation over the whole run', () => {
    const first = document.querySelector('figure[data-chart="alert-to-first"]')!;
    expect(first.querySelectorAll('.panel svg')).toHaveLength(3);
    expect(
      document
        .querySelector('figure[data-chart="alert-to-officers"]')!
        .querySelectorAll('.panel svg'),
    ).toHaveLength(2);
    expect(chartIds(document)).toContain('utilisation-overall');
    expect(chartIds(document)).not.toContain('utilisation-by-hour');
    expect(chartIds(document)).not.toContain('incidents-by-hour');
  });

  it('leaves out the map and the assumptions, and names types by their ids', () => {
    expect(chartIds(document).filter((id) => id?.startsWith('map'))).toEqual([]);
    expect(text).toContain(messagesFor('en')['map.unavailable']);
    expect(document.querySelector('section#assumptions')).toBeNull();
    const panels = [...document.querySelectorAll('figure[data-chart="recovery"] h4')].map(
      (h) => h.textContent,
    );
    expect(panels).toEqual(['All lost items and people', 'lost-item', 'lost-person']);
  });
});

describe('renderReport in Chinese', () => {
  const { document, data } = render({ kind: 'compare' }, 'zh');
  const text = visibleText(document);

  it('leaves no English label of the dictionary in the visible text', () => {
    for (const [key, english] of Object.entries(messagesFor('en'))) {
      for (const chunk of english.split(/\{\w+\}/).map((c) => c.trim())) {
        if (!/[A-Za-z]{3,}/.test(chunk)) continue;
        // As a whole phrase: "--replications" in the command line is not the label "Replications".
        const phrase = new RegExp(
          `(^|[^A-Za-z-])${chunk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`,
        );
        expect(phrase.test(text), `${key}: "${chunk}"`).toBe(false);
      }
    }
  });

  it('has no English word but proper names, ids and file names', () => {
    const m = data.manifest;
    const properNames = [
      SCENARIO_YAML.match(/^name: (.*)$/m)![1]!,
      ...m.plans,
      'loop',
      'Asia/Shanghai',
      ...SITE_NAMES,
      data.folderName,
      m.commandLine,
      m.scenario.path,
      m.scenario.sha256,
      m.node,
      m.startedAt,
      m.finishedAt,
      // The program, file formats and the statistics page named in the footnote.
      'peakwatch Node.js SHA-256 UTC CSV docs/statistics.md manifest.json',
    ];
    const allowed = new Set(properNames.flatMap((n) => n.match(/[A-Za-z]{2,}/g) ?? []));
    const english = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !allowed.has(word));
    expect(english).toEqual([]);
  });

  it('uses the Chinese dictionary for titles and the headline', () => {
    expect(document.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelector('h1')!.textContent).toBe('警力配置报告：测试景区 (test area)');
    expect(text).toContain(
      '只有 more-cars 达到全部服务标准：人员工时 148（与 base 相比 +48 [+48, +48]），但它在以下标准上明显差于基准方案 base：找回（-3.0 [-4.0, -2.0] 个百分点）。',
    );
  });
});

describe('renderReport of a run with overrides', () => {
  it('shows the overrides in the assumptions, and the values they made', () => {
    const overrides = [{ kind: 'set', path: 'name', value: 'What-if area' }] as const;
    const { document } = render({ kind: 'run', overrides });
    const assumptions = document.querySelector('section#assumptions')!.textContent ?? '';
    expect(assumptions).toContain('Changed from the file by the command line');
    expect(assumptions).toContain('--set name=What-if area');
    expect(assumptions).toContain('What-if area');
    const plain = render({ kind: 'run' }).document.querySelector('section#assumptions')!;
    expect(plain.textContent).not.toContain('What-if area');
  });
});

describe('the assumptions of a type with a timed search', () => {
  it('give the search time after the recovery chance, only where the scenario gives one', () => {
    const { document } = render({ kind: 'run' });
    const rows = [...document.querySelectorAll('section#assumptions tr')].map(
      (row) => row.textContent ?? '',
    );
    const timed = rows.filter((row) => row.includes('the search takes'));
    expect(timed).toHaveLength(1);
    expect(timed[0]).toContain('halved every 240 minutes of delay; the search takes');
    expect(timed[0]).toContain('20');
  });
});
