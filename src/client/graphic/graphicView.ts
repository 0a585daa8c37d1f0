/**
 * The one graphic view in the browser, run by every widget and, with the story's controller on top
 * (storyGraphic.ts), by the story: it places the marks for a window of time and the graphic's width,
 * hides what a filter leaves out, and joins the ticks, labels and rules by key (enter, update, exit;
 * nothing wiped). A draw reads no layout: the width is read on resize only, and label widths are
 * measured on a canvas. What only the story does (chapter windows, easing, spreading, band titles)
 * lives in storyGraphic.ts, which widgets never import, so none of it ships in their 4 KB.
 */
import { dayScale } from '../../lib/graphic/dayScale.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import { drawLabels } from './graphicLabels.ts';
import { type GraphicParts, type MarkNode, readGraphic } from './graphicParts.ts';
import { type PlaceOptions, positionGraphic, type Spread } from './graphicPositions.ts';
import { fontOf } from './textMeasure.ts';

/** Controls one server-rendered timeline SVG. */
export class GraphicView {
  readonly svg: SVGSVGElement;
  readonly parts: GraphicParts;
  /** The overview strip's bracket round the window shown (story and widgets alike). */
  readonly #bracket: SVGRectElement | null;
  /** The window of story days shown. */
  domain: Domain;
  width = 0;
  /** Rows of event labels (the compact band has one). */
  rows = 1;
  /** The active mark, labelled before any other (the story's; a widget has none). */
  active: MarkNode | null = null;
  /** Moves crowded marks apart after they are placed at their dates; without it marks sit at their exact dates. */
  spread: Spread | undefined;
  /** The event labels' font, read on resize. */
  font = '';
  /** What the shapes on screen were last placed for (cleared when the filters change). */
  #placed = '';

  constructor(svg: SVGSVGElement, figure: Element) {
    this.svg = svg;
    this.parts = readGraphic(svg);
    this.#bracket = figure.querySelector('[data-minimap] [data-mini-window]');
    this.domain = this.parts.domain;
  }

  /** Hides the marks (and their span bars) that `keep` leaves out, or none for null; returns how many stay. */
  filter(keep: ((m: MarkNode) => boolean) | null): number {
    const { marks, bars } = this.parts;
    const hidden = new Set<string>();
    for (const m of marks) {
      m.hidden = !!keep && !keep(m);
      m.el.toggleAttribute('data-filtered', m.hidden);
      if (m.hidden) hidden.add(m.id);
    }
    for (const bar of bars) bar.el.toggleAttribute('data-filtered', hidden.has(bar.id));
    this.#placed = '';
    this.draw();
    return marks.length - hidden.size;
  }

  /** Lays out again when the graphic's width has changed (resize, zoom, rotation): the one layout read. */
  resize(width = Math.round(this.svg.getBoundingClientRect().width)): void {
    if (width === this.width || width === 0) return;
    this.width = width;
    this.layout();
    this.draw();
  }

  /** Reads, with the width, the styles drawing needs, so that no draw forces a style recalculation. */
  layout(): void {
    // Event labels take their font from the SVG (timeline.css sets only their weight).
    this.font = fontOf(this.svg);
  }

  /** Writes the marks, bars, bands (only those in `only`, as a move's frames do) and ticks where the window puts them. */
  position(only: Pick<PlaceOptions, 'marks' | 'spans'> = {}): void {
    // A partial write leaves shapes where the next draw must place them again.
    this.#placed = '';
    positionGraphic(this.svg, this.parts, this.domain, this.width, { spread: this.spread, ...only });
    if (!this.#bracket) return;
    const overview = dayScale(this.parts.full, [0, 100]);
    this.#bracket.setAttribute('x', overview.pct(this.domain[0]));
    this.#bracket.setAttribute('width', overview.extent(this.domain));
  }

  /** Draws for the current window: shapes only if what places them has changed, then the labels. */
  draw(): void {
    if (this.width === 0) return;
    const placed = `${this.domain.join()} ${this.width} ${!this.spread}`;
    if (placed !== this.#placed) this.position();
    this.#placed = placed;
    drawLabels(this.svg, this.parts, this);
  }
}
