/*
 * The optimize report's map section on the two-shift area with coordinates: the base plan has a
 * platform at the lot and a unit on foot posted at the lift; the plan chosen here opens a
 * platform at the viewpoint and brings the lift's unit down to 0. Each map must mark exactly the
 * platforms and posts of its plan (no post where no unit is), the changes are listed, and the
 * table says what each plan posts where.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { optimizeMapSection } from '../../src/report/sections/section-optimize-map.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Plan } from '../../src/scenario/types.js';

const scenario = loadScenario('test/fixtures/optimize/two-shifts-map.yaml');
const base = scenario.plans[0]!;
const chosen: Plan = {
  ...base,
  name: 'optimized',
  officers: {
    ...base.officers,
    shifts: base.officers.shifts.map((s, i) => (i === 2 ? { ...s, cars: 0 } : s)),
  },
  platforms: [...base.platforms, { ...base.platforms[0]!, site: 'view' }],
};

function page(lang: 'en' | 'zh') {
  const html = optimizeMapSection({
    t: translator(lang),
    scenario,
    base,
    chosen,
    changes: ['view 0→1', 'lift unit 1→0'],
    siteName: (id) => `name-${id}`,
  });
  return { html, document: parseHTML(`<html><body>${html}</body></html>`).document };
}

/** The sites of one map (its figure) that carry a marker of the given class. */
function marked(
  document: ReturnType<typeof parseHTML>['document'],
  figure: string,
  marker: string,
): string[] {
  return [...document.querySelectorAll(`[data-chart="${figure}"] .map-site-group`)]
    .filter((g) => g.querySelector(`.${marker}`) !== null)
    .map((g) => g.getAttribute('data-site')!)
    .sort();
}

describe('optimizeMapSection', () => {
  const { html, document } = page('en');

  it("marks each plan's platforms and posts, and no post where the units are 0", () => {
    expect(marked(document, 'map-base', 'map-platform')).toEqual(['lot']);
    expect(marked(document, 'map-base', 'map-post')).toEqual(['lift']);
    expect(marked(document, 'map-base', 'map-station')).toEqual(['station']);
    expect(marked(document, 'map-chosen', 'map-platform')).toEqual(['lot', 'view']);
    expect(marked(document, 'map-chosen', 'map-post')).toEqual([]);
    expect(document.querySelectorAll('[data-chart="map-chosen"] .map-coverage')).toHaveLength(2);
  });

  it('lists the changes and what each plan posts where', () => {
    const items = [...document.querySelectorAll('ul.changes li')].map((li) => li.textContent);
    expect(items).toEqual(['view 0→1', 'lift unit 1→0']);
    const rows = [...document.querySelectorAll('table.posts tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      [
        'name-station',
        '2 officer unit(s) 07:00-11:00; 1 officer unit(s) 11:00-07:00',
        '2 officer unit(s) 07:00-11:00; 1 officer unit(s) 11:00-07:00',
      ],
      ['name-lot', 'platform, 1 staff', 'platform, 1 staff'],
      ['name-view', '–', 'platform, 1 staff'],
      ['name-lift', '1 officer unit(s) 09:00-15:00', '–'],
    ]);
    expect(html).toContain('The plan chosen on the map');
    // No incident records: a grey site is not said to have had no incidents.
    expect(html).not.toContain('No incidents at this site');
    expect(html).not.toContain('Site without incidents');
    expect(html).toContain('name-view: response times are not kept by optimize');
  });

  it('speaks Chinese with --lang zh', () => {
    const zh = page('zh').html;
    expect(zh).toContain('所选方案的地图');
    expect(zh).toContain('平台，1 名人员');
    expect(zh).not.toContain('The plan chosen');
  });
});
