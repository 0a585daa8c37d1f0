/**
 * The URL hash and the active event. The hash follows the active event through replaceState, so
 * reading never adds history entries, and only once the reader has settled on an event (laterHash).
 * Arriving at /#id (on load or by a link) puts that event at the reading line and keeps it there
 * while late layout (fonts, images) settles, until the reader acts.
 */
function replaceHash(id: string | null): void {
  const url = `${location.pathname}${location.search}${id ? `#${id}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

/** How long an event stays active before the hash names it. */
export const HASH_DELAY_MS = 200;

/**
 * Writes the hash once the active event has stayed for HASH_DELAY_MS, in a task of its own.
 * history.replaceState took about 5 ms of a phone's main thread at 4x CPU, the largest part of a
 * step change's script, in the frame that must draw the change; a fling past ten events now writes
 * the hash once. `flush` writes at once what is waiting (on leaving the page, and on teardown).
 */
export function laterHash(): { set: (id: string | null) => void; flush: () => void } {
  let timer = 0;
  let waiting: { id: string | null } | null = null;
  const flush = () => {
    clearTimeout(timer);
    if (waiting) replaceHash(waiting.id);
    waiting = null;
  };
  return {
    set(id) {
      waiting = { id };
      clearTimeout(timer);
      timer = window.setTimeout(flush, HASH_DELAY_MS);
    },
    flush,
  };
}

/** The step the hash names, if it is one of ours (the hash is never used for anything else). */
export function hashTarget(steps: ReadonlyMap<string, HTMLElement>): HTMLElement | null {
  try {
    return steps.get(decodeURIComponent(location.hash.slice(1))) ?? null;
  } catch {
    return null;
  }
}

/**
 * Scrolls the step to the reading line now and again after late layout, until the reader scrolls or
 * types. Late layout includes any of `boxes` changing size in a way that moved the step (a step above
 * it laid out for the first time, see stepSizes.ts, when scroll anchoring could not hold it), until
 * something else scrolls the page away from it.
 */
export function arriveAt(step: HTMLElement, onSettle: () => void, boxes: readonly Element[] = []): () => void {
  let placedTop = 0;
  const place = () => {
    step.scrollIntoView({ block: 'start', behavior: 'instant' });
    placedTop = step.getBoundingClientRect().top;
    onSettle();
  };
  const moved = () => Math.abs(step.getBoundingClientRect().top - placedTop) >= 1;
  // Inside a ResizeObserver callback layout is fresh, and this runs before the scroll event of any
  // anchoring adjustment it causes; a scroll that has moved the step by then came from elsewhere.
  const resized = new ResizeObserver(() => {
    if (moved()) place();
  });
  const scrolled = () => {
    if (moved()) resized.disconnect();
  };
  for (const box of boxes) resized.observe(box);
  const stop = () => {
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) removeEventListener(type, stop);
    document.fonts?.removeEventListener('loadingdone', place);
    removeEventListener('load', place);
    removeEventListener('scroll', scrolled);
    resized.disconnect();
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, stop, { passive: true });
  document.fonts?.addEventListener('loadingdone', place);
  addEventListener('load', place);
  addEventListener('scroll', scrolled, { passive: true });
  place();
  return stop;
}
