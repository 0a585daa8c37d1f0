/**
 * Puts the graphic's shapes where a window says: marks, span bars, chapter bands and the overview
 * bracket. Free of d3 and of dodging, so widgets (exact dates, a 4 KB script budget) share it with
 * the story, which spreads crowded marks and draws the axis on top (graphicPositions.ts).
 */
import { type Domain, percentIn } from '../lib/graphic/timeWindow.ts';
import type { GraphicParts } from './graphicParts.ts';

/** Sets every mark's x to its exact date's pixel in `domain` drawn `width` pixels wide. */
export function placeMarks(parts: GraphicParts, domain: Domain, width: number): void {
  for (const m of parts.marks) m.x = ((m.day - domain[0]) / (domain[1] - domain[0])) * width;
}

/** Writes the marks (at their x), bars, bands and overview bracket as percentages of the width. */
export function positionShapes(parts: GraphicParts, domain: Domain, width: number): void {
  const pct = (px: number) => `${Math.round((px / width) * 10_000) / 100}%`;
  const px = (day: number) => ((day - domain[0]) / (domain[1] - domain[0])) * width;
  for (const m of parts.marks) for (const c of m.el.children) c.setAttribute('cx', pct(m.x));
  for (const part of [...parts.bars, ...parts.bands]) {
    part.el.setAttribute('x', pct(px(part.span[0])));
    part.el.setAttribute('width', pct(px(part.span[1]) - px(part.span[0])));
  }
  if (parts.window) {
    parts.window.setAttribute('x', `${percentIn(parts.full, domain[0])}%`);
    parts.window.setAttribute(
      'width',
      `${Math.round((percentIn(parts.full, domain[1]) - percentIn(parts.full, domain[0])) * 100) / 100}%`,
    );
  }
}
