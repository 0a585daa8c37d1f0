/** Puts every moving part of the graphic where the window says, as percentages of its width. */
import { type BaseType, select } from 'd3-selection';
import { axisTicks, type AxisTick } from '../lib/axisTicks.ts';
import { dodge } from '../lib/dodge.ts';
import { type Domain, percentIn } from '../lib/timeWindow.ts';
import type { GraphicParts } from './graphicParts.ts';

/** The smallest distance between two marks in one lane: a 24 px target each, plus a pixel to spare. */
const MARK_GAP = 25;

/**
 * Positions marks (dodged per lane unless `exact`), span bars, chapter bands, axis ticks and the
 * overview bracket. Print asks for `exact`: a still picture has no targets to keep apart.
 */
export function positionGraphic(
  svg: SVGSVGElement,
  parts: GraphicParts,
  domain: Domain,
  width: number,
  exact = false,
): void {
  const pct = (px: number) => `${Math.round((px / width) * 10_000) / 100}%`;
  const px = (day: number) => ((day - domain[0]) / (domain[1] - domain[0])) * width;
  // Only marks in (or within a target of) the window are spread: one far outside never pulls another into view at a false date.
  const lanes = new Map<number, typeof parts.marks>();
  for (const m of parts.marks) {
    m.x = px(m.day);
    const near = m.x >= -MARK_GAP && m.x <= width + MARK_GAP;
    if (!m.hidden && near && !exact) lanes.set(m.lane, [...(lanes.get(m.lane) ?? []), m]);
  }
  for (const lane of lanes.values()) {
    const xs = dodge(
      lane.map((m) => m.x),
      MARK_GAP,
      [-Infinity, Infinity],
    );
    lane.forEach((m, i) => (m.x = xs[i]));
  }
  for (const m of parts.marks) for (const c of m.el.children) c.setAttribute('cx', pct(m.x));
  for (const part of [...parts.bars, ...parts.bands]) {
    part.el.setAttribute('x', pct(px(part.span[0])));
    part.el.setAttribute('width', pct(px(part.span[1]) - px(part.span[0])));
  }
  positionTicks(svg, axisTicks(parts.origin, domain, width, [0, parts.total]), px, pct, width);
  if (parts.window) {
    parts.window.setAttribute('x', `${percentIn(parts.full, domain[0])}%`);
    parts.window.setAttribute(
      'width',
      `${Math.round((percentIn(parts.full, domain[1]) - percentIn(parts.full, domain[0])) * 100) / 100}%`,
    );
  }
}

/** Joins the ticks to the axis: new ones enter, gone ones leave, the rest move. */
function positionTicks(
  svg: SVGSVGElement,
  ticks: AxisTick[],
  px: (day: number) => number,
  pct: (px: number) => string,
  width: number,
): void {
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
        .attr('x1', (d) => pct(px(d.day)))
        .attr('x2', (d) => pct(px(d.day))),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => pct(px(d.day)))
        .text((d) => d.label),
    );
}
