/**
 * The schematic site map of one plan, as hand-written SVG: the sites from their coordinates,
 * coloured by mean response time; the officers' station and every police post where a shift is
 * based (a post at a platform is a joint post); the plan's platform posts with their
 * coverage circles and the sites the model counts as covered; its patrol routes; site names as
 * written in the scenario; a scale bar and a north arrow.
 */
import type { Translate } from '../../i18n/messages.js';
import { officerBases } from '../../scenario/officer-bases.js';
import type { Plan, Site } from '../../scenario/types.js';
import type { SiteResponse } from '../data/response-times.js';
import { escapeHtml, formatNumber } from '../format.js';
import {
  fitProjection,
  type GeoPoint,
  type MapProjection,
  scaleBarMetres,
} from './map-geometry.js';
import { type Box, type LabelRequest, placeLabels } from './map-labels.js';
import { NO_DATA_COLOR } from './palette.js';
import { estimateTextWidth, labelLines } from './text-width.js';

const MAX_WIDTH = 960;
const MAX_HEIGHT = 600;
const PADDING = 56;
const SITE_RADIUS = 7;
/** Half-diagonal of a police post's diamond outline (round a site's circle). */
const POST_RADIUS = 13;
const LABEL_FONT_SIZE = 11;
const LINE_HEIGHT = 13;
/** Dark, distinct colours for patrol routes (apart from the response colours of the sites). */
const ROUTE_COLORS = ['#2e7d32', '#6a1b9a', '#00838f', '#5d4037', '#ad1457'];
/** Fill of the station's diamond on the map and in its legend. */
export const STATION_COLOR = '#1f3a93';
/** Frame of a platform post's square on the map and in its legend. */
export const PLATFORM_COLOR = '#222222';

/** A site that can be drawn. */
type PlacedSite = Site & GeoPoint;

/** What one plan's map shows. */
export interface SiteMapInput {
  readonly sites: readonly Site[];
  readonly plan: Plan;
  /** Sites within walking coverage of one of the plan's platforms, as the model counts it. */
  readonly covered: ReadonlySet<string>;
  /** Mean alert-to-first minutes by site; null when the plan has no incident records. */
  readonly response: ReadonlyMap<string, SiteResponse> | null;
  readonly responseColor: (minutes: number) => string;
  /** Straight-line metres walked per minute, to draw coverage minutes as a radius. */
  readonly walkingMetresPerMinute: number;
  /** A site's name in the report's language. */
  readonly siteName: (id: string) => string;
  readonly t: Translate;
}

/** The sites that have both coordinates. */
export function sitesWithCoordinates(sites: readonly Site[]): PlacedSite[] {
  return sites.filter(
    (s): s is PlacedSite => typeof s.lat === 'number' && typeof s.lon === 'number',
  );
}

/**
 * The map's SVG markup, or null when no site has coordinates.
 *
 * @example
 * ```ts
 * siteMapSvg({ sites, plan, covered, response, responseColor, walkingMetresPerMinute: 40, t });
 * ```
 */
export function siteMapSvg(input: SiteMapInput): string | null {
  const placed = sitesWithCoordinates(input.sites);
  if (placed.length === 0) return null;
  const projection = fitProjection(placed, MAX_WIDTH, MAX_HEIGHT, PADDING);
  const at = new Map(placed.map((s) => [s.id, projection.project(s)]));
  const { width, height } = projection;
  const parts = [
    `<rect class="map-background" x="0" y="0" width="${round(width)}" height="${round(height)}"/>`,
    coverageCircles(input, at, projection),
    patrolRoutes(input.plan, at, input.t),
    ...placed.map((site) => siteMarker(site, at.get(site.id)!, input)),
    siteLabels(placed, at, width, height, input.siteName),
    scaleBar(projection, input.t),
    northArrow(width, input.t),
  ];
  return (
    `<svg class="site-map" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" ` +
    `height="${round(height)}" role="img" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`
  );
}

