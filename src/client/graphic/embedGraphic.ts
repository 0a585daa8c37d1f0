/**
 * A widget's graphic: the story's compact figure, zoomed to the widget's date window and redrawn
 * when its width changes. Marks sit at their exact dates (an overview has room for no dodging).
 */
import { inWindow, zoomDomain } from '../../lib/embed/embedWindow.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import { drawAxis } from './embedAxis.ts';
import { type GraphicParts, readGraphic } from './graphicParts.ts';
import { placeMarks, positionShapes } from './graphicShapes.ts';

/** Controls one server-rendered timeline SVG inside a widget. */
export class EmbedGraphic {
  readonly svg: SVGSVGElement;
  readonly parts: GraphicParts;
  #domain: Domain;
  #width = 0;

  constructor(svg: SVGSVGElement, figure: HTMLElement) {
    this.svg = svg;
    this.parts = readGraphic(svg, figure.querySelector('[data-minimap]'));
    this.#domain = this.parts.domain;
  }

  /** Shows only the days of `window`: the axis zooms to them and marks outside leave. Returns how many stay. */
  narrow(window: Domain): number {
    this.#domain = zoomDomain(window);
    const hidden = new Set<string>();
    for (const m of this.parts.marks) {
      m.hidden = !inWindow(m.day, window);
      m.el.toggleAttribute('data-filtered', m.hidden);
      if (m.hidden) hidden.add(m.id);
    }
    for (const bar of this.parts.bars) bar.el.toggleAttribute('data-filtered', hidden.has(bar.id));
    this.#draw();
    return this.parts.marks.length - hidden.size;
  }

  /** Redraws for the graphic's width, when it has changed. */
  resize(): void {
    const width = Math.round(this.svg.getBoundingClientRect().width);
    if (width === this.#width || width === 0) return;
    this.#width = width;
    this.#draw();
  }

  #draw(): void {
    if (this.#width === 0) return;
    placeMarks(this.parts, this.#domain, this.#width);
    positionShapes(this.parts, this.#domain, this.#width);
    drawAxis(this.svg, this.parts, this.#domain, this.#width);
  }
}
