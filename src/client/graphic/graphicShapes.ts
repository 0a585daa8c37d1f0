/**
 * Puts the graphic's shapes where a window says: marks, span bars and chapter bands. Marks keep moving by their cx percentages (not a transform): the page without JavaScript
 * and print draw from the same attributes, and the SVG's own containment (timeline.css) keeps the
 * work inside it.
 */
import { dayScale, percentOf } from '../../lib/graphic/dayScale.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import type { GraphicParts, MarkNode, SpanNode } from './graphicParts.ts';

/** Sets every mark's x to its exact date's pixel in `domain` drawn `width` pixels wide. */
export function placeMarks(parts: GraphicParts, domain: Domain, width: number): void {
  const { px } = dayScale(domain, [0, width]);
  for (const m of parts.marks) m.x = px(m.day);
}

/**
 * Writes the marks (at their x) and the span shapes (bars and bands) as percentages of the width: only
 * those in `marks` and `spans` if given, as a move's frames do.
 */
export function positionShapes(
  parts: GraphicParts,
  domain: Domain,
  width: number,
  marks: Iterable<MarkNode> = parts.marks,
  spans: Iterable<SpanNode> = [...parts.bars, ...parts.bands],
): void {
  const scale = dayScale(domain, [0, width]);
  for (const m of marks) for (const c of m.el.children) c.setAttribute('cx', percentOf(m.x, width));
  for (const part of spans) {
    part.el.setAttribute('x', scale.pct(part.span[0]));
    part.el.setAttribute('width', scale.extent(part.span));
  }
}