/** A dashed circle around each platform post: its coverage minutes at the walking speed. */
function coverageCircles(
  input: SiteMapInput,
  at: ReadonlyMap<string, readonly [number, number]>,
  projection: MapProjection,
): string {
  return input.plan.platforms
    .map((post) => {
      const centre = at.get(post.site);
      if (centre === undefined) return '';
      const radius =
        (post.coverageMinutes * input.walkingMetresPerMinute) / projection.metresPerPixel;
      return `<circle class="map-coverage" cx="${round(centre[0])}" cy="${round(centre[1])}" r="${round(radius)}"/>`;
    })
    .join('');
}

/**
 * Each patrol's loop: its stops joined in walking order, back to the first. Volunteer routes in
 * the route colours, officers' routes (shifts with a `patrol`) in the station's colour.
 */
function patrolRoutes(
  plan: Plan,
  at: ReadonlyMap<string, readonly [number, number]>,
  t: Translate,
): string {
  const volunteers = plan.patrols.map((patrol, i) =>
    routeLine(patrol.route, ROUTE_COLORS[i % ROUTE_COLORS.length]!, patrol.id, at),
  );
  const officers = plan.officers.shifts.map((shift, s) =>
    shift.patrol === undefined
      ? ''
      : routeLine(shift.patrol.route, STATION_COLOR, t('map.officerPatrol', { shift: s + 1 }), at),
  );
  return [...volunteers, ...officers].join('');
}

/** One loop through the stops that have coordinates. */
function routeLine(
  route: readonly string[],
  color: string,
  title: string,
  at: ReadonlyMap<string, readonly [number, number]>,
): string {
  const points = route.map((id) => at.get(id)).filter((p) => p !== undefined);
  if (points.length < 2) return '';
  const list = points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
  return `<polygon class="map-route" points="${list}" stroke="${color}"><title>${escapeHtml(title)}</title></polygon>`;
}

/**
 * A site: a circle in its response colour (grey without incidents), a ring when covered, a
 * square frame when a platform is posted there, a diamond for the officers' station, a diamond
 * outline round the circle for a police post (a shift based there; with the square, a joint
 * post).
 */
function siteMarker(
  site: PlacedSite,
  [x, y]: readonly [number, number],
  input: SiteMapInput,
): string {
  const response = input.response?.get(site.id);
  const fill = response ? input.responseColor(response.mean) : NO_DATA_COLOR;
  const name = input.siteName(site.id);
  const title = response
    ? `${name}: ${formatNumber(response.mean, 1)} ${input.t('unit.min')}, ${input.t('map.incidentsAt', { count: response.incidents })}`
    : `${name}: ${input.t('map.noData')}`;
  const cx = round(x);
  const cy = round(y);
  const isBase = site.id === input.plan.officers.base || site.kind === 'station';
  const hasPlatform = input.plan.platforms.some((post) => post.site === site.id);
  const isPost = !isBase && officerBases(input.plan.officers).includes(site.id);
  const shapes = [
    input.covered.has(site.id)
      ? `<circle class="map-covered" cx="${cx}" cy="${cy}" r="${SITE_RADIUS + 4}"/>`
      : '',
    hasPlatform
      ? `<rect class="map-platform" x="${round(x - 11)}" y="${round(y - 11)}" width="22" height="22"/>`
      : '',
    isBase
      ? `<path class="map-station" d="M${cx},${round(y - 10)}L${round(x + 10)},${cy}L${cx},${round(y + 10)}L${round(x - 10)},${cy}Z"/>`
      : `<circle class="map-site" cx="${cx}" cy="${cy}" r="${SITE_RADIUS}" fill="${fill}"/>`,
    isPost ? postOutline(x, y) : '',
  ];
  const titled = isPost
    ? `${title} · ${input.t(hasPlatform ? 'map.jointPost' : 'map.post')}`
    : title;
  return `<g class="map-site-group" data-site="${escapeHtml(site.id)}"><title>${escapeHtml(titled)}</title>${shapes.join('')}</g>`;
}

