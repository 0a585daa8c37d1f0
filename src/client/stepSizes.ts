/**
 * The story's steps are laid out only near the screen (content-visibility: auto in story.css), so a
 * step never shown yet has an estimated height, and everything below it an estimated place. This lays
 * every step out once, a few at a time while the page is idle, so that each keeps its real height when
 * the browser skips it again (contain-intrinsic-size: auto): the page's height, the scroll bar, the
 * progress and the steps' places are then right before the reader gets there. Again when the window's
 * width changes, which changes every height. Each idle task stays short (a slow phone lays out a step
 * in about 10 ms). The layout this forces moves the steps below (and, by scroll anchoring, the scroll
 * position) outside any frame, so `laidOut` is called right after it, for the story to measure them
 * again before a frame uses the old places. Returns a teardown.
 */

/** Time (ms) an idle task may spend before it yields; one more step may take about as long again. */
const SLICE_MS = 12;

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => number;

/** What the story is told: after each idle task's layout, and whether every step has its real height. */
export interface SizeHooks {
  laidOut: () => void;
  sized: (all: boolean) => void;
}

/** Lays out each of `steps` once, in idle time, and again after the window's width changes. */
export function sizeSteps(steps: readonly HTMLElement[], { laidOut, sized }: SizeHooks): () => void {
  const idle: Idle =
    window.requestIdleCallback?.bind(window) ?? ((run) => setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 50));
  const cancel = window.cancelIdleCallback?.bind(window) ?? clearTimeout;
  let queue: HTMLElement[] = [];
  let shown: HTMLElement[] = [];
  let handle = 0;
  let width = window.innerWidth;
  // Back to `auto` one idle period later, after a frame has recorded the steps' sizes.
  const release = () => {
    for (const step of shown) {
      step.style.removeProperty('content-visibility');
      if (step.style.length === 0) step.removeAttribute('style');
    }
    shown = [];
  };
  const work = (deadline: { timeRemaining(): number }) => {
    handle = 0;
    release();
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < SLICE_MS && deadline.timeRemaining() > 0) {
      const step = queue.shift()!;
      step.style.setProperty('content-visibility', 'visible');
      // Laid out now, in this idle task, rather than in the next frame.
      void step.offsetHeight;
      shown.push(step);
    }
    laidOut();
    if (shown.length > 0) handle = idle(work);
    else sized(true);
  };
  const start = () => {
    queue = [...steps];
    sized(false);
    if (handle === 0) handle = idle(work);
  };
  const resized = () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    start();
  };
  addEventListener('resize', resized, { passive: true });
  start();
  return () => {
    cancel(handle);
    handle = 0;
    queue = [];
    release();
    removeEventListener('resize', resized);
  };
}
