/**
 * Placing the site names on the map so that they overlap neither each other nor the markers.
 * Greedy: each label in turn takes the first of eight positions around its marker that
 * collides with nothing placed so far and stays inside the map; when the eight next to the
 * marker are all taken it tries the same eight directions further out (up to `RINGS` steps of
 * one label height), and a label placed away from its marker gets a leader line. Only when no
 * position in any ring is free does it take the one with the least overlap. Good enough for the
 * tens of sites of a scenic area.
 */

/** How many rings of positions are tried around a marker. */
const RINGS = 5;

/** An axis-aligned box in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A label to place: its anchor point (the marker's centre) and its size. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label went: its box and the text anchor to draw it with. */
export interface PlacedLabel {
  readonly box: Box;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Placed away from its marker (a further ring): draw a line from the marker to it. */
  readonly leader: boolean;
}

/** Area of the intersection of two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Candidate boxes at distance `gap` from a marker, in order of preference. */
function candidates(r: LabelRequest, gap: number, leader: boolean): PlacedLabel[] {
  const { x, y, width: w, height: h } = r;
  const at = (bx: number, by: number, anchor: PlacedLabel['anchor']): PlacedLabel => ({
    box: { x: bx, y: by, width: w, height: h },
    anchor,
    leader,
  });
  return [
    at(x + gap, y - h / 2, 'start'),
    at(x - gap - w, y - h / 2, 'end'),
    at(x - w / 2, y - gap - h, 'middle'),
    at(x - w / 2, y + gap, 'middle'),
    at(x + gap, y - gap - h, 'start'),
    at(x + gap, y + gap, 'start'),
    at(x - gap - w, y - gap - h, 'end'),
    at(x - gap - w, y + gap, 'end'),
  ];
}

/** Every candidate of a label, ring by ring outwards (one label height per ring). */
function rings(r: LabelRequest, gap: number): PlacedLabel[][] {
  return Array.from({ length: RINGS }, (_, k) => candidates(r, gap + k * r.height * 1.5, k > 0));
}

/**
 * Places every label (in the given order).
 *
 * @param requests the labels with their anchors and sizes
 * @param obstacles boxes labels should avoid (the markers)
 * @param bounds the map; a label outside it counts as overlapping
 * @param gap distance from the anchor to the label
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  gap: number,
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const cost = (option: PlacedLabel) =>
    (option.box.width * option.box.height - overlapArea(option.box, bounds)) * 4 +
    taken.reduce((sum, b) => sum + overlapArea(option.box, b), 0);
  return requests.map((request) => {
    let best: PlacedLabel | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    search: for (const ring of rings(request, gap)) {
      for (const option of ring) {
        const c = cost(option);
        if (c < bestCost) {
          best = option;
          bestCost = c;
        }
        if (c === 0) break search;
      }
    }
    taken.push(best!.box);
    return best!;
  });
}
