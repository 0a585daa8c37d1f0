/**
 * Draws the graphic's labels in the browser: the active event's and the key events' headlines with
 * their rules, and the chapter titles, placed for the real width by the same collision-free
 * placement the build uses, with widths measured in the labels' real fonts rather than estimated.
 */
import { type BaseType, select } from 'd3-selection';
import { dayScale, percentOf } from '../lib/graphic/dayScale.ts';
import { placeBandLabels, placeEventLabels } from '../lib/graphic/graphicLabels.ts';
import { PAD } from '../lib/graphic/labelPlacement.ts';
import type { Domain } from '../lib/graphic/timeWindow.ts';
import type { GraphicParts, MarkNode } from './graphicParts.ts';
import type { TextMeasure } from './textMeasure.ts';

/** The room labels have and what is active. */
export interface LabelState {
  domain: Domain;
  width: number;
  rows: number;
  active: MarkNode | null;
  activeChapter: string | null;
  /** Label widths in their real fonts ("event" and "band" labels). */
  measure: TextMeasure;
}

/** Server-drawn elements carry no data yet: their key is the id in the named attribute. */
const keyed = (attribute: string) =>
  function (this: BaseType | SVGElement, d: MarkNode) {
    return (d as MarkNode | undefined)?.id ?? (this as Element).getAttribute(attribute) ?? '';
  };

/** Re-places every event label and rule for the current window, width and active event. */
export function drawLabels(svg: SVGSVGElement, parts: GraphicParts, state: LabelState): void {
  const { domain, width, rows, active } = state;
  const inWindow = (m: MarkNode) => m.x >= 0 && m.x <= width;
  const candidates = parts.marks.filter((m) => !m.hidden && inWindow(m) && (m === active || m.importance === 3));
  const texts = select(svg)
    .select('[data-labels]')
    .selectAll<SVGTextElement, MarkNode>('text.tl-label')
    .data(candidates, keyed('data-label-for'))
    .join((enter) => enter.append('text').attr('class', 'tl-label'))
    .attr('data-label-for', (d) => d.id)
    .attr('data-active', (d) => (d === active ? 'true' : null))
    .attr('display', null)
    .each(function (d) {
      if (this.textContent !== d.label) this.textContent = d.label;
    });
  // The active label is set bold, the others medium (timeline.css).
  const weights = new Map(candidates.map((m) => [m.label, m === active ? 700 : 500]));
  // Positions are the dodged pixels, so a label and its rule meet the dot where it is drawn.
  const { invert } = dayScale(domain, [0, width]);
  const asDays = candidates.map((m) => ({ ...m, day: invert(m.x) }));
  const measure = (text: string) => state.measure.width('event', text, weights.get(text) ?? 500);
  const placed = new Map(
    placeEventLabels(asDays, domain, { width, rows, active: active?.id, measure }).map((p) => [p.id, p]),
  );
  const pct = (x: number) => percentOf(x, width);
  texts
    .attr('display', (d) => (placed.has(d.id) ? null : 'none'))
    .attr('data-row', (d) => placed.get(d.id)?.row ?? 0)
    .attr('x', (d) => pct(d.x))
    .attr('dx', (d) => (placed.get(d.id)?.anchor === 'end' ? -PAD : PAD))
    .attr('text-anchor', (d) => placed.get(d.id)?.anchor ?? 'start');
  select(svg)
    .select('[data-rules]')
    .selectAll<SVGLineElement, MarkNode>('line.tl-rule')
    .data(
      candidates.filter((m) => placed.has(m.id)),
      keyed('data-rule-for'),
    )
    .join((enter) => enter.append('line').attr('class', 'tl-rule').attr('y2', -2000))
    .attr('data-rule-for', (d) => d.id)
    .attr('data-lane', (d) => d.lane)
    .attr('data-active', (d) => (d === active ? 'true' : null))
    .attr('x1', (d) => pct(d.x))
    .attr('x2', (d) => pct(d.x));
  for (const group of svg.querySelectorAll('[data-labels], [data-rules]')) group.setAttribute('data-placed', '');
  drawBandLabels(parts, state);
}

/** Chapter titles: the active chapter's first, the others where they fit. Bands use a bare data-active. */
function drawBandLabels(parts: GraphicParts, state: LabelState): void {
  const { domain, width, activeChapter } = state;
  const titles = parts.bandTitles;
  const bands = parts.bands.map((b) => ({ id: b.id, title: titles.get(b.id)?.textContent ?? '', span: b.span }));
  const measure = (title: string) => state.measure.width('band', title, 700);
  const space = { width, rows: 1, active: activeChapter ?? undefined, measure };
  const placed = new Map(placeBandLabels(bands, domain, space).map((p) => [p.id, p]));
  for (const [id, el] of titles) {
    const spot = placed.get(id);
    el.setAttribute('visibility', spot ? 'visible' : 'hidden');
    if (spot) el.setAttribute('x', percentOf(spot.x, width));
    el.toggleAttribute('data-active', id === activeChapter);
  }
  for (const band of parts.bands) band.el.toggleAttribute('data-active', band.id === activeChapter);
}