/**
 * A police post: a diamond outline in the station's colour round the site's circle (which keeps
 * its response colour).
 */
function postOutline(x: number, y: number): string {
  const r = POST_RADIUS;
  return `<path class="map-post" d="M${round(x)},${round(y - r)}L${round(x + r)},${round(y)}L${round(x)},${round(y + r)}L${round(x - r)},${round(y)}Z" fill="none" stroke="${STATION_COLOR}" stroke-width="2.5"/>`;
}

/** Every site's name, placed to avoid the markers and each other. */
function siteLabels(
  sites: readonly PlacedSite[],
  at: ReadonlyMap<string, readonly [number, number]>,
  width: number,
  height: number,
  siteName: (id: string) => string,
): string {
  const lines = sites.map((s) => labelLines(siteName(s.id)));
  const requests: LabelRequest[] = sites.map((s, i) => {
    const [x, y] = at.get(s.id)!;
    const texts = lines[i]!;
    return {
      x,
      y,
      // The estimate is an average glyph width: a little slack keeps real text inside its box.
      width: Math.max(...texts.map((line) => estimateTextWidth(line, LABEL_FONT_SIZE))) + 4,
      height: texts.length * LINE_HEIGHT,
    };
  });
  const markers: Box[] = requests.map((r) => ({ x: r.x - 12, y: r.y - 12, width: 24, height: 24 }));
  const placed = placeLabels(requests, markers, { x: 0, y: 0, width, height }, 14);
  return placed
    .map((label, i) => {
      const x =
        label.anchor === 'start'
          ? label.box.x
          : label.anchor === 'end'
            ? label.box.x + label.box.width
            : label.box.x + label.box.width / 2;
      const spans = lines[i]!.map(
        (line, k) =>
          `<tspan x="${round(x)}" y="${round(label.box.y + (k + 0.8) * LINE_HEIGHT)}">${escapeHtml(line)}</tspan>`,
      ).join('');
      const leader = label.leader ? leaderLine(requests[i]!, label.box) : '';
      return `${leader}<text class="map-label" text-anchor="${label.anchor}">${spans}</text>`;
    })
    .join('');
}

/** A thin line from a marker's edge to the nearest point of its label, placed further out. */
function leaderLine(marker: LabelRequest, box: Box): string {
  const tx = Math.min(Math.max(marker.x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(marker.y, box.y), box.y + box.height);
  const length = Math.hypot(tx - marker.x, ty - marker.y);
  if (length <= SITE_RADIUS) return '';
  const fx = marker.x + ((tx - marker.x) * SITE_RADIUS) / length;
  const fy = marker.y + ((ty - marker.y) * SITE_RADIUS) / length;
  return `<line class="map-leader" x1="${round(fx)}" y1="${round(fy)}" x2="${round(tx)}" y2="${round(ty)}"/>`;
}

/** A scale bar in the bottom-left corner. */
function scaleBar(projection: MapProjection, t: Translate): string {
  const metres = scaleBarMetres(projection.metresPerPixel, 120);
  const length = metres / projection.metresPerPixel;
  const x = 16;
  const y = projection.height - 16;
  return (
    `<g class="map-scale"><path d="M${x},${round(y - 5)}V${round(y)}H${round(x + length)}V${round(y - 5)}"/>` +
    `<text x="${round(x + length / 2)}" y="${round(y - 8)}" text-anchor="middle">${escapeHtml(t('map.scale', { meters: metres.toLocaleString('en-US') }))}</text></g>`
  );
}

/** A north arrow in the top-right corner. */
function northArrow(width: number, t: Translate): string {
  const x = round(width - 24);
  return (
    `<g class="map-north"><path d="M${x},12L${x + 6},30L${x},26L${x - 6},30Z"/>` +
    `<text x="${x}" y="44" text-anchor="middle">${escapeHtml(t('map.north'))}</text></g>`
  );
}

/** Pixels to two decimals: enough for a crisp drawing, short in the file. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
