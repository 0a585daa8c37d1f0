/** Which marks and span shapes a move between two windows needs to redraw frame by frame. */
import { dayScale } from '../../lib/graphic/dayScale.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import type { MarkNode, SpanNode } from './graphicParts.ts';

/** How far past an edge a mark's 24 px target can still show. */
const EDGE = 24;

/** Where a shape from `left` to `right` (px) lies: -1 beyond the left edge, 1 beyond the right, 0 in view. */
const side = (left: number, right: number, width: number) => (right < -EDGE ? -1 : left > width + EDGE ? 1 : 0);

/**
 * The marks that a move can bring into view: all but those beyond the same edge of the graphic both
 * before (`start`, where each is drawn now) and after it (their `x` now). A date's position moves
 * monotonically between two windows, so such a mark stays out of sight all the way; it is written
 * once, when the move ends, which saves the frames in between a third or more of their work.
 */
export function movingMarks(marks: readonly MarkNode[], start: readonly number[], width: number): Set<MarkNode> {
  return new Set(
    marks.filter((m, i) => {
      const after = side(m.x, m.x, width);
      return after === 0 || after !== side(start[i], start[i], width);
    }),
  );
}

/**
 * The span shapes (chapter bands, span bars) a move from `from` to `to` can bring into view, by the
 * same rule for both ends of each span. They were half of a move frame's attribute writes, most of
 * them on shapes in other chapters, out of sight all the way.
 */
export function movingSpans(spans: readonly SpanNode[], from: Domain, to: Domain, width: number): Set<SpanNode> {
  const before = dayScale(from, [0, width]).px;
  const after = dayScale(to, [0, width]).px;
  return new Set(
    spans.filter(({ span: [a, b] }) => {
      const end = side(after(a), after(b), width);
      return end === 0 || end !== side(before(a), before(b), width);
    }),
  );
}
