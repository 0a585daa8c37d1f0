/**
 * The story's controller on top of the shared GraphicView: which chapter's window it shows (eased
 * between chapters by easeWindow, instantly under prefers-reduced-motion), which mark is active,
 * the marks spread apart as targets (but at exact dates in print), and the chapter titles. Shapes are
 * written only when what places them has changed, so a step change inside a chapter redraws the
 * labels alone; a move redraws only the marks and spans it can show (movingMarks.ts). Widgets never import
 * this module, so none of it ships in their 4 KB.
 */
import { chapterWindow, lerpDomain } from '../../lib/graphic/chapterWindow.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import { type BandTitles, drawBandLabels, readBandTitles, useBandFont } from './bandLabels.ts';
import { easeWindow } from './easeWindow.ts';
import { placeAll } from './graphicPositions.ts';
import { GraphicView } from './graphicView.ts';
import { movingMarks, movingSpans } from './movingMarks.ts';
import { spreadMarks } from './spreadMarks.ts';

/** The story's graphic: a GraphicView that follows the active step through the chapters. */
export class StoryGraphic extends GraphicView {
  readonly figure: HTMLElement;
  readonly #band: BandTitles;
  #target: Domain;
  #chapter: string | null = null;
  #stop: (() => void) | null = null;

  constructor(svg: SVGSVGElement, figure: HTMLElement) {
    super(svg, figure);
    this.figure = figure;
    this.#band = readBandTitles(svg);
    this.#target = this.domain;
    this.spread = spreadMarks;
  }

  /**
   * Shows a chapter's window, eased unless `instant`, and returns the chapter shown. With none given
   * (before the story, or on a background event) it shows the first chapter that has a visible mark.
   */
  showChapter(chapter: string | null, instant = false): string | null {
    this.spread = spreadMarks;
    const firstShown = this.parts.marks.find((m) => !m.hidden)?.el.dataset.chapter;
    const band =
      this.parts.bands.find((b) => b.id === chapter) ??
      this.parts.bands.find((b) => b.id === firstShown) ??
      this.parts.bands[0];
    this.#chapter = band?.id ?? null;
    if (!this.#moveTo(band ? chapterWindow(band.span, this.parts.full) : this.parts.full, instant)) this.draw();
    return this.#chapter;
  }

  /** Shows the whole story at once, at exact dates, as print does. */
  showAll(): void {
    this.#chapter = null;
    this.spread = undefined;
    if (!this.#moveTo(this.parts.full, true)) this.draw();
  }

  /**
   * Marks the active event (data-active="true") and shows `chapter` as showChapter does, in one draw:
   * the label of the event is placed with the window it is shown in. Returns the chapter shown.
   */
  follow(id: string | null, chapter: string | null, instant = false): string | null {
    const next = this.parts.marks.find((m) => m.id === id) ?? null;
    if (next !== this.active) {
      this.active?.el.removeAttribute('data-active');
      next?.el.setAttribute('data-active', 'true');
      this.active = next;
    }
    return this.showChapter(chapter, instant);
  }

  /** Hides the marks the filters leave out (null shows all). */
  setVisible(ids: ReadonlySet<string> | null): void {
    this.filter(ids && ((m) => ids.has(m.id)));
  }

  /**
   * Reads the label rows and band titles' font with the width. In the compact band the marks are
   * too close for 24 px targets, so there they leave the tab order and ignore the pointer (CSS); the
   * steps beneath offer the same links.
   */
  override layout(): void {
    super.layout();
    const style = getComputedStyle(this.figure);
    const compact = style.getPropertyValue('--tl-compact').trim() === '1';
    this.rows = Number(style.getPropertyValue('--tl-rows')) || 1;
    useBandFont(this.#band);
    for (const m of this.parts.marks) {
      if (compact) m.el.setAttribute('tabindex', '-1');
      else m.el.removeAttribute('tabindex');
    }
  }

  /** Draws, except while a move is under way (its frames position the marks alone), and the chapter titles. */
  override draw(): void {
    if (this.#stop) return;
    super.draw();
    if (this.width) drawBandLabels(this.parts.bands, this.#band, this, this.#chapter);
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
    if (instant || this.width === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#settle(target);
      return true;
    }
    const from = this.domain;
    const start = this.parts.marks.map((m) => m.x);
    placeAll(this.parts, target, this.width, spreadMarks);
    const marks = movingMarks(this.parts.marks, start, this.width);
    const spans = movingSpans([...this.parts.bars, ...this.parts.bands], from, target, this.width);
    this.svg.dataset.moving = '';
    this.#stop = easeWindow((k) => {
      this.domain = lerpDomain(from, target, k);
      this.position({ marks, spans });
      if (k === 1) this.#settle(target);
    });
    return true;
  }

  #settle(domain: Domain): void {
    this.#stop?.();
    this.#stop = null;
    this.domain = domain;
    delete this.svg.dataset.moving;
    this.draw();
  }
}
