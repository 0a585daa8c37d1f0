/** Which marks a move between two windows needs to redraw frame by frame. */
import type { MarkNode } from './graphicParts.ts';

/** How far past an edge a mark's 24 px target can still show. */
const EDGE = 24;

/**
 * The marks that a move can bring into view: all but those beyond the same edge of the graphic both
 * before (`start`, where each is drawn now) and after it (their `x` now). A date's position moves
 * monotonically between two windows, so such a mark stays out of sight all the way; it is written
 * once, when the move ends, which saves the frames in between a third or more of their work.
 */
export function movingMarks(marks: readonly MarkNode[], start: readonly number[], width: number): Set<MarkNode> {
  const beyond = (x: number) => (x < -EDGE ? -1 : x > width + EDGE ? 1 : 0);
  return new Set(marks.filter((m, i) => beyond(m.x) === 0 || beyond(m.x) !== beyond(start[i])));
}
