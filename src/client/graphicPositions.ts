/** Puts every moving part of the graphic where the window says, as percentages of its width. */
import { type BaseType, select } from 'd3-selection';
import { axisTicks, type AxisTick } from '../lib/graphic/axisTicks.ts';
import { type DayScale, dayScale } from '../lib/graphic/dayScale.ts';
import { dodge } from '../lib/graphic/dodge.ts';
import type { Domain } from '../lib/graphic/timeWindow.ts';
import type { GraphicParts } from './graphicParts.ts';
import { placeMarks, positionShapes } from './graphicShapes.ts';

/** The smallest distance between two marks in one lane: a 24 px target each, plus a pixel to spare. */
const MARK_GAP = 25;

/**
 * Positions the shapes (marks dodged per lane unless `exact`, bars, bands, the overview bracket)
 * and the axis ticks. Print asks for `exact`: a still picture has no targets to keep apart.
 */
export function positionGraphic(
  svg: SVGSVGElement,
  parts: GraphicParts,
  domain: Domain,
  width: number,
  exact = false,
): void {
  placeMarks(parts, domain, width);
  if (!exact) spreadMarks(parts, width);
  positionShapes(parts, domain, width);
  positionTicks(svg, axisTicks(parts.origin, domain, width, [0, parts.total]), dayScale(domain, [0, width]), width);
}

/** Spreads each lane's marks at least MARK_GAP apart. */
function spreadMarks(parts: GraphicParts, width: number): void {
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

/** Joins the ticks to the axis: new ones enter, gone ones leave, the rest move. */
function positionTicks(svg: SVGSVGElement, ticks: AxisTick[], { px, pct }: DayScale, width: number): void {
  select(svg)
    .select('[data-axis]')
    .selectAll<SVGGElement, AxisTick>('g.tl-tick')
    .data(
      ticks.filter((t) => px(t.day) < width - 36),
      // Ticks drawn by the server carry no data yet: their key is their data-tick attribute.
      function (this: BaseType | SVGGElement, d: AxisTick) {
        return (d as AxisTick | undefined)?.iso ?? (this as Element).getAttribute('data-tick') ?? '';
      },
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tl-tick');
      g.append('line').attr('y2', 2000);
      g.append('text').attr('dx', 3).attr('y', -5);
      return g;
    })
    .attr('data-tick', (d) => d.iso)
    .call((g) =>
      g
        .select('line')
        .attr('x1', (d) => pct(d.day))
        .attr('x2', (d) => pct(d.day)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => pct(d.day))
        .text((d) => d.label),
    );
}
