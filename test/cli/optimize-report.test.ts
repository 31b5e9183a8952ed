/**
 * The report of an optimize folder: `optimize --report` and `report FOLDER` write the same bytes;
 * the page's summary is the one the console printed; the chosen plan's map marks the platforms
 * and posts of best-plan.yaml (read here on its own); both languages; and a broken or unfinished
 * folder is refused with exit status 2, a message naming the file, and no report.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freshResultsDir } from '../experiment/helpers.js';
import { type CliRun, runCli } from './helpers.js';

const FILE = 'test/fixtures/optimize/two-shifts-map.yaml';

let folder: string;
let optimized: CliRun;

beforeAll(async () => {
  const resultsDir = freshResultsDir();
  optimized = await runCli([
    'optimize',
    FILE,
    ...['--workers', '1', '--replications', '3', '--results-dir', resultsDir],
    ...['--cars', '0=1:2', '--cars', '2=0:1', '--posts', 'view,lift', '--report'],
  ]);
  folder = join(resultsDir, readdirSync(resultsDir)[0]!);
}, 120_000);

const reportOf = (dir: string) => readFileSync(join(dir, 'report.html'), 'utf8');

function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Sites of one map figure carrying a marker of the given class. */
function marked(html: string, figure: string, marker: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(`[data-chart="${figure}"] .map-site-group`)]
    .filter((g) => g.querySelector(`.${marker}`) !== null)
    .map((g) => g.getAttribute('data-site')!)
    .sort();
}

/** A plan block's platform sites, and the sites other than the station where units are posted. */
function postsOf(plan: {
  officers: { base: string; shifts: { base?: string; cars: number; patrol?: unknown }[] };
  platforms: { site: string }[];
}) {
  const posts = plan.officers.shifts
    .filter((s) => s.cars > 0 && s.patrol === undefined && s.base !== undefined)
    .map((s) => s.base!)
    .filter((site) => site !== plan.officers.base);
  return {
    platforms: plan.platforms.map((p) => p.site).sort(),
    posts: [...new Set(posts)].sort(),
  };
}

describe('the report of an optimize folder', () => {
  it('is the same page whether optimize --report or report FOLDER writes it', async () => {
    expect(optimized.code).toBe(0);
    const first = reportOf(folder);
    const again = await runCli(['report', folder]);
    expect(again).toEqual({
      code: 0,
      stdout: `Report: ${join(folder, 'report.html')}\n`,
      stderr: '',
    });
    expect(reportOf(folder)).toBe(first);
  });

  it('shows the summary the console printed', () => {
    const pre = /<pre>([\s\S]*?)<\/pre>/.exec(reportOf(folder))![1]!;
    const summary = unescapeHtml(pre);
    expect(summary).toMatch(/^Optimization from plan base\n/);
    expect(optimized.stdout).toContain(`${summary}\nResults: `);
  });

  it("marks on the chosen plan's map the platforms and posts of best-plan.yaml", () => {
    const html = reportOf(folder);
    const [block] = parse(readFileSync(join(folder, 'best-plan.yaml'), 'utf8'));
    const chosen = postsOf(block);
    expect(marked(html, 'map-chosen', 'map-platform')).toEqual(chosen.platforms);
    expect(marked(html, 'map-chosen', 'map-post')).toEqual(chosen.posts);
    const scenario = parse(readFileSync(FILE, 'utf8'));
    const base = postsOf(scenario.plans[0]);
    expect(base).toEqual({ platforms: ['lot'], posts: ['lift'] });
    expect(marked(html, 'map-base', 'map-platform')).toEqual(base.platforms);
    expect(marked(html, 'map-base', 'map-post')).toEqual(base.posts);
  });

  it('has every section in English, and in Chinese with --lang zh', async () => {
    const sections = (html: string) =>
      [...parseHTML(html).document.querySelectorAll('section')].map(
        (s) => `${s.id}: ${s.querySelector('h2')!.textContent}`,
      );
    const copy = copyOf(folder);
    await runCli(['report', copy]);
    expect(sections(reportOf(copy))).toEqual([
      'frontier: Cost and service of every plan evaluated',
      'chosen: The plan chosen against each standard searched',
      'plan-map: The plan chosen on the map',
      'plans: Every plan evaluated',
      'summary: The summary, with the runners-up and why they lost',
    ]);
    const zh = await runCli(['report', copy, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    const html = reportOf(copy);
    expect(html).toContain('<html lang="zh-CN">');
    expect(sections(html)).toEqual([
      'frontier: 每个评估方案的成本与服务',
      'chosen: 所选方案对照参与搜索的各项服务标准',
      'plan-map: 所选方案的地图',
      'plans: 评估过的全部方案',
      'summary: 摘要：次优方案及其落选原因',
    ]);
    expect(html).toContain('从方案 base 出发的优化');
    expect(html).toContain('停车场');
  });

  it.each([
    [
      'a missing evaluations.csv',
      (dir: string) => rmSync(join(dir, 'evaluations.csv')),
      'evaluations.csv: missing',
    ],
    [
      'a manifest without the search moves (an older folder)',
      (dir: string) => editJson(join(dir, 'manifest.json'), (m) => delete m.moves),
      'manifest.json: moves:',
    ],
    [
      'a best-plan.yaml that is not the plan chosen',
      (dir: string) =>
        edit(join(dir, 'best-plan.yaml'), (text) =>
          text.replace(/(- site: lot\n\s+staff:) 1/, '$1 3'),
        ),
      'best-plan.yaml: this is not plan',
    ],
    [
      'an edited scenario copy',
      (dir: string) => edit(join(dir, 'scenario.yaml'), (text) => `${text}\n# edited\n`),
      'scenario.yaml: its SHA-256 is not the one manifest.json records',
    ],
    [
      'an unfinished folder',
      (dir: string) => writeFileSync(join(dir, 'INCOMPLETE.txt'), 'interrupted\n'),
      'this search did not finish',
    ],
    [
      'a malformed evaluations.csv row',
      (dir: string) =>
        edit(join(dir, 'evaluations.csv'), (text) => text.replace(/,(true|false),/, ',maybe,')),
      'evaluations.csv:2: meets_all: expected true or false, got "maybe"',
    ],
  ])('refuses %s with exit status 2 and writes no report', async (_, breakIt, message) => {
    const copy = copyOf(folder);
    rmSync(join(copy, 'report.html'));
    breakIt(copy);
    const result = await runCli(['report', copy]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('    at ');
    expect(readdirSync(copy)).not.toContain('report.html');
  });
});

function copyOf(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'pw-optreport-')), 'folder');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

function editJson(path: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
}
