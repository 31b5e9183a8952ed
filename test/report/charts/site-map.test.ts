/*
 * The map marks every base of a plan: the station (a filled diamond), and each site where a
 * shift is based with a diamond outline round the site's circle, named a joint post in its
 * title when a platform is posted there too. Sites: the station, a lot (officers on foot posted
 * there), Mihuntai (an e-bike pair at its platform: a joint post), a viewpoint (nothing).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/messages.js';
import { STATION_COLOR, siteMapSvg } from '../../../src/report/charts/site-map.js';
import type { Plan, Site } from '../../../src/scenario/types.js';

const SITES: Site[] = [
  { id: 'station', name: 'Station', kind: 'station', lat: 29.348, lon: 110.45 },
  { id: 'lot', name: 'Lot', kind: 'parking', lat: 29.352, lon: 110.456 },
  { id: 'mihuntai', name: 'Mihuntai', kind: 'parking', lat: 29.35, lon: 110.462 },
  { id: 'view', name: 'View', kind: 'viewpoint', lat: 29.356, lon: 110.46 },
];

const DAY = { start: '07:00', end: '19:00', crew: 2, cars: 1 } as const;

function plan(shifts: Plan['officers']['shifts']): Plan {
  return {
    name: 'p',
    description: '',
    dispatch: 'nearest',
    officers: { base: 'station', shifts },
    platforms: [
      { site: 'mihuntai', staff: 2, coverageMinutes: 10, hours: { start: '07:00', end: '19:00' } },
    ],
    patrols: [],
    cost: undefined,
  };
}

function drawn(shifts: Plan['officers']['shifts']) {
  const svg = siteMapSvg({
    sites: SITES,
    plan: plan(shifts),
    covered: new Set(),
    response: null,
    responseColor: () => '#000',
    walkingMetresPerMinute: 50,
    siteName: (id) => id,
    t: translator('en'),
  })!;
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const group = (site: string) => document.querySelector(`[data-site="${site}"]`)!;
  const posts = [...document.querySelectorAll('.map-post')].map((post) =>
    post.parentElement!.getAttribute('data-site'),
  );
  return { document, group, posts };
}

describe('the site map’s bases', () => {
  const { document, group, posts } = drawn([
    DAY,
    { ...DAY, base: 'lot', mode: 'foot' },
    { ...DAY, base: 'mihuntai', mode: 'ebike' },
  ]);

  it('marks the station, a police post and a joint post, and nothing at the other sites', () => {
    expect(document.querySelectorAll('.map-station')).toHaveLength(1);
    expect(group('station').querySelector('.map-station')).not.toBeNull();
    expect(posts).toEqual(['lot', 'mihuntai']);
  });

  it('names the post and the joint post in their titles', () => {
    expect(group('lot').querySelector('title')!.textContent).toContain('· police post');
    expect(group('mihuntai').querySelector('title')!.textContent).toContain(
      '· joint police–community post',
    );
    expect(group('view').querySelector('title')!.textContent).not.toContain('post');
  });

  it('draws officers on a patrol route as a route in the station’s colour, not as a post', () => {
    const { document, posts } = drawn([
      DAY,
      { ...DAY, mode: 'foot', patrol: { route: ['lot', 'view'], dwellMinutes: 10 } },
    ]);
    expect(posts).toEqual([]);
    const [route] = [...document.querySelectorAll('polygon.map-route')];
    expect(route!.getAttribute('stroke')).toBe(STATION_COLOR);
    expect(route!.querySelector('title')!.textContent).toBe('Officers on a patrol route, shift 2');
  });

  it('draws no post for a plan whose shifts all stay at the station', () => {
    expect(drawn([DAY, { ...DAY, start: '19:00', end: '07:00' }]).posts).toEqual([]);
  });
});
