/**
 * <timeline-story>: enhances the server-rendered story. The active step is computed from geometry
 * (the last step whose top has crossed the reading line), so it is right after a reload, a jump to
 * #id, a fling, a resize, a zoom or an address bar collapsing. The steps are measured only when the
 * layout changes (stepGeometry.ts); a scroll frame reads only window.scrollY, so scrolling forces no
 * layout. The graphic, the panel, the URL hash and the filters follow the active step. Everything
 * set up in connectedCallback is undone in disconnectedCallback.
 */
import { followFocus, keepPlace } from './graphic/graphicFollowers.ts';
import { StoryGraphic } from './graphic/storyGraphic.ts';
import { arriveAt, hashTarget, laterHash } from './hashLink.ts';
import { watchLayout } from './layoutWatcher.ts';
import { StoryPanel } from './storyPanel.ts';
import { followPrint } from './printWatch.ts';
import { readingLineOf } from './readingLine.ts';
import { StepGeometry } from './stepGeometry.ts';
import { sizeSteps } from './stepSizes.ts';
import { wireFilters } from './storyFilterView.ts';

export class TimelineStoryElement extends HTMLElement {
  #teardown: (() => void)[] = [];
  #steps: HTMLElement[] = [];
  #byId = new Map<string, HTMLElement>();
  #active: HTMLElement | null = null;
  #graphic: StoryGraphic | null = null;
  #panel: StoryPanel | null = null;
  #focusChapter: string | null = null;
  #arriving = false;
  readonly #geometry = new StepGeometry();
  readonly #hash = laterHash();

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg[data-timeline-graphic]');
    const figure = svg?.closest<HTMLElement>('figure');
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const stepsBox = this.querySelector<HTMLElement>('#story-steps');
    if (!svg || !figure || !panel || !stepsBox) return;
    this.#steps = [...this.querySelectorAll<HTMLElement>('article[data-event-id]')];
    this.#byId = new Map(this.#steps.map((s) => [s.id, s]));
    const graphic = (this.#graphic = new StoryGraphic(svg, figure));
    this.#panel = new StoryPanel(panel, this.#steps.length);
    this.toggleAttribute('data-enhanced', true);
    this.#arriving = hashTarget(this.#byId) !== null;
    // A reload of /#id lands that event at the reading line (arriveAt); the browser's own restoring of the
    // old scroll position could come after it, on a layout the fonts had not settled, and land another.
    if (this.#arriving) history.scrollRestoration = 'manual';
    // The rest reads the layout. Each part waits for the next frame to have laid the page out, and runs
    // in a task of its own: all done here, its reads forced that layout, and with the script it made one
    // long task of loading on a slow phone. Until then the page shows what it shows without JavaScript.
    this.#teardown.push(() => graphic.destroy());
    this.#afterFrame(() => {
      // The starting picture comes first: arriving at /#id (in #start) moves the graphic on from it.
      graphic.resize();
      this.#panel?.show(graphic.showChapter(null, true));
      this.#afterFrame(() => this.#start(graphic, svg, figure, panel, stepsBox));
    });
  }

  /** Runs `run` in a task after the next frame; undone by the teardown if it has not run yet. */
  #afterFrame(run: () => void): void {
    let task = 0;
    const frame = requestAnimationFrame(() => (task = window.setTimeout(run)));
    this.#teardown.push(() => (cancelAnimationFrame(frame), clearTimeout(task)));
  }

  /** Follows the reader from here on: the layout, the filters, focus, print and the hash. */
  #start(
    graphic: StoryGraphic,
    svg: SVGSVGElement,
    figure: HTMLElement,
    panel: HTMLElement,
    stepsBox: HTMLElement,
  ): void {
    const readingLine = readingLineOf(panel, figure);
    const measure = () => this.#measure(readingLine());
    const update = (y: number) => this.#update(y);
    const remeasure = () => (measure(), update(window.scrollY));
    this.#teardown.push(
      // Each step is observed too: one laid out for the first time (stepSizes.ts) moves the steps below it.
      watchLayout([document.documentElement, stepsBox, panel, ...this.#steps], measure, update),
      sizeSteps(this.#steps, {
        laidOut: remeasure,
        sized: () => this.toggleAttribute('data-steps-sized', true),
      }),
    );
    const bar = this.querySelector<HTMLElement>('[data-filters]');
    const afterFilter = (visible: ReadonlySet<string> | null) => {
      graphic.setVisible(visible);
      if (!this.#active) this.#panel?.show(graphic.showChapter(null));
      remeasure();
    };
    if (bar)
      this.#teardown.push(
        wireFilters(
          bar,
          this.#steps,
          keepPlace(this.#steps, () => this.#active, afterFilter),
        ),
      );
    // Measured before arriving at /#id, which places the event by the scroll margin this sets.
    measure();
    this.#teardown.push(() => {
      for (const step of this.#steps) {
        step.style.removeProperty('scroll-margin-top');
        if (step.style.length === 0) step.removeAttribute('style');
      }
    });
    this.#teardown.push(
      followFocus(svg, (chapter) => {
        this.#focusChapter = chapter;
        this.#panel?.show(graphic.showChapter(chapter ?? this.#active?.dataset.chapter ?? null));
      }),
      // Printing shows the whole timeline, as the page without JavaScript does; afterwards the active chapter returns.
      followPrint((on) => {
        graphic.resize();
        if (on) graphic.showAll();
        else this.#panel?.show(graphic.showChapter(this.#active?.dataset.chapter ?? null, true));
      }),
      this.#followHash(remeasure),
    );
    // The hash waiting to be written is written when the reader leaves, and when the story stops following.
    const flush = () => this.#hash.flush();
    addEventListener('pagehide', flush);
    this.#teardown.push(() => (removeEventListener('pagehide', flush), flush()));
    remeasure();
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
    this.toggleAttribute('data-enhanced', false);
    this.toggleAttribute('data-steps-sized', false);
  }

  /** Reads the layout, when it may have changed: the steps' places, the reading line, the graphic's width. */
  #measure(line: number): void {
    this.#geometry.measure(this.#steps, line);
    this.#graphic?.resize();
    // /#id and mark links land a step just above the line; written only when it moves, and on the steps
    // themselves: scroll-margin is not inherited, so only they are restyled. As a custom property on this
    // element it restyled the whole story (440 elements, 22 ms of a slowed phone's load).
    const margin = `${Math.max(0, line - 16)}px`;
    if (this.#steps[0]?.style.scrollMarginTop === margin) return;
    for (const step of this.#steps) step.style.scrollMarginTop = margin;
  }

  /** Runs once per frame at most, and writes only: the active step from the cached geometry and the scroll position. */
  #update(scrollY: number): void {
    const { step, index, progress, shown } = this.#geometry.at(scrollY);
    this.#setActive(step);
    this.#panel?.progress(progress, index, shown);
  }

  #setActive(step: HTMLElement | null): void {
    if (step === this.#active) return;
    const started = performance.now();
    // A page opened at /#id (or reloaded mid-story) jumps to that step's chapter instead of easing there.
    const arriving = this.#arriving && step !== null;
    if (arriving) this.#arriving = false;
    this.#active?.removeAttribute('aria-current');
    step?.setAttribute('aria-current', 'step');
    this.#active = step;
    const chapter = this.#focusChapter ?? step?.dataset.chapter ?? null;
    const shown = this.#graphic?.follow(step?.id ?? null, chapter, arriving) ?? null;
    this.#panel?.show(shown);
    this.#hash.set(step?.id ?? null);
    // A User Timing entry per step change, for `npm run bench` and for real-user monitoring (see README).
    performance.measure('timeline:step-change', { start: started });
  }

  /** /#id on load, a hashchange or a click on a mark: that event is put at the reading line and focused. */
  #followHash(update: () => void): () => void {
    let stopArrival = () => {};
    const arrive = () => {
      const target = hashTarget(this.#byId);
      if (!target) return;
      if (target.closest('[hidden]')) this.querySelector<HTMLButtonElement>('[data-filter-clear]')?.click();
      stopArrival();
      stopArrival = arriveAt(target, update, this.#steps);
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    addEventListener('hashchange', arrive);
    arrive();
    return () => {
      stopArrival();
      removeEventListener('hashchange', arrive);
    };
  }
}
