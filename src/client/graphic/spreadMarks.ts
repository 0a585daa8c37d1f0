/** The story's dodging: crowded marks in a lane spread apart so each stays a 24 px target (WCAG 2.5.8). */
import { dodge } from '../../lib/graphic/dodge.ts';
import type { GraphicParts } from './graphicParts.ts';

/** The smallest distance between two marks in one lane: a 24 px target each, plus a pixel to spare. */
const MARK_GAP = 25;

/** Spreads each lane's marks at least MARK_GAP apart. */
export function spreadMarks(parts: GraphicParts, width: number): void {
  // Only marks in (or within a target of) the window are spread: one far outside never pulls another into view at a false date.
  const lanes = new Map<number, typeof parts.marks>();
  for (const m of parts.marks) {
    const near = m.x >= -MARK_GAP && m.x <= width + MARK_GAP;
    if (!m.hidden && near) lanes.set(m.lane, [...(lanes.get(m.lane) ?? []), m]);
  }
  for (const lane of lanes.values()) {
    const xs = dodge(
      lane.map((m) => m.x),
      MARK_GAP,
      [-Infinity, Infinity],
    );
    lane.forEach((m, i) => (m.x = xs[i]));
  }
}
