/**
 * Geometry of the schematic site map: an equirectangular projection of the sites' latitude and
 * longitude (fine over a scenic area a few kilometres across), distances in metres, and the
 * straight-line walking speed that turns a platform's coverage minutes into a circle.
 */

/** Metres per degree of latitude (and of longitude at the equator). */
const METRES_PER_DEGREE = 111_320;

/** A point with coordinates. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Projects coordinates to SVG pixels. */
export interface MapProjection {
  readonly width: number;
  readonly height: number;
  /** Pixel position of a point (x right, y down; north is up). */
  project(point: GeoPoint): readonly [number, number];
  /** Metres that one pixel stands for. */
  readonly metresPerPixel: number;
}

/**
 * Straight-line distance in metres on the equirectangular approximation.
 *
 * @example distanceMetres({ lat: 0, lon: 0 }, { lat: 0.001, lon: 0 }) // ≈ 111.3
 */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const cos = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (b.lon - a.lon) * cos * METRES_PER_DEGREE;
  const dy = (b.lat - a.lat) * METRES_PER_DEGREE;
  return Math.hypot(dx, dy);
}

/**
 * A projection that fits the points into a box of at most `maxWidth` × `maxHeight` pixels with
 * `padding` on each side, keeping distances true in both directions (x is longitude scaled by
 * the cosine of the mean latitude).
 *
 * @throws RangeError for no points
 */
export function fitProjection(
  points: readonly GeoPoint[],
  maxWidth: number,
  maxHeight: number,
  padding: number,
): MapProjection {
  if (points.length === 0) throw new RangeError('a map needs at least one site with coordinates');
  const meanLat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const cos = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p.lon * cos);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  // A single site (or sites on one line) still needs a finite scale: assume 1 km of extent.
  const spanX = Math.max(maxX - minX, 1000 / METRES_PER_DEGREE);
  const spanY = Math.max(maxY - minY, 1000 / METRES_PER_DEGREE);
  const scale = Math.min((maxWidth - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
  const width = spanX * scale + 2 * padding;
  const height = spanY * scale + 2 * padding;
  const offsetX = padding + (spanX - (maxX - minX)) * scale * 0.5;
  const offsetY = padding + (spanY - (maxY - minY)) * scale * 0.5;
  return {
    width,
    height,
    metresPerPixel: METRES_PER_DEGREE / scale,
    project: (p) => [offsetX + (p.lon * cos - minX) * scale, offsetY + (maxY - p.lat) * scale],
  };
}

/** A walking link between two sites with coordinates. */
export interface WalkLeg {
  readonly from: GeoPoint;
  readonly to: GeoPoint;
  readonly minutes: number;
}

/**
 * The median straight-line speed (metres per minute) of the scenario's walking links: how far,
 * as the crow flies, its walkers get per minute. Used to draw coverage minutes as a circle
 * consistent with the scenario's own map. Null without a usable link.
 */
export function straightLineWalkingSpeed(legs: readonly WalkLeg[]): number | null {
  const speeds = legs
    .filter((leg) => leg.minutes > 0)
    .map((leg) => distanceMetres(leg.from, leg.to) / leg.minutes)
    .filter((speed) => speed > 0)
    .sort((a, b) => a - b);
  if (speeds.length === 0) return null;
  const mid = Math.floor(speeds.length / 2);
  return speeds.length % 2 === 1 ? speeds[mid]! : (speeds[mid - 1]! + speeds[mid]!) / 2;
}

/**
 * A round scale-bar length (1, 2 or 5 × a power of ten metres) close to `targetPixels` long.
 *
 * @example scaleBarMetres(2, 100) // 200 (100 px at 2 m per pixel)
 */
export function scaleBarMetres(metresPerPixel: number, targetPixels: number): number {
  const target = metresPerPixel * targetPixels;
  const power = 10 ** Math.floor(Math.log10(target));
  const steps = [1, 2, 5, 10].map((s) => s * power);
  return steps.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best));
}
