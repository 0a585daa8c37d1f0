/**
 * Where the shown steps are in the document, measured only when the layout changes, so that a
 * scroll frame finds the active step from window.scrollY alone: a binary search over cached tops,
 * with no read of the layout that could force one.
 */
import { activeStepIndex, type StepBox, storyProgress } from '../lib/graphic/activeStep.ts';

/** The active step for a scroll position, and how far through the shown steps the reader is. */
export interface StepAt {
  step: HTMLElement | null;
  index: number;
  progress: number;
  shown: number;
}

/** Cached document-relative boxes of the steps not hidden by the filters. */
export class StepGeometry {
  #shown: HTMLElement[] = [];
  #boxes: StepBox[] = [];
  #scrollHeight = 0;
  #viewport = 0;
  #line = 0;

  /** Measures the steps once; `line` is the reading line in viewport pixels. */
  measure(steps: readonly HTMLElement[], line: number): void {
    const y = window.scrollY;
    this.#line = line;
    this.#shown = steps.filter((s) => !s.closest('[hidden]'));
    this.#boxes = this.#shown.map((s) => {
      const box = s.getBoundingClientRect();
      return { top: box.top + y, bottom: box.bottom + y };
    });
    this.#scrollHeight = document.documentElement.scrollHeight;
    this.#viewport = window.innerHeight;
  }

  /** The active step with the page scrolled to `y`, from the cached boxes. */
  at(y: number): StepAt {
    // Once the page cannot scroll further, the last step counts as reached (see activeStepIndex).
    const atEnd = y > 0 && y + this.#viewport >= this.#scrollHeight - 2;
    const line = this.#line + y;
    const index = activeStepIndex(this.#boxes, line, atEnd);
    return {
      step: this.#shown[index] ?? null,
      index,
      progress: storyProgress(this.#boxes, line, index),
      shown: this.#shown.length,
    };
  }
}
