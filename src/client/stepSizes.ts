/**
 * The story's steps are rendered only near the screen at first (content-visibility: auto in story.css),
 * so loading lays out a screenful rather than the whole story in one long task; a step not shown yet
 * has an estimated height, and everything below it an estimated place. This then renders every step
 * for good (content-visibility: visible), a few at a time while the page is idle, so that the page's
 * height, the scroll bar, the progress and the steps' places are right before the reader gets there.
 * They stay rendered: a step skipped again when it left the screen had to be laid out again each time
 * it came back, which made scrolling the story down and up cost more layout than rendering it all.
 * Each idle task stays short (a slow phone lays out a step in about 10 ms). The layout this forces
 * moves the steps below (and, by scroll anchoring, the scroll position) outside any frame, so
 * `laidOut` is called right after it, for the story to measure them again before a frame uses the
 * old places. Returns a teardown.
 */

/** Time (ms) an idle task may spend before it yields; one more step may take about as long again. */
const SLICE_MS = 8;

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

/** What the story is told: after each idle task's layout, and when every step is rendered. */
export interface SizeHooks {
  laidOut: () => void;
  sized: () => void;
}

/** Renders each of `steps`, in idle time, and keeps it rendered. */
export function sizeSteps(steps: readonly HTMLElement[], { laidOut, sized }: SizeHooks): () => void {
  const idle: Idle =
    window.requestIdleCallback?.bind(window) ?? ((run) => setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 50));
  const cancel = window.cancelIdleCallback?.bind(window) ?? clearTimeout;
  const queue = [...steps];
  let handle = 0;
  const work = (deadline: { timeRemaining(): number }) => {
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < SLICE_MS && deadline.timeRemaining() > 0) {
      const step = queue.shift()!;
      step.style.setProperty('content-visibility', 'visible');
      // Laid out now, in this idle task, rather than in the next frame.
      void step.offsetHeight;
    }
    laidOut();
    if (queue.length > 0) handle = idle(work);
    else sized();
  };
  handle = idle(work);
  return () => {
    cancel(handle);
    for (const step of steps) {
      step.style.removeProperty('content-visibility');
      if (step.style.length === 0) step.removeAttribute('style');
    }
  };
}
