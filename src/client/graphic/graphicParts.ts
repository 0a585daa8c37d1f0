/** What the script reads once from the server-rendered SVG: its marks, spans and bands (the story reads its own extras). */
import type { Domain } from '../../lib/graphic/timeWindow.ts';

/** A mark as the script knows it; `x` is its current position in pixels after dodging. */
export interface MarkNode {
  el: SVGAElement;
  id: string;
  day: number;
  lane: number;
  label: string;
  /** A key event, labelled whenever it is in view. */
  key: boolean;
  hidden: boolean;
  x: number;
}

/** Any element positioned over a span of days (a chapter band, an event's span bar). */
export interface SpanNode {
  el: SVGElement;
  id: string;
  span: Domain;
}

/** The parts of the graphic the script moves. */
export interface GraphicParts {
  origin: Date;
  total: number;
  full: Domain;
  domain: Domain;
  marks: MarkNode[];
  bars: SpanNode[];
  bands: SpanNode[];
}

const pair = (text = ''): Domain => {
  const [a, b] = text.split(',').map(Number);
  return [a, b];
};

/** Reads the graphic's data attributes (written at build time by the Graphic* components). */
export function readGraphic(svg: SVGSVGElement): GraphicParts {
  const all = <E extends SVGElement>(selector: string) => [...svg.querySelectorAll<E>(selector)];
  // Bars and bands alike: an element over a span of days, named by one data attribute.
  const spans = (selector: string, name: 'spanOf' | 'band') =>
    all(selector).map((el) => ({
      el,
      id: el.dataset[name] ?? '',
      span: pair(el.dataset.span),
    }));
  return {
    origin: new Date(`${svg.dataset.origin}T00:00:00Z`),
    total: Number(svg.dataset.total),
    full: pair(svg.dataset.full),
    domain: pair(svg.dataset.domain),
    marks: all<SVGAElement>('a[data-event-id]').map((el) => ({
      el,
      id: el.dataset.eventId ?? '',
      day: Number(el.dataset.day),
      lane: Number(el.dataset.lane),
      label: el.dataset.label ?? '',
      key: el.hasAttribute('data-key'),
      hidden: false,
      x: 0,
    })),
    bars: spans('[data-span-of]', 'spanOf'),
    bands: spans('[data-band]', 'band'),
  };
}
