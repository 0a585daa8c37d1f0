/** The space between a label's rule and its text, for start and end anchors. */
export const PAD = 4;

/** How event labels sit: 12 px apart, beside their rule on either side (the story's graphic and widgets alike). */
export const EVENT_LABELS = { gap: 12, anchors: ['start', 'end'] } as const;

/** A label that wants a place: the x of the point it names, its text width and how much it matters. */
export interface LabelRequest {
  id: string;
  x: number;
  width: number;
  /** Higher goes first; ties go left to right. */
  priority: number;
}

/** Where a label was put: its row, its text anchor and the horizontal extent it occupies. */
export interface PlacedLabel {
  id: string;
  row: number;
  anchor: 'start' | 'middle' | 'end';
  /** The x to write on the text element for that anchor. */
  x: number;
  left: number;
  right: number;
}

/** How much room there is: the number of rows, the usable width, the space kept between labels and the anchors to try. */
export interface PlacementSpace {
  rows: number;
  width: number;
  gap: number;
  anchors?: readonly PlacedLabel['anchor'][];
}

/**
 * Places labels greedily, most important first, in the first row and anchor where the label fits
 * inside the width without coming within `gap` of a label already placed. Row 0 is the top; each
 * label's leader rule runs the graphic's full height at its x, so no label may sit across another's
 * rule. A label that fits nowhere is left out: overlapping labels are never produced.
 */
export function placeLabels(requests: readonly LabelRequest[], space: PlacementSpace): PlacedLabel[] {
  const rows: PlacedLabel[][] = Array.from({ length: space.rows }, () => []);
  const queue = [...requests].sort((a, b) => b.priority - a.priority || a.x - b.x);
  const placed: PlacedLabel[] = [];
  for (const request of queue) {
    const spot = findSpot(request, rows, space);
    if (!spot) continue;
    rows[spot.row].push(spot);
    placed.push(spot);
  }
  return placed.sort((a, b) => a.row - b.row || a.left - b.left);
}

function findSpot(request: LabelRequest, rows: PlacedLabel[][], space: PlacementSpace): PlacedLabel | null {
  const placed = rows.flat();
  for (let row = 0; row < rows.length; row++) {
    for (const anchor of space.anchors ?? (['start', 'end', 'middle'] as const)) {
      const candidate = extent(request, row, anchor);
      if (candidate.left < 0 || candidate.right > space.width) continue;
      if (placed.every((p) => fitsBeside(candidate, p, space.gap))) return candidate;
    }
  }
  return null;
}

/** Apart in the same row; in any row, neither sits across the other's rule. */
function fitsBeside(a: PlacedLabel, b: PlacedLabel, gap: number): boolean {
  const clear = (label: PlacedLabel, x: number) => x < label.left - gap / 2 || x > label.right + gap / 2;
  if (a.row === b.row) return a.right + gap <= b.left || b.right + gap <= a.left;
  return clear(a, b.x) && clear(b, a.x);
}

function extent(request: LabelRequest, row: number, anchor: PlacedLabel['anchor']): PlacedLabel {
  const { id, x, width } = request;
  // Start and end anchors leave room for the rule beside the text (see PAD).
  const left = anchor === 'start' ? x + PAD : anchor === 'end' ? x - PAD - width : x - width / 2;
  return { id, row, anchor, x, left, right: left + width };
}
