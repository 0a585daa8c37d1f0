/** Puts every moving part of the graphic where the window says, as percentages of its width. */
import { axisTicks, type AxisTick } from '../../lib/graphic/axisTicks.ts';
import { type DayScale, dayScale } from '../../lib/graphic/dayScale.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import type { GraphicParts, MarkNode, SpanNode } from './graphicParts.ts';
import { placeMarks, positionShapes } from './graphicShapes.ts';
import { keyedJoin, svgElement } from './keyedJoin.ts';

/** Moves crowded marks apart after they are placed at their dates (the story's dodging, spreadMarks.ts). */
export type Spread = (parts: GraphicParts, width: number) => void;

/** How the marks are placed: moved apart by `spread` if given; written only for `marks` and `spans` if given. */
export interface PlaceOptions {
  spread?: Spread | undefined;
  marks?: Iterable<MarkNode> | undefined;
  spans?: Iterable<SpanNode> | undefined;
}

/** Computes every mark's x for a window (no DOM): at its date, then moved by `spread` if given. */
export function placeAll(parts: GraphicParts, domain: Domain, width: number, spread?: Spread): void {
  placeMarks(parts, domain, width);
  spread?.(parts, width);
}

/**
 * Positions the shapes (marks, bars, bands, the overview bracket) and the axis ticks. The story
 * spreads; print and widgets draw exact dates.
 */
export function positionGraphic(
  svg: SVGSVGElement,
  parts: GraphicParts,
  domain: Domain,
  width: number,
  { spread, marks, spans }: PlaceOptions = {},
): void {
  placeAll(parts, domain, width, spread);
  positionShapes(parts, domain, width, marks, spans);
  positionTicks(svg, axisTicks(parts.origin, domain, width, [0, parts.total]), dayScale(domain, [0, width]), width);
}

/** Joins the ticks to the axis (keyed by their day): new ones enter, gone ones leave, the rest move. */
function positionTicks(svg: SVGSVGElement, ticks: AxisTick[], { px, pct }: DayScale, width: number): void {
  const axis = svg.querySelector('[data-axis]')!;
  const shown = ticks.filter((t) => px(t.day) < width - 36);
  const make = () => {
    const g = svgElement<SVGGElement>('g', { class: 'tl-tick' });
    g.append(svgElement('line', { y2: 2000 }), svgElement('text', { dx: 3, y: -5 }));
    return g;
  };
  for (const [g, tick] of keyedJoin(axis, 'data-tick', shown, (t) => t.iso, make)) {
    const [line, text] = g.children;
    const x = pct(tick.day);
    line.setAttribute('x1', x);
    line.setAttribute('x2', x);
    text.setAttribute('x', x);
    // The server's "Jan 2021" keeps its year in a tspan; text is written only when it changes.
    if (text.textContent !== tick.label) text.textContent = tick.label;
  }
}
