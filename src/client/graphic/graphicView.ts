/**
 * The story's graphic in the browser: which window of time it shows (eased between chapters by
 * easeWindow, instantly under prefers-reduced-motion), which mark is active and which marks the
 * filters leave. Every draw is incremental (keyed joins, nothing wiped) and reads no layout: label
 * widths are measured on a canvas, and styles are read only when the width changes. Shapes are
 * written only when what places them (window, width, filters) has changed, so a step change inside
 * a chapter redraws the labels alone; a move redraws only the marks it can show (movingMarks.ts).
 */
import { chapterWindow, lerpDomain } from '../../lib/graphic/chapterWindow.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import { drawBandLabels } from './bandLabels.ts';
import { easeWindow } from './easeWindow.ts';
import { drawLabels, type LabelState } from './graphicLabels.ts';
import { type GraphicParts, type MarkNode, readGraphic } from './graphicParts.ts';
import { placeAll, positionGraphic } from './graphicPositions.ts';
import { movingMarks } from './movingMarks.ts';
import { spreadMarks } from './spreadMarks.ts';
import { TextMeasure } from './textMeasure.ts';

/** Controls one server-rendered timeline SVG. */
export class GraphicView {
  readonly parts: GraphicParts;
  readonly svg: SVGSVGElement;
  readonly figure: HTMLElement;
  #domain: Domain;
  #target: Domain;
  #width = 0;
  #rows = 1;
  readonly #measure = new TextMeasure();
  #active: MarkNode | null = null;
  #chapter: string | null = null;
  #stop: (() => void) | null = null;
  #exact = false;
  /** Bumped when the filters change, so that the shapes are placed again. */
  #filters = 0;
  /** What the shapes on screen were last placed for ('' while a move is under way). */
  #placed = '';

  constructor(svg: SVGSVGElement, figure: HTMLElement) {
    this.svg = svg;
    this.figure = figure;
    this.parts = readGraphic(svg, figure.querySelector('[data-minimap]'));
    this.#domain = this.#target = this.parts.domain;
  }

  /**
   * Shows a chapter's window, eased unless `instant`, and returns the chapter shown. With none given
   * (before the story, or on a background event) it shows the first chapter that has a visible mark.
   */
  showChapter(chapter: string | null, instant = false): string | null {
    this.#exact = false;
    const firstShown = this.parts.marks.find((m) => !m.hidden)?.chapter;
    const band =
      this.parts.bands.find((b) => b.id === chapter) ??
      this.parts.bands.find((b) => b.id === firstShown) ??
      this.parts.bands[0];
    this.#chapter = band?.id ?? null;
    if (!this.#moveTo(band ? chapterWindow(band.span, this.parts.full) : this.parts.full, instant)) this.#draw();
    return this.#chapter;
  }

  /** Shows the whole story at once, at exact dates, as print does. */
  showAll(): void {
    this.#chapter = null;
    this.#exact = true;
    if (!this.#moveTo(this.parts.full, true)) this.#draw();
  }

  /**
   * Marks the active event (data-active="true") and shows `chapter` as showChapter does, in one draw:
   * the label of the event is placed with the window it is shown in. Returns the chapter shown.
   */
  follow(id: string | null, chapter: string | null, instant = false): string | null {
    const next = this.parts.marks.find((m) => m.id === id) ?? null;
    if (next !== this.#active) {
      this.#active?.el.removeAttribute('data-active');
      next?.el.setAttribute('data-active', 'true');
      this.#active = next;
    }
    return this.showChapter(chapter, instant);
  }

  /** Hides the marks the filters leave out (null shows all). */
  setVisible(ids: ReadonlySet<string> | null): void {
    for (const m of this.parts.marks) {
      m.hidden = ids !== null && !ids.has(m.id);
      m.el.toggleAttribute('data-filtered', m.hidden);
    }
    for (const bar of this.parts.bars) bar.el.toggleAttribute('data-filtered', ids !== null && !ids.has(bar.id));
    this.#filters++;
    this.#draw();
  }

  /**
   * Lays out again when the graphic's width has changed (resize, zoom, rotation). In the compact
   * band the marks are too close for 24 px targets, so there they leave the tab order and ignore the
   * pointer (CSS); the steps beneath offer the same links.
   */
  resize(): void {
    const width = Math.round(this.svg.getBoundingClientRect().width);
    if (width === this.#width || width === 0) return;
    this.#width = width;
    const style = getComputedStyle(this.figure);
    const compact = style.getPropertyValue('--tl-compact').trim() === '1';
    // Read here, with the width, so that drawing on a step change never forces a style recalculation.
    this.#rows = Number(style.getPropertyValue('--tl-rows')) || 1;
    this.#measure.use('event', this.svg.querySelector('text.tl-label') ?? this.svg);
    this.#measure.use('band', this.parts.bandTitles.values().next().value);
    for (const m of this.parts.marks) {
      if (compact) m.el.setAttribute('tabindex', '-1');
      else m.el.removeAttribute('tabindex');
    }
    this.#draw();
  }

  /** Stops any transition in flight. */
  destroy(): void {
    this.#stop?.();
  }

  /** Moves to `target` (false if it is shown already): eased, or at once (then drawn) if `instant`. */
  #moveTo(target: Domain, instant: boolean): boolean {
    if (target[0] === this.#target[0] && target[1] === this.#target[1]) return false;
    this.#target = target;
    this.#stop?.();
    // Reduced motion is asked before any transition starts, so none runs for a reader who turned motion off.
    if (instant || this.#width === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#settle(target);
      return true;
    }
    const from = this.#domain;
    const start = this.parts.marks.map((m) => m.x);
    placeAll(this.parts, target, this.#width, spreadMarks);
    const marks = movingMarks(this.parts.marks, start, this.#width);
    this.svg.dataset.moving = '';
    this.#placed = '';
    this.#stop = easeWindow((k) => {
      this.#domain = lerpDomain(from, target, k);
      this.#position(marks);
      if (k === 1) this.#settle(target);
    });
    return true;
  }

  #settle(domain: Domain): void {
    this.#stop?.();
    this.#stop = null;
    this.#domain = domain;
    delete this.svg.dataset.moving;
    this.#draw();
  }

  /** Marks are spread apart as targets, except in print's still picture. */
  #position(marks?: Iterable<MarkNode>): void {
    const spread = this.#exact ? undefined : spreadMarks;
    positionGraphic(this.svg, this.parts, this.#domain, this.#width, { spread, marks });
  }

  #draw(): void {
    if (this.#width === 0 || this.#stop) return;
    const placed = `${this.#domain.join()} ${this.#width} ${this.#exact} ${this.#filters}`;
    if (placed !== this.#placed) this.#position();
    this.#placed = placed;
    const state: LabelState = {
      domain: this.#domain,
      width: this.#width,
      rows: this.#rows,
      measure: this.#measure,
      active: this.#active,
      activeChapter: this.#chapter,
    };
    drawLabels(this.svg, this.parts, state);
    drawBandLabels(this.parts, state);
  }
}
