/**
 * The widget's axis and labels, redrawn for its real width and window without d3 (its script
 * budget is 4 KB): the story's own axisTicks, and the key events' labels placed by the same
 * collision-free placement, with the same spacing, as the story's.
 */
import { axisTicks } from '../../lib/graphic/axisTicks.ts';
import { dayScale, percentOf } from '../../lib/graphic/dayScale.ts';
import { EVENT_LABELS, PAD, placeLabels } from '../../lib/graphic/labelPlacement.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import type { GraphicParts } from './graphicParts.ts';

/** Sets these attributes on an element. */
function set(el: Element, attributes: Record<string, string | number>): void {
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
}

/** Appends a new SVG element with these attributes (and text) to `parent`. */
function add(parent: Element, name: string, attributes: Record<string, string | number>, text = ''): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
  set(el, attributes);
  el.textContent = text;
  parent.append(el);
  return el;
}

/** Redraws the axis ticks and the key events' labels for the window at this width (a few dozen nodes, on resize only). */
export function drawAxis(svg: SVGSVGElement, parts: GraphicParts, domain: Domain, width: number): void {
  const pct = (x: number) => percentOf(x, width);
  const { px } = dayScale(domain, [0, width]);
  const axis = svg.querySelector('[data-axis]')!;
  const labels = svg.querySelector('[data-labels]')!;
  const rules = svg.querySelector('[data-rules]')!;
  for (const old of svg.querySelectorAll('.tl-tick, .tl-label, .tl-rule')) old.remove();
  // Placed labels show at any width (timeline.css hides the build's below 38rem); text in a hidden group measures 0.
  labels.setAttribute('data-placed', '');
  rules.setAttribute('data-placed', '');
  for (const tick of axisTicks(parts.origin, domain, width, [0, parts.total])) {
    const x = px(tick.day);
    if (x < 0 || x > width - 36) continue;
    const g = add(axis, 'g', { class: 'tl-tick', 'data-tick': tick.iso });
    add(g, 'line', { x1: pct(x), x2: pct(x), y2: 2000 });
    add(g, 'text', { x: pct(x), dx: 3, y: -5 }, tick.label);
  }
  // Every key event in view gets a label to measure; those the placement has no room for leave again.
  const wanted = parts.marks.filter((m) => m.importance === 3 && !m.hidden && m.x >= 0 && m.x <= width);
  const texts = new Map(
    wanted.map((m) => [m.id, add(labels, 'text', { class: 'tl-label' }, m.label) as SVGTextElement]),
  );
  const requests = wanted.map((m) => ({
    id: m.id,
    x: m.x,
    width: texts.get(m.id)!.getComputedTextLength(),
    priority: 0,
  }));
  const placed = new Map(placeLabels(requests, { rows: 1, width, ...EVENT_LABELS }).map((p) => [p.id, p]));
  for (const m of wanted) {
    const spot = placed.get(m.id);
    const text = texts.get(m.id)!;
    if (!spot) {
      text.remove();
      continue;
    }
    const dx = spot.anchor === 'end' ? -PAD : PAD;
    set(text, { 'data-label-for': m.id, 'data-row': 0, x: pct(spot.x), dx, 'text-anchor': spot.anchor });
    add(rules, 'line', {
      class: 'tl-rule',
      'data-rule-for': m.id,
      'data-lane': m.lane,
      x1: pct(m.x),
      x2: pct(m.x),
      y2: -2000,
    });
  }
}
