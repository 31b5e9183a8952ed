/**
 * Placing the site names on the map so that they overlap neither each other nor the markers.
 * Greedy: each label in turn takes the first of eight positions around its marker that
 * collides with nothing placed so far and stays inside the map; when none is free, the one
 * with the least overlap. Good enough for the tens of sites of a scenic area.
 */

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
}

/** Area of the intersection of two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Candidate boxes around a marker of radius `gap`, in order of preference. */
function candidates(r: LabelRequest, gap: number): PlacedLabel[] {
  const { x, y, width: w, height: h } = r;
  const box = (bx: number, by: number): Box => ({ x: bx, y: by, width: w, height: h });
  return [
    { box: box(x + gap, y - h / 2), anchor: 'start' },
    { box: box(x - gap - w, y - h / 2), anchor: 'end' },
    { box: box(x - w / 2, y - gap - h), anchor: 'middle' },
    { box: box(x - w / 2, y + gap), anchor: 'middle' },
    { box: box(x + gap, y - gap - h), anchor: 'start' },
    { box: box(x + gap, y + gap), anchor: 'start' },
    { box: box(x - gap - w, y - gap - h), anchor: 'end' },
    { box: box(x - gap - w, y + gap), anchor: 'end' },
  ];
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
  return requests.map((request) => {
    let best: PlacedLabel | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const option of candidates(request, gap)) {
      const outside = option.box.width * option.box.height - overlapArea(option.box, bounds);
      const cost = outside * 4 + taken.reduce((sum, b) => sum + overlapArea(option.box, b), 0);
      if (cost < bestCost) {
        best = option;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    taken.push(best!.box);
    return best!;
  });
}
