import { describe, expect, it } from 'vitest';
import {
  distanceMetres,
  fitProjection,
  scaleBarMetres,
  straightLineWalkingSpeed,
} from '../../../src/report/charts/map-geometry.js';
import { overlapArea, placeLabels } from '../../../src/report/charts/map-labels.js';

describe('map geometry', () => {
  it('measures a degree of latitude as 111.32 km and shrinks longitude by cos(latitude)', () => {
    expect(distanceMetres({ lat: 0, lon: 0 }, { lat: 0.001, lon: 0 })).toBeCloseTo(111.32, 6);
    expect(distanceMetres({ lat: 60, lon: 0 }, { lat: 60, lon: 0.002 })).toBeCloseTo(111.32, 6);
  });

  it('projects with north up and the same metres per pixel in both directions', () => {
    const points = [
      { lat: 29.347, lon: 110.446 },
      { lat: 29.3525, lon: 110.46 },
      { lat: 29.35, lon: 110.454 },
    ];
    const projection = fitProjection(points, 900, 600, 40);
    expect(projection.width).toBeLessThanOrEqual(900 + 1e-9);
    expect(projection.height).toBeLessThanOrEqual(600 + 1e-9);
    const pixels = points.map((p) => projection.project(p));
    const [a, b] = pixels;
    // Further north is higher up (smaller y); further east is further right.
    expect(b![1]).toBeLessThan(a![1]);
    expect(b![0]).toBeGreaterThan(a![0]);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const length = Math.hypot(pixels[i]![0] - pixels[j]![0], pixels[i]![1] - pixels[j]![1]);
      const metres = distanceMetres(points[i]!, points[j]!);
      // Equirectangular at the mean latitude: within 0.1 % over a few hundred metres.
      expect(Math.abs(length * projection.metresPerPixel - metres) / metres).toBeLessThan(1e-3);
    }
    for (const [x, y] of pixels) {
      expect(x).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(y).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(x).toBeLessThanOrEqual(projection.width - 40 + 1e-9);
      expect(y).toBeLessThanOrEqual(projection.height - 40 + 1e-9);
    }
  });

  it('takes the median straight-line speed of the walking links', () => {
    const origin = { lat: 0, lon: 0 };
    const north = (metres: number) => ({ lat: metres / 111_320, lon: 0 });
    const legs = [
      { from: origin, to: north(100), minutes: 10 }, // 10 m/min
      { from: origin, to: north(300), minutes: 10 }, // 30 m/min
      { from: origin, to: north(400), minutes: 20 }, // 20 m/min
    ];
    expect(straightLineWalkingSpeed(legs)).toBeCloseTo(20, 9);
    expect(straightLineWalkingSpeed(legs.slice(0, 2))).toBeCloseTo(20, 9);
    expect(straightLineWalkingSpeed([])).toBeNull();
  });

  it('picks a round scale-bar length near the wanted size', () => {
    expect(scaleBarMetres(2, 100)).toBe(200);
    expect(scaleBarMetres(4.2, 120)).toBe(500);
    expect(scaleBarMetres(0.9, 100)).toBe(100);
  });
});

describe('map labels', () => {
  it('computes the overlap of two boxes', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlapArea(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(0);
  });

  it('places crowded labels without overlapping each other, the markers or the edge', () => {
    // Four markers 20 px apart on a line, labels 60 × 13 px.
    const requests = [100, 120, 140, 160].map((x) => ({ x, y: 100, width: 60, height: 13 }));
    const markers = requests.map((r) => ({ x: r.x - 8, y: r.y - 8, width: 16, height: 16 }));
    const bounds = { x: 0, y: 0, width: 300, height: 200 };
    const placed = placeLabels(requests, markers, bounds, 10);
    const boxes = placed.map((p) => p.box);
    for (const [i, box] of boxes.entries()) {
      expect(overlapArea(box, bounds)).toBeCloseTo(box.width * box.height, 9);
      for (const marker of markers) expect(overlapArea(box, marker)).toBe(0);
      for (const other of boxes.slice(i + 1)) expect(overlapArea(box, other)).toBe(0);
    }
  });

  it('moves a label at the right edge to the left of its marker', () => {
    const [label] = placeLabels(
      [{ x: 290, y: 50, width: 60, height: 13 }],
      [],
      { x: 0, y: 0, width: 300, height: 100 },
      10,
    );
    expect(label!.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(290);
  });
});

describe('map labels in a dense cluster', () => {
  it('moves labels further out, with a leader line, rather than overlap', () => {
    // Nine markers 16 px apart in a 3 × 3 grid: every place next to the middle marker touches
    // a neighbouring marker, so at least its label must go further out.
    const requests = [0, 1, 2].flatMap((col) =>
      [0, 1, 2].map((row) => ({ x: 150 + 16 * col, y: 100 + 16 * row, width: 70, height: 13 })),
    );
    const markers = requests.map((r) => ({ x: r.x - 6, y: r.y - 6, width: 12, height: 12 }));
    const bounds = { x: 0, y: 0, width: 400, height: 240 };
    const placed = placeLabels(requests, markers, bounds, 8);
    const boxes = placed.map((p) => p.box);
    for (const [i, box] of boxes.entries()) {
      expect(overlapArea(box, bounds)).toBeCloseTo(box.width * box.height, 9);
      for (const marker of markers) expect(overlapArea(box, marker)).toBe(0);
      for (const other of boxes.slice(i + 1)) expect(overlapArea(box, other)).toBe(0);
    }
    expect(placed.some((p) => p.leader)).toBe(true);
    // A label next to its marker has no leader; one further out does.
    for (const [i, p] of placed.entries()) {
      const r = requests[i]!;
      const dx = Math.max(p.box.x - r.x, r.x - (p.box.x + p.box.width), 0);
      const dy = Math.max(p.box.y - r.y, r.y - (p.box.y + p.box.height), 0);
      expect(p.leader).toBe(Math.max(dx, dy) > 8 + 1e-9);
    }
  });
});
