/**
 * Draws the graphic's event labels in the browser: the active event's and the key events' headlines
 * with their rules, placed for the real width by the same collision-free
 * placement the build uses, with widths measured in the labels' real fonts (on a canvas, so no read
 * of the page's layout) rather than estimated.
 */
import { percentOf } from '../../lib/graphic/dayScale.ts';
import { EVENT_LABELS, PAD, placeLabels } from '../../lib/graphic/labelPlacement.ts';
import type { GraphicParts, MarkNode } from './graphicParts.ts';
import { keyedJoin, svgElement, write } from './keyedJoin.ts';
import { textWidth } from './textMeasure.ts';

/** The room labels have, what is active and the labels' font (textMeasure.ts). */
export interface LabelState {
  readonly width: number;
  readonly rows: number;
  readonly active: MarkNode | null;
  readonly font: string;
}

/** Re-places every event label and rule for the current window, width and active event. */
export function drawLabels(svg: SVGSVGElement, parts: GraphicParts, state: LabelState): void {
  const { width, rows, active } = state;
  // Every graphic is built with both groups (GraphicLabels.astro).
  const labels = svg.querySelector('[data-labels]')!;
  const rules = svg.querySelector('[data-rules]')!;
  const inWindow = (m: MarkNode) => m.x >= 0 && m.x <= width;
  const candidates = parts.marks.filter((m) => !m.hidden && inWindow(m) && (m === active || m.key));
  // Placed at the dodged pixels, so a label and its rule meet the dot where it is drawn; the active
  // label goes first and is set bold, the others medium (timeline.css).
  const requests = candidates.map((m) => ({
    id: m.id,
    x: m.x,
    width: textWidth(state.font, m.label, m === active ? 700 : 500),
    priority: m === active ? 1 : 0,
  }));
  const placed = new Map(placeLabels(requests, { rows, width, ...EVENT_LABELS }).map((p) => [p.id, p]));
  const pct = (x: number) => percentOf(x, width);
  const text = () => svgElement<SVGTextElement>('text', { class: 'tl-label' });
  for (const [el, m] of keyedJoin(labels, 'data-label-for', candidates, (d) => d.id, text)) {
    const spot = placed.get(m.id);
    if (el.textContent !== m.label) el.textContent = m.label;
    write(el, 'data-active', m === active ? 'true' : null);
    write(el, 'display', spot ? null : 'none');
    write(el, 'data-row', spot?.row ?? 0);
    write(el, 'x', pct(m.x));
    write(el, 'dx', spot?.anchor === 'end' ? -PAD : PAD);
    write(el, 'text-anchor', spot?.anchor ?? 'start');
  }
  const shown = candidates.filter((m) => placed.has(m.id));
  const rule = () => svgElement<SVGLineElement>('line', { class: 'tl-rule', y2: -2000 });
  for (const [el, m] of keyedJoin(rules, 'data-rule-for', shown, (d) => d.id, rule)) {
    write(el, 'data-lane', m.lane);
    write(el, 'data-active', m === active ? 'true' : null);
    write(el, 'x1', pct(m.x));
    write(el, 'x2', pct(m.x));
  }
  // Placed labels show at any width (timeline.css hides the build's below 38rem).
  write(labels, 'data-placed', '');
  write(rules, 'data-placed', '');
}
